import type { ArticleToSummarize } from "./articleToSummarize.js";
import { type ArticleTerms, FEATURE_NAMES, sentenceFeatures } from "./sentenceFeatures.js";
import model from "./sentenceModel.json" with { type: "json" };

/**
 * A logistic-regression sentence scorer: score = σ(bias + Σ weightᵢ · (xᵢ − meanᵢ) / scaleᵢ) over
 * the `sentenceFeatures` of a sentence, in (0, 1): how close the sentence is expected to come to
 * the article's standfirst relative to the article's best sentence (its target in training was
 * the mean of its ROUGE-1 and ROUGE-2 F1 against the standfirst, over the article's best, cubed).
 * Trained offline by `npm run train:summary` (bench/trainSummary.ts).
 */
export interface SentenceModel {
  readonly features: readonly string[];
  readonly mean: readonly number[];
  readonly scale: readonly number[];
  readonly bias: number;
  readonly weights: readonly number[];
}

/** The model shipped in src/summarize/sentenceModel.json. */
export const SENTENCE_MODEL: SentenceModel = model;

/** Whether `candidate` is a model over exactly `FEATURE_NAMES`; the reason when it is not. */
export function checkModel(candidate: SentenceModel): { ok: true } | { ok: false; reason: string } {
  const expected = FEATURE_NAMES.join(",");
  const found = candidate.features.join(",");
  if (found !== expected) {
    return { ok: false, reason: `expected features ${expected}, found ${found}` };
  }
  const n = FEATURE_NAMES.length;
  for (const [name, list] of [
    ["mean", candidate.mean],
    ["scale", candidate.scale],
    ["weights", candidate.weights],
  ] as const) {
    if (list.length !== n) {
      return { ok: false, reason: `expected ${n} ${name} values, found ${list.length}` };
    }
  }
  return { ok: true };
}

/** The model's score of one feature row, in (0, 1). */
export function scoreFeatures(row: readonly number[], m: SentenceModel = SENTENCE_MODEL): number {
  let z = m.bias;
  for (let i = 0; i < row.length; i++) {
    const scale = m.scale[i] ?? 1;
    z += (m.weights[i] ?? 0) * (((row[i] ?? 0) - (m.mean[i] ?? 0)) / (scale === 0 ? 1 : scale));
  }
  return 1 / (1 + Math.exp(-z));
}

/** The learned score of every sentence of the article, in article order. Deterministic. */
export function scoreSentences(
  article: ArticleToSummarize,
  m: SentenceModel = SENTENCE_MODEL,
  known?: ArticleTerms,
): number[] {
  return sentenceFeatures(article, known).map((row) => scoreFeatures(row, m));
}
