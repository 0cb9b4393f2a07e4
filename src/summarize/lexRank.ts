import { cosine, type SparseVector } from "./vectors.js";

export interface LexRankOptions {
  /** Probability of following a similarity edge rather than jumping by the prior (0.85). */
  readonly damping?: number;
  /** Similarities below this are treated as no edge (0.1), which keeps unrelated sentences apart. */
  readonly minSimilarity?: number;
  readonly maxIterations?: number;
  readonly tolerance?: number;
}

/**
 * Continuous LexRank (Erkan & Radev, 2004) with a biased jump: a power iteration of
 *   r = d · Wᵀ r + (1 − d) · p
 * where W is the row-normalised matrix of cosine similarities between TF-IDF vectors (edges below
 * `minSimilarity` dropped) and p is the normalised prior (topic relevance × position), as in
 * topic-biased LexRank (Otterbacher et al., 2005).
 *
 * Returns one centrality per sentence, non-negative, summing to 1 (all equal if n ≤ 1 or no prior).
 * O(n²) in the number of sentences: callers pass a bounded candidate set.
 */
export function lexRank(
  vectors: readonly SparseVector[],
  priors: readonly number[],
  options: LexRankOptions = {},
): number[] {
  const n = vectors.length;
  if (n === 0) return [];
  const damping = options.damping ?? 0.85;
  const minSimilarity = options.minSimilarity ?? 0.1;
  const priorSum = priors.reduce((s, p) => s + Math.max(0, p), 0);
  const jump = priors.map((p) => (priorSum > 0 ? Math.max(0, p) / priorSum : 1 / n));

  const edges: { to: number; weight: number }[][] = vectors.map(() => []);
  for (let i = 0; i < n; i++) {
    for (let j = i + 1; j < n; j++) {
      const a = vectors[i];
      const b = vectors[j];
      if (!a || !b) continue;
      const sim = cosine(a, b);
      if (sim < minSimilarity) continue;
      edges[i]?.push({ to: j, weight: sim });
      edges[j]?.push({ to: i, weight: sim });
    }
  }
  const outSum = edges.map((list) => list.reduce((s, e) => s + e.weight, 0));

  let rank = jump.slice();
  const maxIterations = options.maxIterations ?? 100;
  const tolerance = options.tolerance ?? 1e-9;
  for (let iteration = 0; iteration < maxIterations; iteration++) {
    const next = jump.map((p) => (1 - damping) * p);
    let dangling = 0;
    for (let i = 0; i < n; i++) {
      const r = rank[i] ?? 0;
      const total = outSum[i] ?? 0;
      if (total === 0) {
        dangling += r;
        continue;
      }
      for (const edge of edges[i] ?? []) {
        next[edge.to] = (next[edge.to] ?? 0) + (damping * r * edge.weight) / total;
      }
    }
    // A sentence with no neighbour hands its rank back through the prior.
    for (let i = 0; i < n; i++) next[i] = (next[i] ?? 0) + damping * dangling * (jump[i] ?? 0);
    const delta = next.reduce((s, v, i) => s + Math.abs(v - (rank[i] ?? 0)), 0);
    rank = next;
    if (delta < tolerance) break;
  }
  return rank;
}
