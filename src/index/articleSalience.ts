import { paragraphSentences } from "../corpus/sentenceTerms.js";
import type { Article } from "../corpus/types.js";
import { terms } from "../nlp/index.js";
import { SENTENCE_MODEL, scoreSentences } from "../summarize/learnedScorer.js";
import type { ObjectMemo } from "../util/objectMemo.js";
import type { IndexedSentence } from "./indexedSentence.js";

/**
 * The learned sentence score (`learnedScorer`) of each paragraph sentence of an article, by
 * position, remembered per article object (the engine cache's `salience`): an article that did
 * not change keeps its scores across index updates.
 */
export type SalienceMemo = ObjectMemo<Article, readonly number[]>;

/** What an index needs to score its sentences with the learned scorer, on demand. */
export interface ArticleSalience {
  readonly articles: ReadonlyMap<string, Article>;
  readonly memo: SalienceMemo;
}

/**
 * How well a sentence would summarise its own article, in (0, 1): the learned scorer's output
 * over the article's paragraph sentences (the features it was trained on: position, title
 * overlap, centrality in the article, quotes…). Computed for a whole article the first time one
 * of its sentences is asked about (about half a millisecond for a news article), with the terms
 * the index already holds; 1 for a sentence of an unknown article.
 */
export function sentenceSalience(
  salience: ArticleSalience,
  sentenceById: ReadonlyMap<string, IndexedSentence>,
  entry: IndexedSentence,
): number {
  const article = salience.articles.get(entry.sentence.articleId);
  if (article === undefined) return 1;
  let scores = salience.memo.get(article);
  if (scores === undefined) {
    const sentences = paragraphSentences(article);
    scores = scoreSentences(
      {
        title: article.title,
        sentences: sentences.map((s) => ({
          text: s.text,
          display: s.display,
          language: s.language,
          paragraphStart: s.index === 0,
        })),
      },
      SENTENCE_MODEL,
      {
        sentences: sentences.map((s) => sentenceById.get(s.id)?.terms ?? terms(s.text, s.language)),
        title: terms(article.title, article.language),
      },
    );
    salience.memo.set(article, scores);
  }
  return scores[entry.position] ?? 1;
}
