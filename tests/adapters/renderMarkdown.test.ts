import { describe, expect, it } from "vitest";
import { escapeMarkdown, renderMarkdown } from "../../src/adapters/markdown/renderMarkdown.js";
import { present } from "../../src/present/present.js";
import { BRIEFING, FIRST_SENTENCE, REPLIES } from "../present/fixtures.js";

const LIMITS = { maxLength: 4000 };

describe("renderMarkdown (Mattermost, Rocket.Chat, Matrix)", () => {
  it("renders a briefing as a heading, numbered sentences, who spoke and linked sources", () => {
    expect(renderMarkdown(present({ kind: "briefing", briefing: BRIEFING }), LIMITS)).toEqual([
      [
        "### Geneva talks",
        "",
        "1. The talks ended. [1]",
        "2. Nobody moved. [2]",
        "",
        "_2 sources · covering 2022-01-07 to 2022-01-21_",
        "",
        "**Who spoke**",
        "",
        "- **Sergueï Lavrov** (ministre): « We will not yield » [1]",
        "",
        "**Sources** · 2022-01-07 to 2022-01-21",
        "",
        "- [1] [Talks end](https://example.org/a1) — 2022-01-07 · Le Monde",
        "- [2] Notes — undated",
      ].join("\n"),
    ]);
  });

  it("answers a user error with a warning and the suggestions", () => {
    expect(renderMarkdown(present(REPLIES["user-error"]), LIMITS)).toEqual([
      "⚠️ unknown topic 'genva'\nDid you mean: `geneva`?",
    ]);
  });

  it("escapes corpus text so it can neither format nor notify", () => {
    expect(escapeMarkdown("@channel *gras* [x](http://evil) <b> @here")).toBe(
      "@\u200bchannel \\*gras\\* \\[x\\](http://evil) \\<b\\> @\u200bhere",
    );
    const [message] = renderMarkdown(
      present({
        kind: "briefing",
        briefing: {
          ...BRIEFING,
          sentences: [{ ...FIRST_SENTENCE, text: "Ping @all and **shout**" }],
        },
      }),
      LIMITS,
    );
    expect(message).toContain("1. Ping @\u200ball and \\*\\*shout\\*\\* [1]");
  });

  it("splits a long reply into messages within the limit, whole lines only, titles marked continued", () => {
    const sentence = (i: number) => `Phrase ${i} ${"mot ".repeat(40)}fin.`;
    const messages = renderMarkdown(
      present({
        kind: "briefing",
        briefing: {
          ...BRIEFING,
          sentences: Array.from({ length: 60 }, (_, i) => ({
            ...FIRST_SENTENCE,
            text: sentence(i + 1),
          })),
        },
      }),
      { maxLength: 1000 },
    );
    expect(messages.length).toBeGreaterThan(5);
    for (const m of messages) expect(m.length).toBeLessThanOrEqual(1000);
    expect(messages.slice(1).every((m) => m.startsWith("### Geneva talks (continued)\n\n"))).toBe(
      true,
    );
    const lines = messages.flatMap((m) => m.split("\n")).filter((l) => /^\d+\. /.test(l));
    expect(lines).toEqual(Array.from({ length: 60 }, (_, i) => `${i + 1}. ${sentence(i + 1)} [1]`));
  });

  it("shortens a single line longer than a message, saying so", () => {
    const [message] = renderMarkdown(present({ kind: "notice", message: "mot ".repeat(500) }), {
      maxLength: 300,
    });
    expect(message?.length).toBeLessThanOrEqual(300);
    expect(message).toMatch(/ … \(shortened\)$/);
  });
});
