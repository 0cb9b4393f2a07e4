import { unitsWhere } from "./patternScan.js";

/** A word written starting with a lower-case letter: the definition `addLowerCaseWords` follows. */
export const LOWER_CASE_WORD = /(?<![\p{L}'’-])\p{Ll}[\p{L}\p{M}]+/gu;

const isLetter = unitsWhere(/^\p{L}$/u);
const isLowerCase = unitsWhere(/^\p{Ll}$/u);
const isMark = unitsWhere(/^\p{M}$/u);
const SURROGATE = /[\uD800-\uDFFF]/;
const APOSTROPHE = 0x27;
const RIGHT_QUOTE = 0x2019;
const HYPHEN = 0x2d;

const inWord = (unit: number): boolean => isLetter(unit) || isMark(unit);

/**
 * Adds to `words` every match of `LOWER_CASE_WORD` in `text`, found by one pass over its code
 * units: V8 tries that regex's lookbehind and Unicode classes at every character, which made it
 * the slowest part of finding people. A match starts at a lower-case letter not preceded by a
 * letter, an apostrophe or a hyphen, and takes every letter and mark after it (at least one);
 * the search goes on after it. Text with surrogates (where the regex counts code points) goes
 * through the regex itself.
 */
export function addLowerCaseWords(text: string, words: Set<string>): void {
  if (SURROGATE.test(text)) {
    LOWER_CASE_WORD.lastIndex = 0;
    for (let m = LOWER_CASE_WORD.exec(text); m !== null; m = LOWER_CASE_WORD.exec(text)) {
      words.add(m[0]);
    }
    LOWER_CASE_WORD.lastIndex = 0;
    return;
  }
  let blocked = false; // the previous character is one the lookbehind refuses
  for (let at = 0; at < text.length; at++) {
    const unit = text.charCodeAt(at);
    if (!blocked && isLowerCase(unit) && at + 1 < text.length && inWord(text.charCodeAt(at + 1))) {
      let end = at + 2;
      while (end < text.length && inWord(text.charCodeAt(end))) end++;
      words.add(text.slice(at, end));
      // The character at `end` is no letter, so it starts no word whatever precedes it.
      blocked = false;
      at = end - 1;
      continue;
    }
    blocked = isLetter(unit) || unit === APOSTROPHE || unit === RIGHT_QUOTE || unit === HYPHEN;
  }
}
