/**
 * Stopwords: natural's French and English lists plus a few function words of news prose
 * that those lists miss.
 */

import stopwordsEn from "natural/lib/natural/util/stopwords.js";
import stopwordsFr from "natural/lib/natural/util/stopwords_fr.js";
import type { Language } from "./language.js";

/**
 * French additions: prepositions, conjunctions and adverbs found in nearly every article
 * (natural's list stops at pronouns, articles and the forms of "être"/"avoir"), and the
 * attribution verbs "déclaré"/"dit", the counterpart of "said" in natural's English list.
 */
const EXTRA_FR = [
  "plus",
  "selon",
  "aussi",
  "après",
  "avant",
  "lors",
  "entre",
  "comme",
  "dont",
  "si",
  "tout",
  "tous",
  "toute",
  "toutes",
  "très",
  "ainsi",
  "alors",
  "encore",
  "déjà",
  "sous",
  "vers",
  "chez",
  "depuis",
  "celle",
  "celui",
  "ceux",
  "car",
  "donc",
  "ni",
  "afin",
  "également",
  "déclaré",
  "dit",
];

/**
 * English additions: reporting verbs besides "said", "will", and the contractions our
 * tokenizer keeps whole. "us" is deliberately absent: lowercased, it is also "US".
 */
const EXTRA_EN = [
  "says",
  "say",
  "told",
  "will",
  "according",
  "however",
  "yet",
  "doesn't",
  "don't",
  "didn't",
  "won't",
  "can't",
  "isn't",
  "aren't",
  "wasn't",
  "it's",
  "that's",
  "there's",
  "we're",
  "they're",
  "we've",
  "i'm",
];

const FRENCH: ReadonlySet<string> = new Set(
  [...stopwordsFr.words, ...EXTRA_FR].map((word) => word.normalize("NFC")),
);
const ENGLISH: ReadonlySet<string> = new Set([...stopwordsEn.words, ...EXTRA_EN]);

/** Whether `token` (any case) is a stopword of `language`; "und" uses both lists. */
export function isStopword(token: string, language: Language): boolean {
  const word = token.toLowerCase();
  switch (language) {
    case "fr":
      return FRENCH.has(word);
    case "en":
      return ENGLISH.has(word);
    case "und":
      return FRENCH.has(word) || ENGLISH.has(word);
  }
}
