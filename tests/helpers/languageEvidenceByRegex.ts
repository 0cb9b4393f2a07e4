import {
  ENGLISH_CONTRACTION,
  ENGLISH_WORDS,
  FRENCH_ELISION,
  FRENCH_WORDS,
  type LanguageEvidence,
} from "../../src/nlp/detectLanguage.js";
import { normalizeTypography } from "../../src/nlp/normalize.js";

const WORD = /[\p{L}\p{M}]+(?:'[\p{L}\p{M}]+)*/gu;
const FRENCH_DIACRITICS = /[àâæçéèêëîïôœùûüÿ]/;

/**
 * The definition of `languageEvidence` with regular expressions: WORD's matches, each looked up
 * in the function words, elisions and contractions tested on those with an apostrophe, and
 * FRENCH_DIACRITICS. `languageEvidence` gives the same by a scan; the tests compare the two.
 */
export function languageEvidenceByRegex(text: string): LanguageEvidence {
  const words = normalizeTypography(text.normalize("NFC")).toLowerCase().match(WORD) ?? [];
  let french = 0;
  let english = 0;
  let accented = 0;
  for (const word of words) {
    french += FRENCH_WORDS.get(word) ?? 0;
    english += ENGLISH_WORDS.get(word) ?? 0;
    if (word.includes("'")) {
      if (FRENCH_ELISION.test(word)) french += 1;
      else if (ENGLISH_CONTRACTION.test(word)) english += 1;
    }
    if (FRENCH_DIACRITICS.test(word)) accented += 1;
  }
  return { words: words.length, french, english, accented };
}
