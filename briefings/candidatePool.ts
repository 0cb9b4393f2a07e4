import type { CorpusIndex, IndexedSentence } from "../src/index/corpusIndex.js";
import type { RankCandidate } from "../src/index/rankCandidate.js";
import { type SummaryOptions, summarize } from "../src/summarize/summarize.js";

/** Candidates LexRank ranks (quadratic in their number): `summarize`'s default `maxCandidates`. */
export const MAX_CANDIDATES = 80;

export interface PoolEntry {
  readonly entry: IndexedSentence;
  readonly prior: number;
}

/**
 * Sentence selection is restricted to relevant candidates before any quadratic step: `ranked` is
 * sorted by prior, ties in corpus order (`byPriorThenCorpusOrder`), which is how `summarize`
 * orders the candidates it is given in corpus order before keeping the best `maxCandidates`. So
 * the first `MAX_CANDIDATES` that this call accepts are exactly the pool `summarize` would have
 * cut from all accepted sentences, already in its order; the walk stops there, at a cost that
 * does not grow with the corpus (unless the filter rejects nearly everything).
 */
export function candidatePool(
  index: CorpusIndex,
  ranked: readonly RankCandidate[],
  accept: (entry: IndexedSentence) => boolean,
): PoolEntry[] {
  const pool: PoolEntry[] = [];
  for (const candidate of ranked) {
    if (pool.length >= MAX_CANDIDATES) break;
    const entry = index.sentences[candidate.sentence];
    if (entry && accept(entry)) pool.push({ entry, prior: candidate.prior });
  }
  return pool;
}

/** `summarize` over a pool from `candidatePool`: the picks' sentences and scores, best first. */
export function summarizePool(
  pool: readonly PoolEntry[],
  options: Omit<SummaryOptions, "maxCandidates">,
): { entry: IndexedSentence; score: number }[] {
  const picks = summarize(
    pool.map((p) => ({
      vector: p.entry.vector,
      prior: p.prior,
      chars: p.entry.sentence.display.length,
    })),
    { ...options, maxCandidates: MAX_CANDIDATES },
  );
  return picks.flatMap((pick) => {
    const p = pool[pick.index];
    return p ? [{ entry: p.entry, score: pick.score }] : [];
  });
}
