import { SPACE } from "../nlp/charCodes.js";
import {
  addEvidence,
  decideLanguage,
  type LanguageEvidence,
  languageEvidence,
} from "../nlp/detectLanguage.js";
import { normalizeTypography, splitSentences, stripInvisibles } from "../nlp/index.js";
import type { Language } from "../nlp/language.js";
import { isJsWhitespace } from "../nlp/whitespace.js";
import { isHeadingLike, splitBlocks } from "./clean/blocks.js";
import {
  type ClassifiedBlock,
  classifyBlock,
  classifyBlocks,
  isBoilerplateSentence,
  stripWireTag,
} from "./clean/boilerplate.js";
import { splitDashIntertitles } from "./clean/dashIntertitles.js";
import { splitLeadingDateMarker } from "./clean/dateline.js";
import { dropRepeatedBlocks } from "./clean/dedup.js";
import { proseAroundEmbeds } from "./clean/embeds.js";
import { headDate } from "./clean/headDate.js";
import { type Segment, segmentDocument } from "./clean/segments.js";
import { sentenceId } from "./sentenceId.js";
import { sharedDisplay } from "./sharedDisplay.js";
import type { Article, Passage, RawDocument, Sentence } from "./types.js";

/** Longest title derived from a first sentence when the source gives none. */
const DERIVED_TITLE_CHARS = 100;

/** Turns one raw document into its articles: split, cleaned, with passages and sentences. */
export function buildArticles(raw: RawDocument): Article[] {
  let blocks = splitBlocks(raw.text).flatMap(splitDashIntertitles);
  let markerDate: string | null = null;
  const first = blocks[0] !== undefined ? splitLeadingDateMarker(blocks[0]) : null;
  if (first) {
    markerDate = first.date;
    blocks = [first.rest, ...blocks.slice(1)];
  }
  const segments = segmentDocument(blocks);
  // Shared by the document's articles, so a paragraph repeated anywhere in the file goes.
  const seen = new Set<string>();
  const baseId = documentId(raw);
  const declared = declaredLanguage(raw.language);
  const articles: Article[] = [];
  segments.forEach((segment, n) => {
    const id = segments.length > 1 ? `${baseId}#${n + 1}` : baseId;
    const article = buildArticle(raw, segment, id, segments.length > 1, markerDate, declared, seen);
    if (article) articles.push(article);
  });
  return articles;
}

function buildArticle(
  raw: RawDocument,
  segment: Segment,
  id: string,
  isPartOfListing: boolean,
  markerDate: string | null,
  declared: Language,
  seen: Set<string>,
): Article | null {
  // A line at the head that only dates the article is metadata: its date, never a passage.
  const head = headDate(segment.blocks);
  // Classify before dropping repeats: a caption is recognised by the credit line under it.
  const content = classifyBlocks(head.blocks).flatMap(contentOfBlock);
  let body = dropRepeatedBlocks(content, seen);
  let title = segment.headline ?? (isPartOfListing ? null : (raw.title ?? null));
  if (title === null && body[0] !== undefined && isHeadingLike(body[0]) && body.length > 1) {
    title = body[0];
    body = body.slice(1);
  }
  // Each block's evidence is read once: the article's language is decided on their sum (the
  // evidence of the blocks joined by line breaks), each passage's on its own.
  const evidence = body.map(languageEvidence);
  const language = decideLanguage(
    evidence.reduce(addEvidence, NO_EVIDENCE),
    declared === "und" ? "fr" : declared,
  );
  const passages: Passage[] = [];
  body.forEach((block, i) => {
    const passage = buildPassage(block, evidence[i], id, passages.length, language);
    if (passage) passages.push(passage);
  });
  if (!passages.some((p) => p.kind === "paragraph")) return null;
  return {
    id,
    file: raw.file,
    title: collapse(title ?? deriveTitle(passages)),
    // Most specific first; nothing else: an undated article stays undated (no file time, no today).
    date: calendarDate(raw.date) ?? segment.date ?? head.date ?? markerDate,
    url: raw.url ?? null,
    outlet: raw.outlet ?? null,
    language,
    passages,
  };
}

