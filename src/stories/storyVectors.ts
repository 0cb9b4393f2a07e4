import type { SparseVector } from "../summarize/vectors.js";
import { runAtOnce, type Steps } from "../util/steps.js";

/**
 * TF-IDF vectors of articles for story matching, over document frequencies counted in articles
 * (not sentences): idf(t) = ln(1 + N / df(t)). Sub-linear weights (1 + ln w), only the `keep`
 * heaviest terms kept (what an article is about, not every word in it), L2-normalised.
 */
export function storyVectors(
  counts: ReadonlyMap<string, ReadonlyMap<string, number>>,
  keep: number,
): Map<string, SparseVector> {
  return runAtOnce(storyVectorSteps(counts, keep));
}

/** `storyVectors` as steps (`Steps`), one per few articles. */
export function* storyVectorSteps(
  counts: ReadonlyMap<string, ReadonlyMap<string, number>>,
  keep: number,
): Steps<Map<string, SparseVector>> {
  const df = new Map<string, number>();
  let read = 0;
  for (const terms of counts.values()) {
    countTerms(terms, df);
    if (++read % 64 === 0) yield;
  }
  const n = Math.max(1, counts.size);
  const vectors = new Map<string, SparseVector>();
  for (const [id, terms] of counts) {
    vectors.set(id, articleVector(terms, df, n, keep));
    if (vectors.size % 16 === 0) yield;
  }
  return vectors;
}

function articleVector(
  terms: ReadonlyMap<string, number>,
  df: ReadonlyMap<string, number>,
  n: number,
  keep: number,
): SparseVector {
  const weighted: [string, number][] = [];
  for (const [term, count] of terms) {
    const documents = df.get(term) ?? 1;
    weighted.push([term, (1 + Math.log(Math.max(1, count))) * Math.log(1 + n / documents)]);
  }
  weighted.sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  const top = weighted.slice(0, keep);
  const norm = Math.sqrt(top.reduce((s, [, w]) => s + w * w, 0));
  return new Map(norm === 0 ? [] : top.map(([t, w]) => [t, w / norm]));
}

function countTerms(terms: ReadonlyMap<string, number>, df: Map<string, number>): void {
  for (const term of terms.keys()) df.set(term, (df.get(term) ?? 0) + 1);
}
