import { documentQuoteSpeakers } from "../briefings/documentQuoteSpeakers.js";
import { articleOfText, cleanDocument } from "../briefings/summarizeDocument.js";
import {
  hasUnmatchedQuote,
  isCutSentence,
  startsWithConnective,
} from "../src/summarize/sentenceQuality.js";
import {
  ARTICLE_SUMMARY_SETTINGS,
  type ArticleBudget,
  type ArticleSummarySettings,
  type ArticleToSummarize,
  summarizeArticle,
} from "../src/summarize/summarizeArticle.js";
import type { OrangeSumArticle } from "./orangesum.js";
import { meanScores, type RougeScores, scoreSummary } from "./rouge.js";

/** A benchmark article after the corpus cleaning, ready for every system. */
export interface PreparedArticle {
  readonly source: OrangeSumArticle;
  /** Null when cleaning left no sentence (every system then outputs nothing). */
  readonly article: ArticleToSummarize | null;
}

/**
 * Cleans every article once and finds who said its quotes (`articleOfText` with
 * `documentQuoteSpeakers`: the path of `briefbot summarize`).
 */
export function prepareArticles(articles: readonly OrangeSumArticle[]): PreparedArticle[] {
  return articles.map((source) => {
    const input = { id: source.id, text: source.text, title: source.title };
    const cleaned = cleanDocument(input);
    return { source, article: articleOfText(input, cleaned, documentQuoteSpeakers(cleaned)) };
  });
}

/** A summarizer under evaluation: the sentences it outputs for one article. */
export type SummarySystem = (article: ArticleToSummarize) => readonly string[];

/** The first `n` sentences after cleaning: the lead baselines. */
export function leadSystem(n: number): SummarySystem {
  return (article) => article.sentences.slice(0, n).map((s) => s.display);
}

/** briefbot's single-article summarizer with a budget and settings. */
export function briefbotSystem(
  budget: ArticleBudget,
  settings: ArticleSummarySettings = ARTICLE_SUMMARY_SETTINGS,
): SummarySystem {
  return (article) => summarizeArticle(article, budget, settings).sentences.map((s) => s.text);
}

export interface ArticleResult {
  readonly id: string;
  readonly sentences: readonly string[];
  readonly scores: RougeScores;
}

/** Runs `system` on each article and scores its output (joined by spaces) against the reference. */
export function runSystem(
  system: SummarySystem,
  articles: readonly PreparedArticle[],
): ArticleResult[] {
  return articles.map(({ source, article }) => {
    const sentences = article === null ? [] : system(article);
    return { id: source.id, sentences, scores: scoreSummary(sentences.join(" "), source.summary) };
  });
}

/** Mean ROUGE × 100 of the results from index `from` to `to` (exclusive). */
export function meanOf(results: readonly ArticleResult[], from: number, to: number): RougeScores {
  return meanScores(results.slice(from, to).map((r) => r.scores));
}

export interface QualityCounts {
  readonly sentences: number;
  /** Starting in lowercase or not ending on terminal punctuation. */
  readonly cut: number;
  readonly unmatchedQuote: number;
  readonly danglingConnective: number;
  /** Mean words per summary. */
  readonly meanWords: number;
}

export function qualityOf(results: readonly ArticleResult[]): QualityCounts {
  const sentences = results.flatMap((r) => r.sentences);
  const words = results.reduce((n, r) => n + r.sentences.join(" ").split(/\s+/).length, 0);
  return {
    sentences: sentences.length,
    cut: sentences.filter(isCutSentence).length,
    unmatchedQuote: sentences.filter(hasUnmatchedQuote).length,
    danglingConnective: sentences.filter(startsWithConnective).length,
    meanWords: results.length === 0 ? 0 : Math.round((10 * words) / results.length) / 10,
  };
}
