import { terms } from "../nlp/index.js";
import type { ObjectMemo } from "../util/objectMemo.js";
import type { Article, Sentence } from "./types.js";

/**
 * Terms per sentence object, kept by the caller (the engine cache's `terms`): the cleaning and
 * indexing passes share sentence objects, so each sentence's terms are computed once.
 */
export type SentenceTermsMemo = ObjectMemo<Sentence, readonly string[]>;

/** The sentence's terms (tokens without stopwords, stemmed for its language, accents folded). */
export function sentenceTerms(sentence: Sentence, memo: SentenceTermsMemo): readonly string[] {
  let found = memo.get(sentence);
  if (!found) {
    found = terms(sentence.text, sentence.language);
    memo.set(sentence, found);
  }
  return found;
}

/** The sentences of an article's paragraphs (not headings), in reading order: what is indexed. */
export function paragraphSentences(article: Article): readonly Sentence[] {
  return article.passages.filter((p) => p.kind === "paragraph").flatMap((p) => p.sentences);
}
