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

/**
 * The comparable terms of `text`, in order and with repeats: tokens, minus stopwords and
 * one-character tokens, stemmed, then lowercased without diacritics. "Négociations",
 * "négociation" and "negociations" all give "negoci"; "OTAN" and "otan" give "otan".
 */
export function terms(text: string, language: Language): string[] {
  const result: string[] = [];
  for (const token of tokenize(text, language)) {
    if ([...token].length < 2 || isStopword(token, language)) continue;
    const term = foldDiacritics(stem(token, language)).toLowerCase();
    if (term !== "") result.push(term);
  }
  return result;
}
