import { cosine, type SparseVector } from "./vectors.js";

export interface DiverseItem {
  readonly score: number;
  readonly vector: SparseVector;
  readonly chars: number;
  /** Words, for a word budget (0 when there is none). */
  readonly words?: number;
}

export interface Budget {
  readonly maxSentences: number;
  /** Total characters of the selected sentences; a sentence that would exceed it is skipped. */
  readonly maxChars: number;
  /**
   * Target length in words, for single-article summaries: a sentence is added only if it brings
   * the total closer to the target than it was (the first sentence always may), so a summary
   * lands near the target without cutting a sentence.
   */
  readonly maxWords?: number;
}

export interface SelectOptions extends Budget {
  /** Trade-off between relevance and novelty in Maximal Marginal Relevance (0.7). */
  readonly lambda?: number;
  /** A sentence this similar to one already chosen is never chosen (0.6): no near-repeats. */
  readonly maxSimilarity?: number;
  /** Vectors of sentences already shown elsewhere (e.g. the digest's top stories). */
  readonly exclude?: readonly SparseVector[];
  /**
   * After the first pick, a sentence scoring below this share of the best score is never added
   * (0: no floor): a word target is no reason to fill a summary with a sentence that says little.
   */
  readonly minShare?: number;
}

/** Whether adding `words` to a summary of `total` words moves it closer to `target`. */
function fitsWordTarget(total: number, words: number, target: number | undefined): boolean {
  if (target === undefined || total === 0) return true;
  return Math.abs(total + words - target) < Math.abs(total - target);
}

/**
 * Maximal Marginal Relevance (Carbonell & Goldstein, 1998): repeatedly picks the item maximising
 *   λ · score/maxScore − (1 − λ) · max similarity to the items already picked,
 * skipping items over the character budget, away from the word target, or too similar to a picked
 * one. Ties go to the lower index, so the result is deterministic. Returns the picked indices in
 * pick order.
 */
export function selectDiverse(items: readonly DiverseItem[], options: SelectOptions): number[] {
  const lambda = options.lambda ?? 0.7;
  const maxSimilarity = options.maxSimilarity ?? 0.6;
  const minShare = options.minShare ?? 0;
  const maxScore = Math.max(Number.MIN_VALUE, ...items.map((i) => i.score));
  const picked: number[] = [];
  const pickedVectors: SparseVector[] = [...(options.exclude ?? [])];
  let chars = 0;
  let words = 0;
  const available = new Set(items.keys());
  while (picked.length < options.maxSentences && available.size > 0) {
    let bestIndex = -1;
    let bestValue = Number.NEGATIVE_INFINITY;
    for (const index of available) {
      const item = items[index];
      if (!item) continue;
      if (chars + item.chars > options.maxChars) {
        available.delete(index);
        continue;
      }
      if (!fitsWordTarget(words, item.words ?? 0, options.maxWords)) continue;
      if (picked.length > 0 && item.score < minShare * maxScore) continue;
      const redundancy = Math.max(0, ...pickedVectors.map((v) => cosine(v, item.vector)));
      if (redundancy >= maxSimilarity) {
        available.delete(index);
        continue;
      }
      const value = lambda * (item.score / maxScore) - (1 - lambda) * redundancy;
      if (value > bestValue) {
        bestValue = value;
        bestIndex = index;
      }
    }
    const best = items[bestIndex];
    if (!best) break;
    picked.push(bestIndex);
    pickedVectors.push(best.vector);
    chars += best.chars;
    words += best.words ?? 0;
    available.delete(bestIndex);
  }
  return picked;
}
