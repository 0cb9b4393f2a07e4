import { terms } from "../nlp/index.js";
import { ObjectMemo } from "../util/objectMemo.js";
import type { Article, Sentence } from "./types.js";

/** Sentence objects are shared by the cleaning and indexing passes: their terms are computed once. */
export const sentenceTermsMemo = new ObjectMemo<Sentence, readonly string[]>();

/** The sentence's terms (tokens without stopwords, stemmed for its language, accents folded). */
export function sentenceTerms(sentence: Sentence): readonly string[] {
  let found = sentenceTermsMemo.get(sentence);
  if (!found) {
    found = terms(sentence.text, sentence.language);
    sentenceTermsMemo.set(sentence, found);
  }
  return found;
}

/** Records terms computed elsewhere (another thread, a saved index) for this sentence object. */
export function rememberSentenceTerms(sentence: Sentence, found: readonly string[]): void {
  sentenceTermsMemo.set(sentence, found);
}

/** The sentences of an article's paragraphs (not headings), in reading order: what is indexed. */
export function paragraphSentences(article: Article): readonly Sentence[] {
  return article.passages.filter((p) => p.kind === "paragraph").flatMap((p) => p.sentences);
}
