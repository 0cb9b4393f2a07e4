import { lexRank } from "./lexRank.js";
import { type Budget, selectDiverse } from "./selectDiverse.js";
import type { SparseVector } from "./vectors.js";

/** A sentence offered to the summarizer: its vector, a prior relevance and its display length. */
export interface SummaryCandidate {
  readonly vector: SparseVector;
  /** Relevance before centrality (topic score × position prior), > 0. */
  readonly prior: number;
  readonly chars: number;
}

export interface SummaryOptions extends Budget {
  /** Largest candidate set ranked by LexRank (quadratic): the best `maxCandidates` by prior. */
  readonly maxCandidates?: number;
  readonly exclude?: readonly SparseVector[];
}

export interface SummaryPick {
  /** Index into the candidates array. */
  readonly index: number;
  /** Final score: centrality × prior, normalised so the best candidate scores 1. */
  readonly score: number;
}

/**
 * Extractive summary: biased LexRank centrality times the prior, then MMR selection within the
 * budget. Before the quadratic LexRank step the candidates are cut to the `maxCandidates` with the
 * highest prior (ties by index), so cost stays bounded however large the corpus.
 * Returns the picks in rank order (best first). Deterministic for the same input.
 */
export function summarize(
  candidates: readonly SummaryCandidate[],
  options: SummaryOptions,
): SummaryPick[] {
  const limit = options.maxCandidates ?? 80;
  const pool = candidates
    .map((candidate, index) => ({ candidate, index }))
    .sort((a, b) => b.candidate.prior - a.candidate.prior || a.index - b.index)
    .slice(0, limit);
  const centrality = lexRank(
    pool.map((p) => p.candidate.vector),
    pool.map((p) => p.candidate.prior),
  );
  const raw = pool.map((p, i) => (centrality[i] ?? 0) * p.candidate.prior);
  const max = Math.max(Number.MIN_VALUE, ...raw);
  const scored = pool.map((p, i) => ({
    index: p.index,
    score: (raw[i] ?? 0) / max,
    vector: p.candidate.vector,
    chars: p.candidate.chars,
  }));
  const selectOptions = options.exclude
    ? { maxSentences: options.maxSentences, maxChars: options.maxChars, exclude: options.exclude }
    : { maxSentences: options.maxSentences, maxChars: options.maxChars };
  return selectDiverse(scored, selectOptions).map((i) => {
    const item = scored[i];
    return { index: item?.index ?? -1, score: Math.round((item?.score ?? 0) * 1000) / 1000 };
  });
}
