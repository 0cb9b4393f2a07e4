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

const named = (row: readonly number[] | undefined) =>
  Object.fromEntries(FEATURE_NAMES.map((name, i) => [name, row?.[i]]));

describe("train:summary feature extraction and targets", () => {
  it("gives exact features for a two-sentence article", () => {
    const [first, second] = sentenceFeatures(TINY);
    expect(named(first)).toMatchObject({
      lead: 1,
      inversePosition: 1,
      relativePosition: 0,
      words: 7 / 30,
      quote: 0,
      speechVerb: 0,
      capitalName: 1,
      paragraphStart: 1,
      digits: 1,
      anaphora: 0,
      connective: 0,
      standalone: 1,
    });
    expect(named(second)).toMatchObject({
      lead: 0,
      inversePosition: 0.5,
      relativePosition: 1,
      words: 4 / 30,
      titleShare: 0,
      titleCoverage: 0,
      titleCosine: 0,
      capitalName: 0,
      paragraphStart: 0,
      digits: 0,
      connective: 1,
    });
    expect(first?.[FEATURE_NAMES.indexOf("titleCoverage")]).toBe(1);
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
