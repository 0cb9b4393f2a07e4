import { foldDiacritics } from "../../src/nlp/index.js";

/**
 * The definition of `blockKey` with regular expressions: case and accents folded, each run of
 * punctuation and symbols a space, whitespace runs one space, trimmed. `blockKey` gives the same
 * in one scan; the tests compare the two.
 */
export function blockKeyByRegex(block: string): string {
  return foldDiacritics(block.toLowerCase())
    .replace(/[\p{P}\p{S}]+/gu, " ")
    .replace(/\s+/g, " ")
    .trim();
}
