import { describe, expect, it } from "vitest";
import { COMMANDS } from "../../commands/index.js";
import { interpretQuestion } from "../../commands/interpretQuestion.js";
import { parseInput } from "../../commands/parseInput.js";
import { suggestOfficials, suggestTopics } from "../../commands/suggest.js";
import { parseChatLine } from "../../src/adapters/chat/parseChatLine.js";
import { Cooldown } from "../../src/adapters/cooldown.js";
import { bundled } from "../helpers/engine.js";

describe("parseChatLine", () => {
  it.each([
    ["/brief nato", { kind: "command", name: "brief", input: { topic: "nato" } }],
    [
      "/brief topic:iran limit:3",
      { kind: "command", name: "brief", input: { topic: "iran", limit: "3" } },
    ],
    [
      "/official Sergueï Lavrov",
      { kind: "command", name: "official", input: { name: "Sergueï Lavrov" } },
    ],
    ["/digest", { kind: "command", name: "digest", input: {} }],
    ["/stories 5", { kind: "command", name: "stories", input: { limit: "5" } }],
    ["/digest tomorrow", { kind: "command", name: "digest", input: { _words: "tomorrow" } }],
    ["what did Lavrov say?", { kind: "question", text: "what did Lavrov say?" }],
    ["/quit", { kind: "quit" }],
    ["   ", { kind: "empty" }],
  ])("%s", (line, expected) => {
    expect(parseChatLine(line, COMMANDS)).toEqual(expected);
  });

  it("says which words a command without a text option could not take, and names its options", async () => {
    const digest = COMMANDS.find((c) => c.definition.name === "digest");
    const help = COMMANDS.find((c) => c.definition.name === "help");
    const parsed = parseChatLine("/digest tomorrow", COMMANDS);
    if (!digest || !help || parsed.kind !== "command") throw new Error("no digest or help");
    expect(parseInput("digest", digest.definition.options, parsed.input)).toEqual({
      ok: false,
      message: "/digest does not take 'tomorrow' — name its options (limit:, since:)",
    });
    const asked = parseChatLine("/help brief", COMMANDS);
    if (asked.kind !== "command") throw new Error("not a command");
    expect(parseInput("help", help.definition.options, asked.input)).toEqual({
      ok: false,
      message: "/help does not take 'brief'",
    });
  });
});

describe("interpretQuestion", () => {
  it.each([
    [
      "@briefbot what did Lavrov say about Ukraine?",
      { command: "official", input: { name: "Sergueï Lavrov" } },
    ],
    ["Stoltenberg", { command: "official", input: { name: "Jens Stoltenberg" } }],
    ["Bliken?", { command: "official", input: { name: "Antony Blinken" } }],
    ["briefing on Iran", { command: "brief", input: { topic: "iran-talks" } }],
    ["quoi de neuf sur Genève ?", { command: "brief", input: { topic: "geneva-talks" } }],
    ["today's digest please", { command: "digest", input: {} }],
  ])("%s", async (text, expected) => {
    const { index } = await bundled();
    const asked = interpretQuestion(text, index);
    // The interpretation refers to the command itself; its name is what a user would type.
    expect(asked && { command: asked.command.definition.name, input: asked.input }).toEqual(
      expected,
    );
  });

  it("returns null for a question it cannot place", async () => {
    const { index } = await bundled();
    expect(interpretQuestion("hello there", index)).toBeNull();
  });
});

describe("autocomplete suggestions", () => {
  it("ranks topics by what was typed, at most 25", async () => {
    const { index } = await bundled();
    expect(suggestTopics("gen", index).map((s) => s.value)).toEqual(["geneva-talks"]);
    expect(suggestTopics("", index)).toHaveLength(4);
  });

  it("ranks officials by match then by mentions", async () => {
    const { index } = await bundled();
    expect(suggestOfficials("bli", index)[0]).toEqual({
      name: "Antony Blinken — secrétaire d'État américain",
      value: "Antony Blinken",
    });
    expect(suggestOfficials("", index).length).toBeLessThanOrEqual(25);
    expect(suggestOfficials("serg", index).map((s) => s.value)).toEqual([
      "Sergueï Lavrov",
      "Sergueï Riabkov",
    ]);
  });
});

describe("Cooldown", () => {
  it("makes a user wait between briefings, per platform and user", () => {
    let t = 0;
    const cooldown = new Cooldown(10, () => new Date(t));
    expect(cooldown.check("discord", "u1")).toBe(0);
    t = 4000;
    expect(cooldown.check("discord", "u1")).toBe(6);
    expect(cooldown.check("discord", "u2")).toBe(0);
    expect(cooldown.check("slack", "u1")).toBe(0);
    t = 10_001;
    expect(cooldown.check("discord", "u1")).toBe(0);
  });
});
