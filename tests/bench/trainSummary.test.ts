import { describe, expect, it } from "vitest";
import {
  fitLogistic,
  ngramF1,
  sentenceTarget,
  trainingRows,
} from "../../bench/trainSummaryData.js";
import { FEATURE_NAMES, sentenceFeatures } from "../../src/summarize/sentenceFeatures.js";
import type { ArticleToSummarize } from "../../src/summarize/summarizeArticle.js";

const sentence = (text: string) => ({ text, display: text, language: "fr" as const });

const TINY: ArticleToSummarize = {
  title: "Paris gagne",
  sentences: [sentence("Paris gagne le match 3 à 1."), sentence("Mais le public siffle.")],
};

describe("train:summary feature extraction and targets", () => {
  it("gives exact features for a two-sentence article", () => {
    // Terms: [paris, gagn, match], [public, siffl], title [paris, gagn]; idf over the two
    // sentences and the title: ln(1 + 3/2) for paris and gagn, ln 4 for the others.
    const shared = Math.log(2.5);
    const single = Math.log(4);
    const titleCosine =
      (2 * shared * shared) / (Math.hypot(shared, shared, single) * Math.hypot(shared, shared));
    const [first, second] = sentenceFeatures(TINY);
    expect(first).toHaveLength(FEATURE_NAMES.length);
    const expectFeatures = (
      row: readonly number[] | undefined,
      expected: Record<string, number>,
    ) => {
      for (const name of FEATURE_NAMES) {
        expect([name, row?.[FEATURE_NAMES.indexOf(name)]]).toEqual([
          name,
          expect.closeTo(expected[name] ?? Number.NaN, 12),
        ]);
      }
    };
    expectFeatures(first, {
      lead: 1,
      inversePosition: 1,
      logPosition: 0,
      relativePosition: 0,
      words: 7 / 30,
      wordsSquared: (7 / 30) ** 2,
      titleShare: 2 / 3,
      titleCoverage: 1,
      titleCosine,
      titleCosineRelative: 1,
      meanTermWeight: (2 * shared + single) / 3 / single,
      centrality: 0,
      centralityRelative: 0,
      quote: 0,
      speechVerb: 0,
      capitalName: 1,
      paragraphStart: 1,
      digits: 1,
      anaphora: 0,
      connective: 0,
      unmatchedQuote: 0,
      standalone: 1,
    });
    expectFeatures(second, {
      lead: 0,
      inversePosition: 0.5,
      logPosition: Math.log(2),
      relativePosition: 1,
      words: 4 / 30,
      wordsSquared: (4 / 30) ** 2,
      titleShare: 0,
      titleCoverage: 0,
      titleCosine: 0,
      titleCosineRelative: 0,
      meanTermWeight: 1,
      centrality: 0,
      centralityRelative: 0,
      quote: 0,
      speechVerb: 0,
      capitalName: 0,
      paragraphStart: 0,
      digits: 0,
      anaphora: 0,
      connective: 1,
      unmatchedQuote: 0,
      // Four words: under the six a standalone sentence needs.
      standalone: 0,
    });
  });

  it("scores n-gram F1 like rouge-score", () => {
    expect(ngramF1(["a", "b", "c"], ["a", "b", "d"], 1)).toBeCloseTo(2 / 3, 12);
    expect(ngramF1(["a", "b", "c"], ["a", "b", "d"], 2)).toBeCloseTo(1 / 2, 12);
    expect(sentenceTarget("Paris gagne.", "Paris gagne.")).toBe(1);
  });

  it("makes targets relative to the article's best sentence, cubed", () => {
    // First: R-1 F1 0.8, R-2 F1 0.75 (mean 0.775); second shares "le" only: 0.25 and 0 (0.125).
    const rows = trainingRows(TINY, "Paris gagne le match.");
    expect(rows[0]?.target).toBe(1);
    expect(rows[1]?.target).toBeCloseTo((0.125 / 0.775) ** 3, 12);
  });

  it("fits the same model twice from the same rows", () => {
    const rows = trainingRows(TINY, "Paris gagne le match.");
    const options = { iterations: 50, learningRate: 1, decimals: 6 };
    expect(fitLogistic(rows, options)).toEqual(fitLogistic(rows, options));
  });
});
