import type { SummaryCandidate, SummaryPick } from "./summarize.js";
import type { SparseVector } from "./vectors.js";

export type { SummaryPick } from "./summarize.js";

/**
 * A sentence offered to a summarizer: what the extractive summarizer ranks (vector, prior, shown
 * length), and what other methods may read instead (the text as it is shown, where the sentence
 * stands in its article).
 */
export interface SentenceCandidate extends SummaryCandidate {
  /** The sentence as it would be shown; `chars` is its length. */
  readonly text: string;
  /** Position among its article's paragraph sentences (0 = the lead). */
  readonly position: number;
}

/** How much a summary may hold, and what it must not repeat. */
export interface SummaryBudget {
  readonly maxSentences: number;
  readonly maxChars: number;
  /** Vectors of sentences already shown elsewhere: near-repeats of them are not picked. */
  readonly exclude?: readonly SparseVector[];
}

/**
 * Ranks and picks sentences; it does not know what a briefing is. Candidates come best prior
 * first (ties in corpus order), at most `MAX_CANDIDATES` of them (briefings/candidatePool.ts);
 * picks index into them, best first, scores in (0, 1] with the best at 1. Deterministic for the
 * same input. `id` names the method: answers built with one summarizer are cached under its id.
 */
export interface Summarizer {
  readonly id: string;
  summarize(candidates: readonly SentenceCandidate[], budget: SummaryBudget): SummaryPick[];
}
