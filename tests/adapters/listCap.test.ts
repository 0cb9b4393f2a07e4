import { describe, expect, it } from "vitest";
import type { OfficialSummary, Reply } from "../../commands/types.js";
import { renderDiscord } from "../../src/adapters/discord/renderDiscord.js";
import { renderSlack } from "../../src/adapters/slack/renderSlack.js";

const people: OfficialSummary[] = Array.from({ length: 2000 }, (_, i) => ({
  id: `p${i}`,
  name: `Personne ${i}`,
  role: null,
  mentions: 2000 - i,
  statements: 0,
  articles: 1,
}));
const reply: Reply = { kind: "officials", topic: null, officials: people, since: null };
const MORE = "…and 1975 more — ask /officials with a topic, or /official <name> for one person";

describe("/officials in a channel lists one message's worth, whatever the corpus holds", () => {
  it("Discord: one message, the 25 most mentioned, then how many more and how to narrow", () => {
    const messages = renderDiscord(reply);
    expect(messages).toHaveLength(1);
    const text = JSON.stringify(messages);
    expect(text).toContain("**Personne 24**");
    expect(text).not.toContain("**Personne 25**");
    expect(text).toContain(MORE);
  });

  it("Slack: one message, the 25 most mentioned, then how many more", () => {
    const messages = renderSlack(reply);
    expect(messages).toHaveLength(1);
    const text = JSON.stringify(messages);
    expect(text).toContain("*Personne 24*");
    expect(text).not.toContain("*Personne 25*");
    expect(text).toContain(MORE.replace("<name>", "&lt;name&gt;"));
  });

  it("shows a short list whole, without a 'more' line", () => {
    const short: Reply = {
      kind: "officials",
      topic: null,
      officials: people.slice(0, 3),
      since: null,
    };
    expect(JSON.stringify(renderDiscord(short))).not.toContain("more —");
    expect(JSON.stringify(renderSlack(short))).not.toContain("more —");
  });
});
