import type { SparseVector } from "../summarize/vectors.js";

/**
 * TF-IDF vectors of articles for story matching, over document frequencies counted in articles
 * (not sentences): idf(t) = ln(1 + N / df(t)). Sub-linear weights (1 + ln w), only the `keep`
 * heaviest terms kept (what an article is about, not every word in it), L2-normalised.
 */
export function storyVectors(
  counts: ReadonlyMap<string, ReadonlyMap<string, number>>,
  keep: number,
): Map<string, SparseVector> {
  const df = new Map<string, number>();
  for (const terms of counts.values()) {
    for (const term of terms.keys()) df.set(term, (df.get(term) ?? 0) + 1);
  }
  const n = Math.max(1, counts.size);
  const vectors = new Map<string, SparseVector>();
  for (const [id, terms] of counts) {
    const weighted: [string, number][] = [];
    for (const [term, count] of terms) {
      const documents = df.get(term) ?? 1;
      weighted.push([term, (1 + Math.log(Math.max(1, count))) * Math.log(1 + n / documents)]);
    }
    weighted.sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
    const top = weighted.slice(0, keep);
    const norm = Math.sqrt(top.reduce((s, [, w]) => s + w * w, 0));
    vectors.set(id, new Map(norm === 0 ? [] : top.map(([t, w]) => [t, w / norm])));
  }
  return vectors;
}
