import { buildCorpus } from "../src/corpus/loadCorpus.js";
import type { Article } from "../src/corpus/types.js";
import type { SentencePerson } from "../src/summarize/articleToSummarize.js";
import {
  ARTICLE_SUMMARY_SETTINGS,
  type ArticleBudget,
  type ArticleSummary,
  type ArticleSummarySettings,
  type ArticleToSummarize,
  DEFAULT_ARTICLE_BUDGET,
  summarizeArticle,
} from "../src/summarize/summarizeArticle.js";

/** One article to summarize as given on the command line or in a JSONL dump. */
export interface DocumentInput {
  readonly id: string;
  readonly text: string;
  readonly title?: string;
}

export type DocumentSummary =
  | { readonly ok: true; readonly article: ArticleToSummarize; readonly summary: ArticleSummary }
  | { readonly ok: false; readonly reason: string };

/**
 * The article of a raw text after the corpus cleaning (`buildCorpus`: sentence splitting,
 * boilerplate, repeated paragraphs and near-duplicate sentences removed): its paragraph sentences
 * in order, headings left out. A text that cleaning splits into several articles (a listing page)
 * is taken as one. Null when no sentence is left.
 */
export function articleOfText(
  input: DocumentInput,
  articles: readonly Article[] = cleanDocument(input),
  speakers: QuoteSpeakers = NO_SPEAKERS,
): ArticleToSummarize | null {
  const sentences = articles.flatMap(paragraphSentences).map((sentence) => {
    const speaker = speakers.quoted.get(sentence.id);
    const statedBy = speakers.stated.get(sentence.id);
    return {
      ...sentence,
      paragraphStart: sentence.index === 0,
      ...(speaker === undefined ? {} : { quoteSpeaker: speaker }),
      ...(statedBy === undefined ? {} : { statedBy }),
    };
  });
  const first = sentences[0];
  if (first === undefined) return null;
  return { title: input.title ?? headline(articles[0]?.title, first.display), sentences };
}

/** The articles of a raw text after the corpus cleaning (`buildCorpus`). */
export function cleanDocument(input: DocumentInput): readonly Article[] {
  return buildCorpus([
    {
      file: `${input.id}.txt`,
      format: "txt",
      text: input.text,
      record: 0,
      ...(input.title === undefined ? {} : { title: input.title }),
    },
  ]).articles;
}

/**
 * Who speaks in a document's sentences, found outside the summarizer (people and quotes): the
 * caller passes how. Sentence id → `quoted`: the speaker of a quote the sentence does not attribute
 * itself (null: nobody known), as `ArticleSentence.quoteSpeaker` takes it; `stated`: the known
 * speaker of what the sentence reports, as `ArticleSentence.statedBy` takes it.
 */
export interface QuoteSpeakers {
  readonly quoted: ReadonlyMap<string, string | null>;
  readonly stated: ReadonlyMap<string, SentencePerson>;
}
export type FindQuoteSpeakers = (articles: readonly Article[]) => QuoteSpeakers;

const NO_SPEAKERS: QuoteSpeakers = { quoted: new Map(), stated: new Map() };

/**
 * The title cleaning found (a heading line above the text), or null when it only derived one from
 * the first sentence: a title that is the lead itself would bias the title prior towards the lead.
 */
function headline(title: string | undefined, firstSentence: string): string | null {
  if (title === undefined || title === "") return null;
  return firstSentence.startsWith(title.replace(/…$/u, "")) ? null : title;
}

function paragraphSentences(article: Article) {
  return article.passages.filter((p) => p.kind === "paragraph").flatMap((p) => p.sentences);
}

/**
 * Cleans and summarizes one document; an empty or all-boilerplate text is a miss, not an error.
 * With `findSpeakers`, a quote never reaches the summary without its speaker (see
 * `ArticleSentence.quoteSpeaker`).
 */
export function summarizeDocument(
  input: DocumentInput,
  budget: ArticleBudget = DEFAULT_ARTICLE_BUDGET,
  settings: ArticleSummarySettings = ARTICLE_SUMMARY_SETTINGS,
  findSpeakers?: FindQuoteSpeakers,
): DocumentSummary {
  if (input.text.trim() === "") return { ok: false, reason: "the text is empty" };
  const articles = cleanDocument(input);
  const article = articleOfText(input, articles, findSpeakers?.(articles));
  if (article === null) return { ok: false, reason: "no sentence left after cleaning" };
  return { ok: true, article, summary: summarizeArticle(article, budget, settings) };
}
