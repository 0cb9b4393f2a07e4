import type { DiverseItem, SelectOptions } from "./selectDiverse.js";
import { cosine } from "./vectors.js";

export interface SetSearchOptions {
  /** Weight of the length term: α in Σ score − α · |words − target| / target. */
  readonly lengthPenalty: number;
  /** Only the best `pool` items by score are combined (the search is exhaustive over them). */
  readonly pool: number;
}

/**
 * Exhaustive set selection: among the `pool` best items by score, the non-empty set of at most
 * `maxSentences` items, no two above `maxSimilarity` cosine, within `maxChars`, that maximises
 *   Σ score − lengthPenalty · |Σ words − maxWords| / maxWords
 * (no length term without a word target). Ties go to the set found first (items by rank, smaller
 * sets first), so the result is deterministic. Returns the picked indices, best-scoring first.
 */
export function selectBestSet(
  items: readonly DiverseItem[],
  options: SelectOptions & SetSearchOptions,
): number[] {
  const maxSimilarity = options.maxSimilarity ?? 0.6;
  const ranked = [...items.keys()]
    .sort((a, b) => (items[b]?.score ?? 0) - (items[a]?.score ?? 0) || a - b)
    .slice(0, options.pool);
  const target = options.maxWords;
  const value = (set: readonly number[]): number => {
    let score = 0;
    let words = 0;
    for (const i of set) {
      score += items[i]?.score ?? 0;
      words += items[i]?.words ?? 0;
    }
    return target === undefined
      ? score
      : score - (options.lengthPenalty * Math.abs(words - target)) / target;
  };
  let best: number[] = [];
  let bestValue = Number.NEGATIVE_INFINITY;
  const extend = (set: number[], from: number, chars: number): void => {
    if (set.length > 0) {
      const v = value(set);
      if (v > bestValue) {
        bestValue = v;
        best = [...set];
      }
    }
    if (set.length >= options.maxSentences) return;
    for (let r = from; r < ranked.length; r++) {
      const index = ranked[r] ?? -1;
      const item = items[index];
      if (!item || chars + item.chars > options.maxChars) continue;
      const redundant = set.some((j) => {
        const other = items[j];
        return other !== undefined && cosine(other.vector, item.vector) >= maxSimilarity;
      });
      if (redundant) continue;
      set.push(index);
      extend(set, r + 1, chars + item.chars);
      set.pop();
    }
  };
  extend([], 0, 0);
  return best;
}
