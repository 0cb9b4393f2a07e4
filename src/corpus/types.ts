import type { Language } from "../nlp/language.js";

/** Formats the loader understands, by file extension. */
export type DocumentFormat = "txt" | "md" | "html" | "json" | "jsonl";

/**
 * One document as read from disk, before cleaning: the decoded text plus whatever
 * metadata the file itself (JSON fields, HTML <title>/<meta>) or the manifest gave.
 */
export interface RawDocument {
  /** Path relative to the corpus folder, with "/" separators. */
  readonly file: string;
  readonly format: DocumentFormat;
  /** Decoded text; for HTML the visible text with block elements turned into blank lines. */
  readonly text: string;
  /** 0 for single-document files; the record number (0-based) within a JSON array or JSONL file. */
  readonly record: number;
  readonly title?: string;
  /** ISO date (YYYY-MM-DD or full ISO timestamp) when known. */
  readonly date?: string;
  readonly url?: string;
  readonly outlet?: string;
  readonly language?: string;
}

/** A problem with one file or record: reported once, the rest of the corpus still loads. */
export interface LoadWarning {
  readonly file: string;
  readonly reason: string;
}

/** Where a sentence came from: travels with every sentence shown to a user. */
export interface SourceRef {
  readonly id: string;
  readonly title: string;
  readonly date: string | null;
  readonly url: string | null;
  readonly outlet: string | null;
}

export interface Sentence {
  /** `${articleId}:${passageIndex}:${sentenceIndex}` — stable for a given corpus. */
  readonly id: string;
  readonly articleId: string;
  readonly passageIndex: number;
  readonly index: number;
  /** Typographically normalised text used for analysis. */
  readonly text: string;
  /** Original text as it appears in the source (whitespace collapsed), used for display. */
  readonly display: string;
  readonly language: Language;
}

export interface Passage {
  readonly index: number;
  /** Headings (sub-titles, short unpunctuated lines) are kept for context but never summarised. */
  readonly kind: "paragraph" | "heading";
  readonly language: Language;
  readonly display: string;
  readonly sentences: readonly Sentence[];
}

export interface Article {
  readonly id: string;
  readonly file: string;
  readonly title: string;
  readonly date: string | null;
  readonly url: string | null;
  readonly outlet: string | null;
  readonly language: Language;
  readonly passages: readonly Passage[];
}

export interface Corpus {
  readonly articles: readonly Article[];
  readonly warnings: readonly LoadWarning[];
  /**
   * Articles left out because every sentence repeats earlier articles (one dispatch in several
   * outlets), as they were read: not indexed, but the stories count them with what they repeat.
   */
  readonly repeats?: readonly Article[];
}
