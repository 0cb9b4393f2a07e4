import { l as rougeL, n as rougeN } from "js-rouge";

/** ROUGE F1 scores of one candidate against one reference, each in [0, 1]. */
export interface RougeScores {
  readonly rouge1: number;
  readonly rouge2: number;
  readonly rougeL: number;
}

/**
 * Google `rouge-score`'s default tokenizer: lowercase, every character outside [a-z0-9] becomes a
 * space (so "été" gives the single token "t"), no stemming. Empty tokens are dropped, which only
 * matters for a text with no [a-z0-9] at all (rouge-score gives it no tokens either).
 */
export function rougeTokens(text: string): string[] {
  return text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, " ")
    .trim()
    .split(/\s+/)
    .filter((token) => token !== "");
}

/** The whole text is one segment: rouge-score's `rougeL` (not `rougeLsum`). */
const WHOLE_TEXT = (text: string): string[] => [text];

/**
 * ROUGE-1, ROUGE-2 and ROUGE-L F1 as the OrangeSum table scores them (rouge-score defaults),
 * computed with js-rouge and the tokenizer and segmenter above. An empty candidate scores 0.
 */
export function scoreSummary(candidate: string, reference: string): RougeScores {
  if (rougeTokens(candidate).length === 0 || rougeTokens(reference).length === 0) {
    return { rouge1: 0, rouge2: 0, rougeL: 0 };
  }
  return {
    rouge1: rougeN(candidate, reference, { n: 1, tokenizer: rougeTokens }),
    rouge2: rougeN(candidate, reference, { n: 2, tokenizer: rougeTokens }),
    rougeL: rougeL(candidate, reference, { tokenizer: rougeTokens, segmenter: WHOLE_TEXT }),
  };
}

/** Mean of each score over `scores`, × 100 (the table's unit); zeros for an empty list. */
export function meanScores(scores: readonly RougeScores[]): RougeScores {
  const mean = (pick: (s: RougeScores) => number): number =>
    scores.length === 0 ? 0 : (100 * scores.reduce((sum, s) => sum + pick(s), 0)) / scores.length;
  return {
    rouge1: mean((s) => s.rouge1),
    rouge2: mean((s) => s.rouge2),
    rougeL: mean((s) => s.rougeL),
  };
}
