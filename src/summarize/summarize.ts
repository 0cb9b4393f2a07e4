import { type LexRankOptions, lexRank } from "./lexRank.js";
import { type SetSearchOptions, selectBestSet } from "./selectBestSet.js";
import { type Budget, type SelectOptions, selectDiverse } from "./selectDiverse.js";
import type { SparseVector } from "./vectors.js";

/** A sentence offered to the summarizer: its vector, a prior relevance and its display length. */
export interface SummaryCandidate {
  readonly vector: SparseVector;
  /** Relevance before centrality (e.g. topic score × position prior), > 0. */
  readonly prior: number;
  readonly chars: number;
  /** Words of the text that would be shown, for a word budget. */
  readonly words?: number;
}

export interface SummaryOptions extends Budget {
  /** Largest candidate set ranked by LexRank (quadratic): the best `maxCandidates` by prior. */
  readonly maxCandidates?: number;
  readonly exclude?: readonly SparseVector[];
  readonly lexRank?: LexRankOptions;
  /** Final score = centrality^centralityWeight × prior (1: both count equally). */
  readonly centralityWeight?: number;
  /** MMR settings (see `selectDiverse`). */
  readonly lambda?: number;
  readonly maxSimilarity?: number;
  /** Floor on a later pick's share of the best score (`selectDiverse`). */
  readonly minShare?: number;
  /** When given, the best set by score and length (`selectBestSet`) instead of greedy MMR. */
  readonly setSearch?: SetSearchOptions;
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
    options.lexRank,
  );
  const weight = options.centralityWeight ?? 1;
  const raw = pool.map((p, i) => (centrality[i] ?? 0) ** weight * p.candidate.prior);
  const max = Math.max(Number.MIN_VALUE, ...raw);
  const scored = pool.map((p, i) => ({
    index: p.index,
    score: (raw[i] ?? 0) / max,
    vector: p.candidate.vector,
    chars: p.candidate.chars,
    words: p.candidate.words ?? 0,
  }));
  const picked =
    options.setSearch === undefined
      ? selectDiverse(scored, selectOptions(options))
      : selectBestSet(scored, { ...selectOptions(options), ...options.setSearch });
  return picked.map((i) => {
    const item = scored[i];
    return { index: item?.index ?? -1, score: Math.round((item?.score ?? 0) * 1000) / 1000 };
  });
}

/** The MMR options among `options`, leaving out the ones not given (exact optional types). */
function selectOptions(options: SummaryOptions): SelectOptions {
  return {
    maxSentences: options.maxSentences,
    maxChars: options.maxChars,
    ...(options.maxWords === undefined ? {} : { maxWords: options.maxWords }),
    ...(options.lambda === undefined ? {} : { lambda: options.lambda }),
    ...(options.maxSimilarity === undefined ? {} : { maxSimilarity: options.maxSimilarity }),
    ...(options.minShare === undefined ? {} : { minShare: options.minShare }),
    ...(options.exclude === undefined ? {} : { exclude: options.exclude }),
  };
}
