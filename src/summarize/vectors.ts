import { runAtOnce, type Steps } from "../util/steps.js";

/**
 * Sparse term vector: term → weight, iterated in the order its terms were first added. TF-IDF
 * vectors here are L2-normalised. A `Map` is one (centroids); a sentence's is a `PackedVector`.
 */
export interface SparseVector extends Iterable<readonly [string, number]> {
  readonly size: number;
  get(term: string): number | undefined;
  keys(): Iterable<string>;
}

/**
 * A small vector as two parallel arrays, terms and unboxed weights: what every indexed sentence
 * holds. A `Map` of its fifteen-odd terms costs about three times the memory (its hash table and
 * a heap number per weight); looking a term up by scanning fifteen is as quick as hashing it.
 */
export class PackedVector implements SparseVector {
  readonly terms: readonly string[];
  readonly weights: readonly number[];

  constructor(terms: readonly string[], weights: readonly number[]) {
    this.terms = terms;
    this.weights = weights;
  }

  get size(): number {
    return this.terms.length;
  }

  get(term: string): number | undefined {
    const i = this.terms.indexOf(term);
    return i < 0 ? undefined : this.weights[i];
  }

  keys(): Iterable<string> {
    return this.terms;
  }

  *[Symbol.iterator](): Iterator<readonly [string, number]> {
    for (let i = 0; i < this.terms.length; i++) yield [this.terms[i] ?? "", this.weights[i] ?? 0];
  }
}

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
): PackedVector {
  // Distinct terms in order of first appearance, each with its count; a sentence has few terms,
  // so finding one among those already seen is a short scan.
  const distinct: string[] = [];
  const weights: number[] = [];
  for (const term of terms) {
    const i = distinct.indexOf(term);
    if (i < 0) {
      distinct.push(term);
      weights.push(1);
    } else weights[i] = (weights[i] ?? 0) + 1;
  }
  let norm = 0;
  for (let i = 0; i < distinct.length; i++) {
    const w = (1 + Math.log(weights[i] ?? 1)) * (idf.get(distinct[i] ?? "") ?? fallbackIdf);
    weights[i] = w;
    norm += w * w;
  }
  norm = Math.sqrt(norm);
  if (norm !== 0) for (let i = 0; i < weights.length; i++) weights[i] = (weights[i] ?? 0) / norm;
  // Copies of exactly their length: arrays grown by push keep spare room. A sentence that repeats
  // no term (most) shares its term list instead.
  return new PackedVector(
    distinct.length === terms.length ? terms : distinct.slice(),
    weights.slice(),
  );
}

/** Cosine similarity of two L2-normalised sparse vectors, in [0, 1]. */
export function cosine(a: SparseVector, b: SparseVector): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let dot = 0;
  if (small instanceof PackedVector) {
    const { terms, weights } = small;
    for (let i = 0; i < terms.length; i++) {
      const other = large.get(terms[i] ?? "");
      if (other !== undefined) dot += (weights[i] ?? 0) * other;
    }
  } else {
    for (const [term, w] of small) {
      const other = large.get(term);
      if (other !== undefined) dot += w * other;
    }
  }
  return Math.min(1, Math.max(0, dot));
}
