import type { DocumentAnalysis, FileAnalysis } from "../corpus/analyseDocuments.js";
import { isWebUrl } from "../corpus/read/webUrl.js";
import type { Article, LoadWarning, Passage, Sentence } from "../corpus/types.js";

/**
 * What is wrong with one saved file analysis read back from disk, or null when it has the shape
 * the analyser writes, all the way down to its sentences. The index snapshot is only checked on
 * its top level otherwise, and deeper damage either threw a bug far from its cause or, for an
 * emptied list, left the file's articles out without a word. Output: a short phrase naming the
 * first damaged part ("document 0: article 2: passage 1 is not a passage"), for a warning.
 */
export function sourceDamage(analysis: unknown): string | null {
  if (!isObject(analysis)) return "its analysis is not an object";
  const a = analysis as Partial<Record<keyof FileAnalysis, unknown>>;
  if (typeof a.file !== "string" || typeof a.size !== "number" || typeof a.mtimeMs !== "number") {
    return "its file, size or modification time is missing";
  }
  if (!Array.isArray(a.readWarnings) || !a.readWarnings.every(isWarning)) {
    return "its warnings are not warnings";
  }
  if (!Array.isArray(a.documents)) return "its documents are not a list";
  // Reading a file that gives no document always says why (empty, unreadable, no records...).
  if (a.documents.length === 0 && a.readWarnings.length === 0) {
    return "it has neither documents nor a warning saying why";
  }
  for (const [i, document] of a.documents.entries()) {
    const damage = documentDamage(document);
    if (damage !== null) return `document ${i}: ${damage}`;
  }
  return null;
}

function documentDamage(document: unknown): string | null {
  if (!isObject(document)) return "not a document";
  const d = document as Partial<Record<keyof DocumentAnalysis, unknown>>;
  if (typeof d.file !== "string" || !Array.isArray(d.articles) || !Array.isArray(d.terms)) {
    return "its file, articles or terms are missing";
  }
  if (!d.terms.every((t) => typeof t === "string")) return "its terms are not text";
  if (d.record !== undefined && typeof d.record !== "number") return "its record is not a number";
  let paragraphSentences = 0;
  for (const [i, article] of d.articles.entries()) {
    const damage = articleDamage(article);
    if (damage !== null) return `article ${i}: ${damage}`;
    for (const passage of (article as Article).passages) {
      if (passage.kind === "paragraph") paragraphSentences += passage.sentences.length;
    }
  }
  // One terms string per paragraph sentence, in reading order (`analyseDocument`).
  if (d.terms.length !== paragraphSentences) {
    return `${d.terms.length} terms for ${paragraphSentences} sentences`;
  }
  return null;
}

function articleDamage(article: unknown): string | null {
  if (!isObject(article)) return "not an article";
  const a = article as Partial<Record<keyof Article, unknown>>;
  const fields =
    typeof a.id === "string" &&
    typeof a.file === "string" &&
    typeof a.title === "string" &&
    typeof a.language === "string" &&
    isTextOrNull(a.date) &&
    (a.url === null || (typeof a.url === "string" && isWebUrl(a.url))) &&
    isTextOrNull(a.outlet);
  if (!fields) return "its id, title, date, address, outlet or language is damaged";
  if (!Array.isArray(a.passages)) return "its passages are not a list";
  for (const [i, passage] of a.passages.entries()) {
    if (!isPassage(passage)) return `passage ${i} is not a passage`;
  }
  return null;
}

function isPassage(passage: unknown): passage is Passage {
  if (!isObject(passage)) return false;
  const p = passage as Partial<Record<keyof Passage, unknown>>;
  return (
    typeof p.index === "number" &&
    (p.kind === "paragraph" || p.kind === "heading") &&
    typeof p.language === "string" &&
    typeof p.display === "string" &&
    Array.isArray(p.sentences) &&
    p.sentences.every(isSentence)
  );
}

function isSentence(sentence: unknown): sentence is Sentence {
  if (!isObject(sentence)) return false;
  const s = sentence as Partial<Record<keyof Sentence, unknown>>;
  return (
    typeof s.id === "string" &&
    typeof s.articleId === "string" &&
    typeof s.passageIndex === "number" &&
    typeof s.index === "number" &&
    typeof s.text === "string" &&
    typeof s.display === "string" &&
    typeof s.language === "string"
  );
}

function isWarning(warning: unknown): warning is LoadWarning {
  return (
    isObject(warning) &&
    typeof (warning as Partial<LoadWarning>).file === "string" &&
    typeof (warning as Partial<LoadWarning>).reason === "string"
  );
}

function isTextOrNull(value: unknown): boolean {
  return value === null || typeof value === "string";
}

function isObject(value: unknown): value is object {
  return typeof value === "object" && value !== null;
}
