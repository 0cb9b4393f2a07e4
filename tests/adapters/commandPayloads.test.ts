import { describe, expect, it } from "vitest";
import { COMMANDS } from "../../commands/index.js";
import { discordCommandPayloads } from "../../src/adapters/discord/commandPayloads.js";

describe("discordCommandPayloads", () => {
  it("registers exactly the command layer's commands, with typed, limited options", () => {
    const payloads = discordCommandPayloads(COMMANDS.map((c) => c.definition));
    expect(payloads.map((p) => p.name)).toEqual([
      "brief",
      "official",
      "digest",
      "stories",
      "search",
      "topics",
      "officials",
      "subscribe",
      "unsubscribe",
      "subscriptions",
      "sources",
      "help",
    ]);
    expect(payloads.find((p) => p.name === "brief")?.options).toEqual([
      {
        type: 3,
        name: "topic",
        description: "topic (see /topics), or story id or words (see /stories)",
        required: true,
        autocomplete: true,
        max_length: 100,
      },
      {
        type: 4,
        name: "limit",
        description: "number of sentences (1-20)",
        required: false,
        min_value: 1,
        max_value: 20,
      },
      {
        type: 3,
        name: "since",
        description: "only articles dated since 24h, 7d, 2w or a date (2022-01-07)",
        required: false,
        max_length: 20,
      },
    ]);
    const subscribe = payloads.find((p) => p.name === "subscribe");
    expect(subscribe?.default_member_permissions).toBe("16");
    expect(subscribe?.contexts).toEqual([0]);
    for (const p of payloads) {
      expect(p.description.length).toBeLessThanOrEqual(100);
      expect(p.name).toMatch(/^[a-z-]{1,32}$/);
    }
  });
});
