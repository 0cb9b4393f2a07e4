import type { Statement } from "../../src/quotes/statement.js";

/**
 * Key-quote score of a statement for a topic: substance × topic relevance × kind. Direct quotes of
 * up to 20 words count fully; indirect statements weigh 0.5, so a person's own words come first.
 */
export function keyQuoteScore(substance: number, relevance: number, statement: Statement): number {
  // Multiplied in this order on purpose: the scores (and so the ties) are those of the original.
  return substance * relevance * (statement.kind === "direct" ? 1 : 0.5);
}

/**
 * Quote significance = substance × centrality × kind: substance grows with length up to 20 words
 * (a one-word scare quote says little), centrality is 0.5 + the cosine between the quote's sentence
 * and the centroid of everything said about the person (what they keep coming back to), and
 * indirect statements weigh 0.8 of direct ones.
 */
export function quoteSignificance(
  substance: number,
  centrality: number,
  statement: Statement,
): number {
  return substance * centrality * (statement.kind === "direct" ? 1 : 0.8);
}
