import { describe, expect, it } from "vitest";
import { brief } from "../../commands/brief.js";
import { extractiveSummarizer } from "../../src/summarize/extractiveSummarizer.js";
import type { Summarizer } from "../../src/summarize/summarizer.js";
import { bundled } from "../helpers/engine.js";

const now = () => new Date("2026-01-15T08:00:00Z");

/**
 * A second summarizer, as another method would plug in: articles' leads first (lowest position,
 * ties in the order offered), as many as the budget holds; scores fall with the rank.
 */
const leadFirst: Summarizer = {
  id: "lead-first",
  summarize(candidates, { maxSentences, maxChars }) {
    const byPosition = candidates
      .map((candidate, index) => ({ candidate, index }))
      .sort((a, b) => a.candidate.position - b.candidate.position || a.index - b.index);
    const picks: { index: number; score: number }[] = [];
    let chars = 0;
    for (const { candidate, index } of byPosition) {
      if (picks.length >= maxSentences) break;
      if (chars + candidate.chars > maxChars) continue;
      chars += candidate.chars;
      picks.push({ index, score: 1 / (picks.length + 1) });
    }
    return picks;
  },
};

async function briefWith(summarizer: Summarizer, limit: number) {
  const { index } = await bundled();
  const reply = await brief.execute({ topic: "geneva-talks", limit }, { index, summarizer, now });
  if (reply.kind !== "briefing") throw new Error(`expected a briefing, got ${reply.kind}`);
  return reply.briefing;
}

describe("briefings pick their sentences with the summarizer they are given", () => {
  // All three are leads (position 0): they come in the order offered, by prior (topic score ×
  // position, with recency): 2022-01-21, then the undated piece of an article about the Geneva
  // talks, then the 2022-01-07 one, whose article is not about them (its topic score halved).
  it("a lead-first summarizer's picks are the briefing's sentences, in its order", async () => {
    const briefing = await briefWith(leadFirst, 3);
    expect(briefing.sentences.map((s) => [s.text, s.score])).toEqual([
      [
        "Le secrétaire d’Etat américain Antony Blinken a affirmé ce vendredi, après une heure et demie d’entretiens avec son homologue russe Sergueï Lavrov, que le dialogue avec Moscou se poursuivrait, mais stress que les États-Unis répondront à « toute agression de la Russie, y compris non militaire », écrire « gardien ».",
        1,
      ],
      [
        "Avant l’ouverture de pourparlers américano-russes lundi 10 janvier à Genève, pour désamorcer le risque d’une intervention russe en Ukraine, l’OTAN affiche son unité.",
        1 / 2,
      ],
      [
        "Washington – Les États-Unis ont déclaré vendredi qu’une solution diplomatique était possible avec la Russie, mais qu’ils ne céderaient pas à leurs exigences lors des pourparlers de la semaine prochaine, alors que l’OTAN a mis en garde contre les risques réels que Moscou envahirait l’Ukraine.",
        1 / 3,
      ],
    ]);
    expect(briefing.sentences.map((s) => s.citation)).toEqual([1, 2, 3]);
  });

  it("the default briefing is unchanged by a briefing asked with another summarizer", async () => {
    const before = await briefWith(extractiveSummarizer, 3);
    await briefWith(leadFirst, 3);
    const after = await briefWith(extractiveSummarizer, 3);
    expect(after.sentences).toEqual(before.sentences);
    expect(after.sentences.map((s) => s.text)).not.toEqual(
      (await briefWith(leadFirst, 3)).sentences.map((s) => s.text),
    );
  });
});
