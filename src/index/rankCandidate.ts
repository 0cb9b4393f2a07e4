/** A sentence offered to a ranking, with its prior: a position in `CorpusIndex.sentences`. */
export interface RankCandidate {
  readonly sentence: number;
  readonly prior: number;
}

/**
 * Highest prior first, ties in corpus order: the order `summarize` sorts candidates given in
 * corpus order, so any prefix of a list sorted this way is what `summarize` would keep of it.
 */
export function byPriorThenCorpusOrder(a: RankCandidate, b: RankCandidate): number {
  return b.prior - a.prior || a.sentence - b.sentence;
}
