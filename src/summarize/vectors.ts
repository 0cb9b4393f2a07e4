import { runAtOnce, type Steps } from "../util/steps.js";

/** Sparse term vector: term → weight. TF-IDF vectors here are L2-normalised. */
export type SparseVector = ReadonlyMap<string, number>;

/**
 * Smoothed inverse document frequency, idf(t) = ln(1 + N / df(t)), over "documents" that are
 * sentences. Returns term → idf; terms never seen get `unseenIdf(N)`.
 */
export function inverseDocumentFrequency(
  documents: readonly (readonly string[])[],
): Map<string, number> {
  return runAtOnce(idfSteps(documents));
}

/** `inverseDocumentFrequency` as steps (`Steps`), one per few hundred documents. */
export function* idfSteps(documents: readonly (readonly string[])[]): Steps<Map<string, number>> {
  // Each term counted once per document: `lastDocument` remembers where it was counted last,
  // which spares a set per document (the terms of `df` come in the same order).
  const df = new Map<string, number>();
  const lastDocument = new Map<string, number>();
  for (const [d, terms] of documents.entries()) {
    countDocument(terms, d, df, lastDocument);
    if (d % 512 === 0) yield;
  }
  yield;
  const n = Math.max(1, documents.length);
  const idf = new Map<string, number>();
  for (const [term, count] of df) {
    idf.set(term, Math.log(1 + n / count));
    if (idf.size % 4096 === 0) yield;
  }
  return idf;
}

function countDocument(
  terms: readonly string[],
  d: number,
  df: Map<string, number>,
  lastDocument: Map<string, number>,
): void {
  for (const term of terms) {
    if (lastDocument.get(term) === d) continue;
    lastDocument.set(term, d);
    df.set(term, (df.get(term) ?? 0) + 1);
  }
}

export function unseenIdf(documentCount: number): number {
  return Math.log(1 + Math.max(1, documentCount));
}

/** L2-normalised TF-IDF vector of one sentence's terms (sub-linear tf: 1 + ln tf). */
export function tfidfVector(
  terms: readonly string[],
  idf: ReadonlyMap<string, number>,
  fallbackIdf: number,
): SparseVector {
  // One map, its counts overwritten by weights in place (same keys, same order): a second map
  // per sentence was most of the cost.
  const weights = new Map<string, number>();
  for (const term of terms) weights.set(term, (weights.get(term) ?? 0) + 1);
  let norm = 0;
  for (const [term, count] of weights) {
    const w = (1 + Math.log(count)) * (idf.get(term) ?? fallbackIdf);
    weights.set(term, w);
    norm += w * w;
  }
  norm = Math.sqrt(norm);
  if (norm === 0) return weights;
  for (const [term, w] of weights) weights.set(term, w / norm);
  return weights;
}

/** Cosine similarity of two L2-normalised sparse vectors, in [0, 1]. */
export function cosine(a: SparseVector, b: SparseVector): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let dot = 0;
  for (const [term, w] of small) {
    const other = large.get(term);
    if (other !== undefined) dot += w * other;
  }
  return Math.min(1, Math.max(0, dot));
}
