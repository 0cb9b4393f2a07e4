/**
 * Word tokenization for French and English news text.
 *
 * Own tokenizer rather than natural's: AggressiveTokenizerFr splits "aujourd'hui" and
 * "100 000" apart, keeps "OTAN-Russie" and "a-t-il" whole and leaves elided "l"/"qu" as
 * tokens; the English AggressiveTokenizer knows no accented letters at all.
 */

import type { Language } from "./language.js";
import { normalizeTypography } from "./normalize.js";

/** Digit groups of three after 1–3 digits, separated by a space or an apostrophe: "100 000", "100'000". */
const GROUPED_NUMBER = /(?<![\d.,])\d{1,3}(?:[ ']\d{3})+(?![\d])/g;
/** English thousands separators: "100,000". */
const COMMA_GROUPED_NUMBER = /^\d{1,3}(?:,\d{3})+$/;

/**
 * A raw token: a decimal number ("3.5", "1,5"), or letters/digits joined by internal
 * apostrophes or hyphens, with an optional trailing apostrophe (an elision before a space).
 */
const RAW_TOKEN = /\d+(?:[.,]\d+)+|[\p{L}\p{M}\p{N}]+(?:['-][\p{L}\p{M}\p{N}]+)*'?/gu;

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
  const normalized = normalizeTypography(text.normalize("NFC")).replace(GROUPED_NUMBER, (n) =>
    n.replace(/[ ']/g, ""),
  );
  const tokens: string[] = [];
  for (const match of normalized.matchAll(RAW_TOKEN)) {
    let token = match[0].toLowerCase();
    // Elisions and possessives need an apostrophe: most tokens skip the three checks.
    if (token.includes("'")) {
      if (BARE_ELISIONS.has(token)) continue;
      if (token.endsWith("'")) token = token.slice(0, -1);
      token = token.replace(ELISION, "").replace(POSSESSIVE, "");
    }
    if (language === "en" && COMMA_GROUPED_NUMBER.test(token)) token = token.replace(/,/g, "");
    for (const part of token.includes("-") ? splitHyphenated(token) : [token]) {
      if (part !== "") tokens.push(part);
    }
  }
  return tokens;
}
