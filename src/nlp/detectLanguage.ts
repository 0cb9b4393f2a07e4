/**
 * French/English identification from function words.
 *
 * Method: each word that is a distinctive function word of one language (and rare as a
 * word of the other) adds its weight to that language; French elisions ("l'", "qu'") and
 * English contractions ("n't", "'s", "'re") count 1 each. The higher score wins when it is at
 * least MIN_SCORE and twice the other. Otherwise French diacritics break the tie: the text
 * is French if it has accented words and at least as much French as English evidence.
 * Ambiguous words ("a", "on", "en", "son", "us", "or") are left out on purpose.
 */

import type { Language } from "./language.js";
import { normalizeTypography } from "./normalize.js";

const MIN_WORDS = 3;
const MIN_SCORE = 2;

const FRENCH_WORDS: ReadonlyMap<string, number> = new Map([
  ...weighted(2, ["le", "les", "des", "du", "est", "une", "dans", "pas", "avec", "sont", "été"]),
  ...weighted(1, ["la", "de", "et", "que", "qui", "pour", "sur", "au", "aux", "ce", "cette"]),
  ...weighted(1, ["ces", "il", "elle", "ils", "elles", "nous", "vous", "ne", "se", "sa", "ses"]),
  ...weighted(1, ["leur", "leurs", "mais", "où", "par", "plus", "selon", "aussi", "très"]),
  ...weighted(1, ["déclaré", "être", "avoir", "ont", "était", "sera", "entre", "après", "lors"]),
]);

const ENGLISH_WORDS: ReadonlyMap<string, number> = new Map([
  ...weighted(2, ["the", "and", "of", "is", "are", "was", "were", "that", "with", "this"]),
  ...weighted(1, ["to", "in", "for", "at", "by", "from", "it", "its", "has", "have", "had"]),
  ...weighted(1, ["be", "been", "will", "would", "said", "says", "not", "but", "they", "their"]),
  ...weighted(1, ["which", "who", "an", "as", "we", "he", "she", "our", "you", "because"]),
  ...weighted(1, ["about", "after", "before", "between", "into", "over", "could", "should"]),
]);

function weighted(weight: number, words: readonly string[]): [string, number][] {
  return words.map((word) => [word, weight]);
}

const WORD = /[\p{L}\p{M}]+(?:'[\p{L}\p{M}]+)*/gu;
const FRENCH_ELISION = /^(?:l|d|j|qu|n|s|c|m|t|jusqu|lorsqu|puisqu|quoiqu)'\p{L}/u;
const ENGLISH_CONTRACTION = /\p{L}(?:n't|'s|'re|'ve|'ll|'m|'d)$/u;
const FRENCH_DIACRITICS = /[àâæçéèêëîïôœùûüÿ]/;

/**
 * "fr" or "en" for `text`, or `fallback` when it has fewer than MIN_WORDS words or the
 * evidence is too weak to call (single names, "Propositions de Moscou").
 */
export function detectLanguage(text: string, fallback: Language = "und"): Language {
  const words = normalizeTypography(text.normalize("NFC")).toLowerCase().match(WORD) ?? [];
  if (words.length < MIN_WORDS) return fallback;
  let french = 0;
  let english = 0;
  let accented = 0;
  for (const word of words) {
    french += FRENCH_WORDS.get(word) ?? 0;
    english += ENGLISH_WORDS.get(word) ?? 0;
    if (FRENCH_ELISION.test(word)) french += 1;
    else if (ENGLISH_CONTRACTION.test(word)) english += 1;
    if (FRENCH_DIACRITICS.test(word)) accented += 1;
  }
  if (french >= MIN_SCORE && french >= 2 * english) return "fr";
  if (english >= MIN_SCORE && english >= 2 * french) return "en";
  if (accented > 0 && french > 0 && french >= english) return "fr";
  return fallback;
}
