/**
 * The definitions of `normalizeTypography` and `foldDiacritics` (src/nlp/normalize.ts) with
 * regular expressions and `String#normalize`. The production functions give the same in one scan
 * and from a table; the tests compare them.
 */

/** Line and paragraph separators and CR/CRLF: all become "\n". */
const LINE_BREAKS = /\r\n?|[\u2028\u2029]/g;

/**
 * Zero-width characters, word joiner, BOM, soft hyphen, and C0/C1 control characters
 * except "\t" and "\n" (CR was turned into "\n" before).
 */
// biome-ignore lint/suspicious/noControlCharactersInRegex: removing control characters is the point.
const INVISIBLES = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u00AD\u200B-\u200D\u2060\uFEFF]/g;

/** NBSP, narrow NBSP, Ogham space, en/em/thin/hair spaces, medium math space, ideographic space. */
const SPACES = /[\u00A0\u1680\u2000-\u200A\u202F\u205F\u3000]/g;

const APOSTROPHES = /[\u2019\u2018\u02BC\u2032\u00B4`]/g;
const DOUBLE_QUOTES = /[\u201C\u201D\u201E\u201F]/g;
const AFTER_OPENING_GUILLEMET = /« +/g;
const BEFORE_CLOSING_GUILLEMET = / +»/g;
const SPACE_RUNS = / {2,}/g;

/** The definition `normalizeTypography` implements in one scan: eight replacements in order. */
export function normalizeTypographyByRegex(text: string): string {
  return text
    .replace(LINE_BREAKS, "\n")
    .replace(INVISIBLES, "")
    .replace(SPACES, " ")
    .replace(APOSTROPHES, "'")
    .replace(DOUBLE_QUOTES, '"')
    .replace(AFTER_OPENING_GUILLEMET, "«")
    .replace(BEFORE_CLOSING_GUILLEMET, "»")
    .replace(SPACE_RUNS, " ");
}

const COMBINING_MARKS = /\p{M}/gu;
const LIGATURES: Readonly<Record<string, string>> = { œ: "oe", Œ: "OE", æ: "ae", Æ: "AE" };

/** The definition of `foldDiacritics`, for any text. */
export function foldDiacriticsByNormalize(s: string): string {
  return s
    .normalize("NFD")
    .replace(COMBINING_MARKS, "")
    .replace(/[œŒæÆ]/g, (ligature) => LIGATURES[ligature] ?? ligature);
}
