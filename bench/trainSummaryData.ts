import type { SentenceModel } from "../src/summarize/learnedScorer.js";
import { FEATURE_NAMES, sentenceFeatures } from "../src/summarize/sentenceFeatures.js";
import type { ArticleToSummarize } from "../src/summarize/summarizeArticle.js";
import { rougeTokens } from "./rouge.js";

/** One training example: a sentence's features and its target in [0, 1]. */
export interface TrainingRow {
  readonly features: readonly number[];
  readonly target: number;
}

/** F1 of the n-gram multisets of two token lists (rouge-score's ROUGE-N), 0 when either is empty. */
export function ngramF1(
  candidate: readonly string[],
  reference: readonly string[],
  n: number,
): number {
  const grams = (tokens: readonly string[]): Map<string, number> => {
    const counts = new Map<string, number>();
    for (let i = 0; i + n <= tokens.length; i++) {
      const gram = tokens.slice(i, i + n).join(" ");
      counts.set(gram, (counts.get(gram) ?? 0) + 1);
    }
    return counts;
  };
  const c = grams(candidate);
  const r = grams(reference);
  let cTotal = 0;
  let rTotal = 0;
  let overlap = 0;
  for (const count of c.values()) cTotal += count;
  for (const [gram, count] of r) {
    rTotal += count;
    overlap += Math.min(count, c.get(gram) ?? 0);
  }
  if (overlap === 0) return 0;
  const precision = overlap / cTotal;
  const recall = overlap / rTotal;
  return (2 * precision * recall) / (precision + recall);
}

/**
 * A sentence's training target: the mean of its ROUGE-1 and ROUGE-2 F1 against the article's
 * standfirst, with rouge-score's tokenizer (`rougeTokens`), in [0, 1].
 */
export function sentenceTarget(display: string, standfirst: string): number {
  const candidate = rougeTokens(display);
  const reference = rougeTokens(standfirst);
  return (ngramF1(candidate, reference, 1) + ngramF1(candidate, reference, 2)) / 2;
}

/**
 * Exponent applied to the article-relative target, so the best sentences stand out from the
 * merely related: 3 scored above 1 on shared-corpus articles 30,001–30,500 (validate:summary,
 * with an earlier set of 19 features).
 */
export const TARGET_SHARPNESS = 3;

/**
 * The training rows of one cleaned article and its standfirst: one per sentence, in order. Each
 * target is (sentenceTarget / the article's best)^TARGET_SHARPNESS, in [0, 1] (all 0 when no
 * sentence shares anything with the standfirst): the scorer ranks sentences within an article,
 * and how much an article's standfirst repeats its text at all is no business of a sentence.
 */
export function trainingRows(article: ArticleToSummarize, standfirst: string): TrainingRow[] {
  const features = sentenceFeatures(article);
  const targets = article.sentences.map((s) => sentenceTarget(s.display, standfirst));
  const best = Math.max(0, ...targets);
  return article.sentences.map((_, i) => ({
    features: features[i] ?? [],
    target: best === 0 ? 0 : ((targets[i] ?? 0) / best) ** TARGET_SHARPNESS,
  }));
}

export interface FitOptions {
  readonly iterations: number;
  readonly learningRate: number;
  /** Decimals kept in the model file (the model is used as rounded). */
  readonly decimals: number;
}

export const FIT_OPTIONS: FitOptions = { iterations: 1500, learningRate: 1, decimals: 6 };

const rounder =
  (decimals: number) =>
  (x: number): number => {
    const r = Number(x.toFixed(decimals));
    return Object.is(r, -0) ? 0 : r;
  };

/**
 * Logistic regression with soft targets (cross-entropy against a target in [0, 1]) by full-batch
 * gradient descent from zero weights on standardised features: no randomness, the same rows in
 * the same order give the same model bit for bit. Means and scales are rounded first, weights at
 * the end, to `decimals`.
 */
export function fitLogistic(
  rows: readonly TrainingRow[],
  options: FitOptions = FIT_OPTIONS,
): SentenceModel {
  const round = rounder(options.decimals);
  const d = FEATURE_NAMES.length;
  const n = Math.max(1, rows.length);
  const mean = new Array<number>(d).fill(0);
  const square = new Array<number>(d).fill(0);
  for (const row of rows) {
    for (let j = 0; j < d; j++) mean[j] = (mean[j] ?? 0) + (row.features[j] ?? 0) / n;
  }
  const roundedMean = mean.map(round);
  for (const row of rows) {
    for (let j = 0; j < d; j++) {
      const x = (row.features[j] ?? 0) - (roundedMean[j] ?? 0);
      square[j] = (square[j] ?? 0) + (x * x) / n;
    }
  }
  const scale = square.map((v) => round(Math.sqrt(v) || 1)).map((s) => (s === 0 ? 1 : s));
  const z = rows.map((row) =>
    Float64Array.from(row.features, (x, j) => (x - (roundedMean[j] ?? 0)) / (scale[j] ?? 1)),
  );
  const weights = new Float64Array(d);
  let bias = 0;
  const gradient = new Float64Array(d);
  for (let iteration = 0; iteration < options.iterations; iteration++) {
    gradient.fill(0);
    let biasGradient = 0;
    z.forEach((x, i) => {
      let s = bias;
      for (let j = 0; j < d; j++) s += (weights[j] ?? 0) * (x[j] ?? 0);
      const error = 1 / (1 + Math.exp(-s)) - (rows[i]?.target ?? 0);
      biasGradient += error;
      for (let j = 0; j < d; j++) gradient[j] = (gradient[j] ?? 0) + error * (x[j] ?? 0);
    });
    bias -= (options.learningRate * biasGradient) / n;
    for (let j = 0; j < d; j++)
      weights[j] = (weights[j] ?? 0) - (options.learningRate * (gradient[j] ?? 0)) / n;
  }
  return {
    features: [...FEATURE_NAMES],
    mean: roundedMean,
    scale,
    bias: round(bias),
    weights: Array.from(weights, round),
  };
}
