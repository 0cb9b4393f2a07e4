/**
 * Word tokenization for French and English news text.
 *
 * Own tokenizer rather than natural's: AggressiveTokenizerFr splits "aujourd'hui" and
 * "100 000" apart, keeps "OTAN-Russie" and "a-t-il" whole and leaves elided "l"/"qu" as
 * tokens; the English AggressiveTokenizer knows no accented letters at all.
 */

import { charClass } from "./charClass.js";
import {
  APOSTROPHE,
  COMMA,
  HYPHEN,
  isAsciiDigit,
  isAsciiLower,
  isAsciiUpper,
  PERIOD,
  SPACE,
} from "./charCodes.js";
import type { Language } from "./language.js";
import { normalizeTypography } from "./normalize.js";

/** Digit groups of three after 1–3 digits, separated by a space or an apostrophe: "100 000", "100'000". */
const GROUPED_NUMBER = /(?<![\d.,])\d{1,3}(?:[ ']\d{3})+(?![\d])/g;
/** English thousands separators: "100,000". */
const COMMA_GROUPED_NUMBER = /^\d{1,3}(?:,\d{3})+$/;

/** French elided words, stripped from the front of a token ("l'OTAN" → "otan"). */
const ELISION = /^(?:jusqu|lorsqu|puisqu|quoiqu|qu|[ldjnscmt])'/;
/** The same words left alone before a space or a stray quote ("d' »autres"). */
const BARE_ELISIONS = new Set([
  "jusqu'",
  "lorsqu'",
  "puisqu'",
  "quoiqu'",
  "qu'",
  "l'",
  "d'",
  "j'",
  "n'",
  "s'",
  "c'",
  "m'",
  "t'",
]);
const POSSESSIVE = /'s$/;
/** Subject pronouns after a euphonic "-t-" in French inversions ("a-t-il", "va-t-on"). */
const INVERTED_PRONOUNS = new Set(["il", "elle", "on", "ils", "elles"]);

function splitHyphenated(token: string): string[] {
  const parts = token.split("-").filter((part) => part !== "");
  return parts.filter(
    (part, index) => !(part === "t" && index > 0 && INVERTED_PRONOUNS.has(parts[index + 1] ?? "")),
  );
}

/**
 * Lowercase word tokens of `text`, in order. French elisions (l', d', qu', jusqu'…) are
 * stripped, hyphenated words are split ("a-t-il" → "a", "il"; "OTAN-Russie" → "otan",
 * "russie"), a trailing English "'s" is dropped, digit groups are joined ("100 000" →
 * "100000"; for English also "100,000"), decimals stay whole ("3.5"). Punctuation, symbols
 * and emoji produce no token. Contractions such as "doesn't" and "aujourd'hui" stay whole.
 */
export function tokenize(text: string, language: Language): string[] {
  const typed = normalizeTypography(text.normalize("NFC"));
  // Most texts have no "100 000": skip the look-behind search for them.
  const normalized = hasDigitGroup(typed)
    ? typed.replace(GROUPED_NUMBER, (n) => n.replace(/[ ']/g, ""))
    : typed;
  const tokens: string[] = [];
  for (const raw of rawTokens(normalized)) addToken(tokens, raw.toLowerCase(), language);
  return tokens;
}

/**
 * The raw tokens of normalised text: each a decimal number ("3.5", "1,5"), or letters/digits
 * joined by internal apostrophes or hyphens, with an optional trailing apostrophe (an elision
 * before a space) — the matches of RAW_TOKEN,
 * `/\d+(?:[.,]\d+)+|[\p{L}\p{M}\p{N}]+(?:['-][\p{L}\p{M}\p{N}]+)*'?/gu`, found by a scan over code
 * points: cheaper than the Unicode regular expression, whose match objects `tokenize` threw
 * away. The tests compare the two (tests/helpers/rawTokensByRegex.ts).
 */
export function rawTokens(normalized: string): string[] {
  const found: string[] = [];
  let i = 0;
  while (i < normalized.length) {
    const codePoint = normalized.codePointAt(i) ?? 0;
    if (!isTokenChar(codePoint)) {
      i += codePoint > 0xffff ? 2 : 1;
      continue;
    }
    const end = decimalEnd(normalized, i) ?? wordEnd(normalized, i);
    found.push(normalized.slice(i, end));
    i = end;
  }
  return found;
}

/** Elisions, possessives, English digit groups and hyphens of one lowercase raw token. */
function addToken(tokens: string[], lower: string, language: Language): void {
  let token = lower;
  // Elisions and possessives need an apostrophe: most tokens skip the three checks.
  if (token.includes("'")) {
    if (BARE_ELISIONS.has(token)) return;
    if (token.endsWith("'")) token = token.slice(0, -1);
    token = token.replace(ELISION, "").replace(POSSESSIVE, "");
  }
  if (language === "en" && token.includes(",") && COMMA_GROUPED_NUMBER.test(token)) {
    token = token.replace(/,/g, "");
  }
  if (!token.includes("-")) {
    if (token !== "") tokens.push(token);
    return;
  }
  for (const part of splitHyphenated(token)) if (part !== "") tokens.push(part);
}

/** Whether a digit, a space or apostrophe and a digit follow each other (GROUPED_NUMBER needs it). */
function hasDigitGroup(text: string): boolean {
  const last = text.length - 2;
  for (let i = 0; i < last; i++) {
    if (!isAsciiDigit(text.charCodeAt(i))) continue;
    const separator = text.charCodeAt(i + 1);
    if ((separator === SPACE || separator === APOSTROPHE) && isAsciiDigit(text.charCodeAt(i + 2))) {
      return true;
    }
  }
  return false;
}

const TOKEN_CHAR = charClass(/[\p{L}\p{M}\p{N}]/u);

/** `[\p{L}\p{M}\p{N}]` for one code point; ASCII answered by its code. */
function isTokenChar(codePoint: number): boolean {
  if (codePoint < 0x80) {
    return isAsciiLower(codePoint) || isAsciiUpper(codePoint) || isAsciiDigit(codePoint);
  }
  return TOKEN_CHAR.hasCodePoint(codePoint);
}

/** End of the token-character run starting at `i` (RAW_TOKEN's `[\p{L}\p{M}\p{N}]+`). */
function runEnd(text: string, i: number): number {
  let j = i;
  while (j < text.length) {
    const codePoint = text.codePointAt(j) ?? 0;
    if (!isTokenChar(codePoint)) break;
    j += codePoint > 0xffff ? 2 : 1;
  }
  return j;
}

/** End of RAW_TOKEN's first branch, `\d+(?:[.,]\d+)+`, at `i`; undefined when it does not match. */
function decimalEnd(text: string, i: number): number | undefined {
  let j = i;
  while (isAsciiDigit(text.charCodeAt(j))) j++;
  if (j === i) return undefined;
  let groups = 0;
  for (;;) {
    const separator = text.charCodeAt(j);
    if ((separator !== PERIOD && separator !== COMMA) || !isAsciiDigit(text.charCodeAt(j + 1))) {
      break;
    }
    j += 2;
    while (isAsciiDigit(text.charCodeAt(j))) j++;
    groups++;
  }
  return groups > 0 ? j : undefined;
}

/** End of RAW_TOKEN's second branch, `[\p{L}\p{M}\p{N}]+(?:['-][\p{L}\p{M}\p{N}]+)*'?`, at `i`. */
function wordEnd(text: string, i: number): number {
  let j = runEnd(text, i);
  for (;;) {
    const joiner = text.charCodeAt(j);
    if (joiner !== APOSTROPHE && joiner !== HYPHEN) break;
    const after = runEnd(text, j + 1);
    if (after === j + 1) break;
    j = after;
  }
  return text.charCodeAt(j) === APOSTROPHE ? j + 1 : j;
}
