import { describe, expect, it } from "vitest";
import type { TopicBriefing } from "../../briefings/types.js";
import { brief } from "../../commands/brief.js";
import { embedLength, fitText, safe } from "../../src/adapters/discord/embeds.js";
import { DISCORD_LIMITS as L } from "../../src/adapters/discord/limits.js";
import { renderDiscord } from "../../src/adapters/discord/renderDiscord.js";
import { extractiveSummarizer as summarizer } from "../../src/summarize/extractiveSummarizer.js";
import { bundled } from "../helpers/engine.js";

const now = () => new Date("2026-01-15T08:00:00Z");
const source = {
  id: "a",
  title: "Un titre",
  date: "2022-01-07",
  url: "https://example.org/a",
  outlet: null,
};

function briefingWith(sentences: string[]): TopicBriefing {
  return {
    topic: { id: "t", title: "Topic", description: "d" },
    generatedAt: now().toISOString(),
    dateRange: { from: "2022-01-07", to: "2022-01-07", undated: 0 },
    sentences: sentences.map((text) => ({ text, source, citation: 1, score: 1 })),
    speakers: [],
    sources: [source],
    since: null,
  };
}

describe("renderDiscord", () => {
  it("renders a briefing as embeds with numbered citations and a linked sources list", async () => {
    const { index } = await bundled();
    const reply = await brief.execute({ topic: "geneva-talks" }, { index, summarizer, now });
    const [message] = renderDiscord(reply);
    expect(message?.ephemeral).toBe(false);
    const [main, ...rest] = message?.embeds ?? [];
    expect(main?.title).toBe("US–Russia talks in Geneva");
    expect(main?.description?.split("\n")[0]).toMatch(/^\*\*1\.\*\* .+ \[\d\]$/);
    expect(main?.footer?.text).toBe("4 sources · covering 2022-01-07 to 2022-01-21, 1 undated");
    expect(rest.map((e) => e.title)).toEqual(["Who spoke", "Sources"]);
  });

  it("splits a long briefing across embeds and messages, never cutting a sentence", () => {
    const sentence = (i: number) => `Phrase numéro ${i} ${"mot ".repeat(60)}fin.`;
    const sentences = Array.from({ length: 120 }, (_, i) => sentence(i + 1));
    const messages = renderDiscord({ kind: "briefing", briefing: briefingWith(sentences) });
    expect(messages.length).toBeGreaterThan(1);
    const lines: string[] = [];
    for (const m of messages) {
      expect(m.embeds.length).toBeLessThanOrEqual(L.embedsPerMessage);
      expect(m.embeds.reduce((n, e) => n + embedLength(e), 0)).toBeLessThanOrEqual(L.embedsTotal);
      for (const e of m.embeds) {
        expect(e.title?.length ?? 0).toBeLessThanOrEqual(L.embedTitle);
        expect(e.description?.length ?? 0).toBeLessThanOrEqual(L.embedDescription);
        if (e.title?.startsWith("Topic")) lines.push(...(e.description?.split("\n") ?? []));
      }
    }
    expect(lines).toHaveLength(120);
    lines.forEach((line, i) => {
      expect(line).toBe(`**${i + 1}.** ${safe(sentence(i + 1))} [1]`);
    });
  });

  it("shortens a single over-long sentence only with a visible note", () => {
    expect(fitText("mot ".repeat(2000), 4096)).toMatch(/ … \(shortened\)$/);
    expect(fitText("court", 10)).toBe("court");
  });

  it("neutralises @everyone, user mentions and markdown in corpus text", () => {
    expect(safe("Salut @everyone et <@123> ! *gras* _it_")).toBe(
      "Salut @\u200beveryone et <\u200b@\u200b123> ! \\*gras\\* \\_it\\_",
    );
  });

  it("answers user errors privately, with the suggestions", () => {
    expect(
      renderDiscord({
        kind: "user-error",
        message: "unknown topic 'x'",
        suggestions: ["nato-unity"],
      }),
    ).toEqual([
      { content: "⚠️ unknown topic 'x'\nDid you mean: `nato-unity`?", embeds: [], ephemeral: true },
    ]);
  });
});