/**
 * The content a classified block gives: its text when it is not boilerplate; for a block flagged
 * for a social embed, the prose around the embed (when some is left and is itself no boilerplate),
 * since a scraped paragraph often has a post glued to it; nothing for other boilerplate.
 */
function contentOfBlock(block: ClassifiedBlock): string[] {
  if (block.boilerplate === null) return [block.text];
  if (block.boilerplate !== "social-embed") return [];
  const prose = proseAroundEmbeds(block.text);
  return prose !== null && classifyBlock(prose) === null ? [prose] : [];
}

const NO_EVIDENCE: LanguageEvidence = { words: 0, french: 0, english: 0, accented: 0 };

function buildPassage(
  block: string,
  blockEvidence: LanguageEvidence | undefined,
  articleId: string,
  index: number,
  articleLanguage: Language,
): Passage | null {
  const heading = isHeadingLike(block);
  const text = stripWireTag(block);
  const evidence =
    text === block && blockEvidence !== undefined ? blockEvidence : languageEvidence(text);
  const language = decideLanguage(evidence, articleLanguage);
  const sentences: Sentence[] = [];
  for (const span of splitSentences(text, language)) {
    if (isBoilerplateSentence(span.text)) continue;
    const display = collapse(stripInvisibles(span.text));
    if (display === "") continue;
    sentences.push({
      id: sentenceId(articleId, index, sentences.length),
      articleId,
      passageIndex: index,
      index: sentences.length,
      text: normalizeTypography(display),
      display,
      language,
    });
  }
  if (sentences.length === 0) return null;
  return { index, kind: heading ? "heading" : "paragraph", language, ...sharedDisplay(sentences) };
}

function deriveTitle(passages: readonly Passage[]): string {
  const firstSentence = passages.find((p) => p.kind === "paragraph")?.sentences[0]?.display ?? "";
  if (firstSentence.length <= DERIVED_TITLE_CHARS) return firstSentence;
  const cut = firstSentence.slice(0, DERIVED_TITLE_CHARS);
  return `${cut.slice(0, cut.lastIndexOf(" ")).replace(/[\s,;:–-]+$/u, "")}…`;
}

/** The file path without its extension, plus the record number for multi-record files. */
function documentId(raw: RawDocument): string {
  const stem = raw.file.replace(/\.[^./]+$/, "");
  return raw.record > 0 ? `${stem}-${raw.record}` : stem;
}

function declaredLanguage(language: string | undefined): Language {
  const code = language?.toLowerCase().slice(0, 2);
  return code === "fr" || code === "en" ? code : "und";
}

/** Publication dates are calendar dates: "2023-07-11T10:00:00Z" → "2023-07-11". */
function calendarDate(date: string | undefined): string | null {
  if (date === undefined) return null;
  return /^\d{4}-\d{2}(?:-\d{2})?/.exec(date)?.[0] ?? null;
}

/** `text` with whitespace runs as one space, trimmed. Sentences usually are already: no copy then. */
export function collapse(text: string): string {
  return isCollapsed(text) ? text : text.replace(/\s+/g, " ").trim();
}

/** Whether every whitespace character of `text` is a single " " between two other characters. */
function isCollapsed(text: string): boolean {
  const last = text.length - 1;
  for (let i = 0; i <= last; i++) {
    const code = text.charCodeAt(i);
    if (code > SPACE && code < 0x80) continue;
    if (code === SPACE) {
      if (i === 0 || i === last || text.charCodeAt(i + 1) === SPACE) return false;
      // The character before is not whitespace: it would have returned at its own turn.
      continue;
    }
    if (isJsWhitespace(code)) return false;
  }
  return true;
}
