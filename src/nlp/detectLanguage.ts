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

import { charClass } from "./charClass.js";
import { APOSTROPHE, isAsciiLower, isAsciiUpper } from "./charCodes.js";
import type { Language } from "./language.js";
import { normalizeTypography } from "./normalize.js";

const MIN_WORDS = 3;
const MIN_SCORE = 2;

export const FRENCH_WORDS: ReadonlyMap<string, number> = new Map([
  ...weighted(2, ["le", "les", "des", "du", "est", "une", "dans", "pas", "avec", "sont", "été"]),
  ...weighted(1, ["la", "de", "et", "que", "qui", "pour", "sur", "au", "aux", "ce", "cette"]),
  ...weighted(1, ["ces", "il", "elle", "ils", "elles", "nous", "vous", "ne", "se", "sa", "ses"]),
  ...weighted(1, ["leur", "leurs", "mais", "où", "par", "plus", "selon", "aussi", "très"]),
  ...weighted(1, ["déclaré", "être", "avoir", "ont", "était", "sera", "entre", "après", "lors"]),
]);

export const ENGLISH_WORDS: ReadonlyMap<string, number> = new Map([
  ...weighted(2, ["the", "and", "of", "is", "are", "was", "were", "that", "with", "this"]),
  ...weighted(1, ["to", "in", "for", "at", "by", "from", "it", "its", "has", "have", "had"]),
  ...weighted(1, ["be", "been", "will", "would", "said", "says", "not", "but", "they", "their"]),
  ...weighted(1, ["which", "who", "an", "as", "we", "he", "she", "our", "you", "because"]),
  ...weighted(1, ["about", "after", "before", "between", "into", "over", "could", "should"]),
]);

function weighted(weight: number, words: readonly string[]): [string, number][] {
  return words.map((word) => [word, weight]);
}

export const FRENCH_ELISION = /^(?:l|d|j|qu|n|s|c|m|t|jusqu|lorsqu|puisqu|quoiqu)'\p{L}/u;
export const ENGLISH_CONTRACTION = /\p{L}(?:n't|'s|'re|'ve|'ll|'m|'d)$/u;

/** What the language decision looks at in a text; evidence of consecutive lines adds up. */
export interface LanguageEvidence {
  readonly words: number;
  readonly french: number;
  readonly english: number;
  /** Words with a French diacritic. */
  readonly accented: number;
}

/**
 * The function-word evidence of `text`. Texts joined by line breaks have the sum of theirs.
 * Words are runs of letters and marks joined by apostrophes, the matches of
 * `[\p{L}\p{M}]+(?:'[\p{L}\p{M}]+)*` (with the u flag), found by a scan; the tests compare it with
 * that definition (tests/helpers/languageEvidenceByRegex.ts).
 */
export function languageEvidence(text: string): LanguageEvidence {
  const lower = normalizeTypography(text.normalize("NFC")).toLowerCase();
  let words = 0;
  let french = 0;
  let english = 0;
  let accented = 0;
  // Only the words short enough to be function words, or with an apostrophe, are cut out as
  // strings; diacritics are noticed on the way.
  const n = lower.length;
  let i = 0;
  while (i < n) {
    const first = lower.codePointAt(i) ?? 0;
    if (!isWordChar(first)) {
      i += first > 0xffff ? 2 : 1;
      continue;
    }
    const start = i;
    let apostrophe = false;
    let diacritic = false;
    for (;;) {
      while (i < n) {
        const code = lower.codePointAt(i) ?? 0;
        if (!isWordChar(code)) break;
        if (code >= 0xe0 && FRENCH_DIACRITIC_CODES.has(code)) diacritic = true;
        i += code > 0xffff ? 2 : 1;
      }
      if (lower.charCodeAt(i) !== APOSTROPHE || !isWordChar(lower.codePointAt(i + 1) ?? 0)) break;
      apostrophe = true;
      i++;
    }
    words++;
    if (diacritic) accented++;
    if (i - start > LONGEST_FUNCTION_WORD && !apostrophe) continue;
    const word = lower.slice(start, i);
    const weights = FUNCTION_WORDS.get(word);
    if (weights !== undefined) {
      french += weights[0];
      english += weights[1];
    }
    if (apostrophe) {
      if (FRENCH_ELISION.test(word)) french += 1;
      else if (ENGLISH_CONTRACTION.test(word)) english += 1;
    }
  }
  return { words, french, english, accented };
}

const WORD_CHAR = charClass(/[\p{L}\p{M}]/u);

/** `[\p{L}\p{M}]` for one code point; ASCII answered by its code. */
function isWordChar(codePoint: number): boolean {
  if (codePoint < 0x80) {
    return isAsciiLower(codePoint) || isAsciiUpper(codePoint);
  }
  return WORD_CHAR.hasCodePoint(codePoint);
}

/** French diacritics, by code: a word with one counts as accented. */
const FRENCH_DIACRITIC_CODES: ReadonlySet<number> = new Set(
  Array.from("àâæçéèêëîïôœùûüÿ", (ch) => ch.charCodeAt(0)),
);

/** French and English weight of each function word. */
const FUNCTION_WORDS: ReadonlyMap<string, readonly [number, number]> = new Map(
  [...new Set([...FRENCH_WORDS.keys(), ...ENGLISH_WORDS.keys()])].map((word) => [
    word,
    [FRENCH_WORDS.get(word) ?? 0, ENGLISH_WORDS.get(word) ?? 0] as const,
  ]),
);

/** No function word is longer (in UTF-16 units): longer words need no look-up. */
const LONGEST_FUNCTION_WORD = Math.max(...[...FUNCTION_WORDS.keys()].map((word) => word.length));

/** The evidence of two texts joined by a line break. */
export function addEvidence(a: LanguageEvidence, b: LanguageEvidence): LanguageEvidence {
  return {
    words: a.words + b.words,
    french: a.french + b.french,
    english: a.english + b.english,
    accented: a.accented + b.accented,
  };
}

/** "fr" or "en" from the evidence, or `fallback` when it is too thin or too weak to call. */
export function decideLanguage(evidence: LanguageEvidence, fallback: Language = "und"): Language {
  const { words, french, english, accented } = evidence;
  if (words < MIN_WORDS) return fallback;
  if (french >= MIN_SCORE && french >= 2 * english) return "fr";
  if (english >= MIN_SCORE && english >= 2 * french) return "en";
  if (accented > 0 && french > 0 && french >= english) return "fr";
  return fallback;
}

/**
 * "fr" or "en" for `text`, or `fallback` when it has fewer than MIN_WORDS words or the
 * evidence is too weak to call (single names, "Propositions de Moscou").
 */
export function detectLanguage(text: string, fallback: Language = "und"): Language {
  return decideLanguage(languageEvidence(text), fallback);
}
