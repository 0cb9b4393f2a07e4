import { terms } from "../nlp/index.js";
import type { Sentence } from "./types.js";

/** Sentence objects are shared by the cleaning and indexing passes: their terms are computed once. */
const cache = new WeakMap<Sentence, readonly string[]>();

/** The sentence's terms (tokens without stopwords, stemmed for its language, accents folded). */
export function sentenceTerms(sentence: Sentence): readonly string[] {
  let found = cache.get(sentence);
  if (!found) {
    found = terms(sentence.text, sentence.language);
    cache.set(sentence, found);
  }
  return found;
}
