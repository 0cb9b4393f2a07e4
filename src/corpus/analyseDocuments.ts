import { canonicalTerm, terms } from "../nlp/index.js";
import { buildArticles } from "./buildArticles.js";
import { paragraphSentences, type SentenceTermsMemo } from "./sentenceTerms.js";
import type { Article, LoadWarning, RawDocument } from "./types.js";

/**
 * Everything the corpus needs from one file that depends on that file alone: its articles
 * (split, cleaned, ids not yet made unique across the corpus), the terms of their paragraph
 * sentences, and its problems. The costly part of ingest; done once per file version, in a worker
 * or from a saved index, and plain data so it can cross a thread or be written to disk.
 */
export interface FileAnalysis {
  readonly file: string;
  /** Size and modification time of the file when it was read (-1 when it could not be). */
  readonly size: number;
  readonly mtimeMs: number;
  /** Problems reading the file (format, size, encoding, JSON records). */
  readonly readWarnings: readonly LoadWarning[];
  readonly documents: readonly DocumentAnalysis[];
}

export interface DocumentAnalysis {
  readonly file: string;
  /** Which record of a JSON or JSONL file it is (counted from 0); absent for other files. */
  readonly record?: number;
  readonly articles: readonly Article[];
  /**
   * Terms of each paragraph sentence of `articles`, in reading order, joined by spaces (terms
   * hold none): one string per sentence costs a tenth of an array of strings to send or save.
   */
  readonly terms: readonly string[];
}

/** Cleans one raw document into its articles, with the terms of their paragraph sentences. */
export function analyseDocument(document: RawDocument): DocumentAnalysis {
  const articles = buildArticles(document);
  // Not remembered here: they travel as text, and the assembly remembers them (`adoptTerms`).
  const joined = articles.flatMap((a) =>
    paragraphSentences(a).map((s) => terms(s.text, s.language).join(" ")),
  );
  const many = document.format === "json" || document.format === "jsonl";
  return {
    file: document.file,
    ...(many ? { record: document.record } : {}),
    articles,
    terms: joined,
  };
}

/**
 * Attaches the terms that travelled with an analysis to its sentence objects (after a copy
 * between threads or from disk they are new objects), so they are not computed again.
 */
export function adoptTerms(analysis: DocumentAnalysis, memo: SentenceTermsMemo): void {
  const sentences = analysis.articles.flatMap(paragraphSentences);
  sentences.forEach((sentence, i) => {
    const found = analysis.terms[i];
    if (found !== undefined)
      memo.set(sentence, found === "" ? [] : found.split(" ").map(canonicalTerm));
  });
}
