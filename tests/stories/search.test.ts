import { describe, expect, it } from "vitest";
import { interpretQuestion } from "../../commands/interpretQuestion.js";
import { runCommand } from "../../commands/runCommand.js";
import { search } from "../../commands/search.js";
import type { Reply } from "../../commands/types.js";
import { extractiveSummarizer as summarizer } from "../../src/summarize/extractiveSummarizer.js";
import { bundled } from "../helpers/engine.js";

async function searchFor(words: string) {
  const { index } = await bundled();
  const deps = { index, summarizer, now: () => new Date("2026-01-15T12:00:00Z") };
  const { reply } = await runCommand(search, { words }, deps, null);
  expect(reply.kind).toBe("search");
  return (reply as Extract<Reply, { kind: "search" }>).results;
}

describe("search", () => {
  it("returns the sentences holding the words, each cited, and their stories", async () => {
    const results = await searchFor("sanctions");
    expect(results.sentences.map((s) => s.text)).toContain(
      "Josep Borrell a évoqué des «sanctions coordonnées» et d’autres actions non spécifiées.",
    );
    for (const s of results.sentences) {
      expect(s.text.toLowerCase()).toContain("sanction");
      expect(results.sources[s.citation - 1]).toEqual(s.source);
    }
    const { index } = await bundled();
    const storiesOfSentences = new Set(
      results.sentences.map((s) => index.stories.byArticle.get(s.source.id)?.id),
    );
    expect(new Set(results.stories.map((s) => s.id))).toEqual(storiesOfSentences);
  });

  it("needs every word of a two-word query, in French or English", async () => {
    const both = await searchFor("sanctions Borrell");
    expect(both.sentences.map((s) => s.text)).toEqual([
      "Josep Borrell a évoqué des «sanctions coordonnées» et d’autres actions non spécifiées.",
    ]);
    const nothing = await searchFor("pêche hauturière");
    expect(nothing.sentences).toEqual([]);
    expect(nothing.stories).toEqual([]);
  });

  it("free text naming no command searches, when the corpus holds the words", async () => {
    const { index } = await bundled();
    const asked = interpretQuestion("tell me about sanctions", index);
    expect(asked?.command).toBe(search);
    expect(asked?.input).toEqual({ words: "sanctions" });
    expect(interpretQuestion("hello there", index)).toBeNull();
  });
});
