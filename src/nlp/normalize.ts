/**
 * Typographic clean-up applied before tokenizing or comparing texts. The output has the
 * same words as the input; only invisible characters, exotic spaces and quote/apostrophe
 * variants change, so "l’OTAN" and "l'OTAN", or "100 000" and "100 000", look alike.
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

/**
 * Returns `text` with: CR/CRLF and U+2028/U+2029 as "\n"; zero-width characters, soft
 * hyphens, BOM and control characters (except "\n", "\t") removed; Unicode spaces as " ";
 * ’ ‘ ʼ ′ ´ ` as "'"; “ ” „ ‟ as '"'; « and » kept without inner spacing ("« La »" →
 * "«La»"); runs of spaces collapsed to one. Newlines and tabs are kept.
 */
export function normalizeTypography(text: string): string {
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

/**
 * Accent-insensitive form for matching: canonical decomposition (NFD) with every combining
 * mark removed, and the ligatures œ/æ spelled out ("Élargissement" → "Elargissement",
 * "cœur" → "coeur"). Case is preserved.
 */
export function foldDiacritics(s: string): string {
  return s
    .normalize("NFD")
    .replace(COMBINING_MARKS, "")
    .replace(/[œŒæÆ]/g, (ligature) => LIGATURES[ligature] ?? ligature);
}

/**
 * Removes control and invisible characters but keeps the typography as written: what display
 * text goes through, so corpus text can never carry terminal escape sequences to a user.
 */
export function stripInvisibles(text: string): string {
  return text.replace(INVISIBLES, "");
}
