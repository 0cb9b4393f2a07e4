/**
 * Stemming and the `terms` pipeline the engine uses to compare texts.
 */

import porterStemmer from "natural/lib/natural/stemmers/porter_stemmer.js";
import porterStemmerFr from "natural/lib/natural/stemmers/porter_stemmer_fr.js";
import type { Language } from "./language.js";
import { foldDiacritics } from "./normalize.js";
import { isStopword } from "./stopwords.js";
import { tokenize } from "./tokens.js";

/** Letters that occur in French words but not in English ones. */
const FRENCH_DIACRITICS = /[àâæçéèêëîïôœùûüÿ]/i;

/**
 * Lowercase stem of one token: natural's PorterStemmerFr (Snowball French) for "fr", its
 * PorterStemmer for "en". For "und" a token with a French diacritic gets the French stemmer
 * and any other token the English one, a per-word guess that needs no context. The stem may
 * keep accents ("négociations" → "négoci"); `terms` folds them.
 */
export function stem(token: string, language: Language): string {
  const french = language === "fr" || (language === "und" && FRENCH_DIACRITICS.test(token));
  return (french ? porterStemmerFr : porterStemmer).stem(token);
}

/** Largest number of distinct tokens remembered per language (news vocabularies stay far below). */
const MAX_CACHED_TOKENS = 500_000;
/** Token → term ("" for a stopword or a too-short token), per language: stemming is pure and costly. */
const termCache: Record<Language, Map<string, string>> = {
  fr: new Map(),
  en: new Map(),
  und: new Map(),
};

/**
 * Term → the one string object every token with that term gets: "négociations", "négociation"
 * and "negociations" all give the same "negoci", so a year of sentences holds each term once
 * rather than once per spelling it came from (and comparing two is comparing pointers).
 */
const canonicalTerms = new Map<string, string>();

/** The term of one lowercase token, "" when it is not one (stopword, one character). */
function termOf(token: string, language: Language): string {
  const cache = termCache[language];
  let term = cache.get(token);
  if (term === undefined) {
    term =
      [...token].length < 2 || isStopword(token, language)
        ? ""
        : canonical(foldDiacritics(stem(token, language)).toLowerCase());
    if (cache.size >= MAX_CACHED_TOKENS) {
      cache.clear();
      canonicalTerms.clear();
    }
    cache.set(token, term);
  }
  return term;
}

/**
 * The one string object for `term` (see `canonicalTerms`): terms that crossed from a worker
 * thread arrive as new strings, one per occurrence.
 */
export function canonical(term: string): string {
  const known = canonicalTerms.get(term);
  if (known !== undefined) return known;
  canonicalTerms.set(term, term);
  return term;
}

/**
 * The comparable terms of `text`, in order and with repeats: tokens, minus stopwords and
 * one-character tokens, stemmed, then lowercased without diacritics. "Négociations",
 * "négociation" and "negociations" all give "negoci"; "OTAN" and "otan" give "otan".
 * A token's term is computed once per language and remembered (Zipf: a few thousand words make
 * most of any news text).
 */
export function terms(text: string, language: Language): string[] {
  const result: string[] = [];
  for (const token of tokenize(text, language)) {
    const term = termOf(token, language);
    if (term !== "") result.push(term);
  }
  return result;
}
