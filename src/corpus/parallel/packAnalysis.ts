import type { DocumentAnalysis, FileAnalysis } from "../analyseDocuments.js";
import { sentenceId } from "../sentenceId.js";
import { displaySlices } from "../sharedDisplay.js";
import type { Article, Passage, Sentence } from "../types.js";

/**
 * An analysis packed to cross from a worker thread: what the receiving thread can rebuild exactly
 * is left out (a sentence's id, article id, numbers and language follow from its place; a
 * passage's display is its sentences' joined; a sentence's `text` is usually its `display`). V8
 * copies objects field by field and strings byte by byte, so this about halves the copy that
 * stalls the assembling thread. An article whose objects do not follow those rules travels whole.
 */
export interface PackedFileAnalysis {
  readonly analysis: Omit<FileAnalysis, "documents">;
  readonly documents: readonly PackedDocument[];
}

interface PackedDocument {
  readonly file: string;
  readonly record?: number;
  readonly terms: readonly string[];
  readonly articles: readonly (PackedArticle | Article)[];
}

interface PackedArticle {
  readonly packed: true;
  readonly article: Omit<Article, "passages">;
  readonly passages: readonly PackedPassage[];
}

interface PackedPassage {
  readonly index: number;
  readonly kind: Passage["kind"];
  readonly language: Passage["language"];
  readonly displays: readonly string[];
  /** Sentence `text`s that differ from their display, by sentence index. */
  readonly texts: readonly (readonly [number, string])[];
}

export function packFileAnalysis(analysis: FileAnalysis): PackedFileAnalysis {
  const { documents, ...rest } = analysis;
  return { analysis: rest, documents: documents.map(packDocument) };
}

export function unpackFileAnalysis(packed: PackedFileAnalysis): FileAnalysis {
  return { ...packed.analysis, documents: packed.documents.map(unpackDocument) };
}

function packDocument(document: DocumentAnalysis): PackedDocument {
  return {
    file: document.file,
    ...(document.record === undefined ? {} : { record: document.record }),
    terms: document.terms,
    articles: document.articles.map((a) => (isRebuildable(a) ? packArticle(a) : a)),
  };
}

function unpackDocument(document: PackedDocument): DocumentAnalysis {
  return {
    file: document.file,
    ...(document.record === undefined ? {} : { record: document.record }),
    articles: document.articles.map((a) => ("packed" in a ? unpackArticle(a) : a)),
    terms: document.terms,
  };
}

function isRebuildable(article: Article): boolean {
  return article.passages.every(
    (p) =>
      p.display === p.sentences.map((s) => s.display).join(" ") &&
      p.sentences.every(
        (s, i) =>
          s.id === sentenceId(article.id, p.index, i) &&
          s.articleId === article.id &&
          s.passageIndex === p.index &&
          s.index === i &&
          s.language === p.language &&
          Object.keys(s).length === SENTENCE_KEYS,
      ) &&
      Object.keys(p).length === PASSAGE_KEYS,
  );
}

/** The fields a sentence and a passage have (a new field must be packed too, or they travel whole). */
const SENTENCE_KEYS = 7;
const PASSAGE_KEYS = 5;

function packArticle(article: Article): PackedArticle {
  const { passages, ...rest } = article;
  return {
    packed: true,
    article: rest,
    passages: passages.map((p) => ({
      index: p.index,
      kind: p.kind,
      language: p.language,
      displays: p.sentences.map((s) => s.display),
      texts: p.sentences.flatMap((s, i) => (s.text === s.display ? [] : [[i, s.text] as const])),
    })),
  };
}

function unpackArticle(packed: PackedArticle): Article {
  const articleId = packed.article.id;
  const passages = packed.passages.map((p): Passage => {
    const texts = new Map(p.texts);
    const { display, slices } = displaySlices(p.displays);
    const sentences = slices.map(
      (slice, index): Sentence => ({
        id: sentenceId(articleId, p.index, index),
        articleId,
        passageIndex: p.index,
        index,
        text: texts.get(index) ?? slice,
        display: slice,
        language: p.language,
      }),
    );
    return { index: p.index, kind: p.kind, language: p.language, display, sentences };
  });
  return { ...packed.article, passages };
}
