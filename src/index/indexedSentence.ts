import type { Sentence, SourceRef } from "../corpus/types.js";
import type { SparseVector } from "../summarize/vectors.js";

/** A sentence with everything commands need, computed once per corpus version. */
export interface IndexedSentence {
  readonly sentence: Sentence;
  readonly source: SourceRef;
  /** Position among the article's paragraph sentences (0 = lead). */
  readonly position: number;
  readonly terms: readonly string[];
  readonly vector: SparseVector;
  /** Topic id → assignment score, for the topics this sentence belongs to. */
  readonly topics: ReadonlyMap<string, number>;
  /** Whether it can be shown on its own in a briefing (not a fragment, not a heading). */
  readonly standalone: boolean;
}
