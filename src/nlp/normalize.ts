/**
 * Typographic clean-up applied before tokenizing or comparing texts. The output has the
 * same words as the input; only invisible characters, exotic spaces and quote/apostrophe
 * variants change, so "l’OTAN" and "l'OTAN", or "100 000" and "100 000", look alike.
 */

import { CR, LEFT_GUILLEMET, LF, RIGHT_GUILLEMET, SPACE as SPACE_CHAR } from "./charCodes.js";

/**
 * Zero-width characters, word joiner, BOM, soft hyphen, and C0/C1 control characters
 * except "\t" and "\n".
 */
// biome-ignore lint/suspicious/noControlCharactersInRegex: removing control characters is the point.
const INVISIBLES = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u00AD\u200B-\u200D\u2060\uFEFF]/g;

/**
 * Returns `text` with: CR/CRLF and U+2028/U+2029 as "\n"; zero-width characters, soft
 * hyphens, BOM and control characters (except "\n", "\t") removed; Unicode spaces as " ";
 * ’ ‘ ʼ ′ ´ ` as "'"; “ ” „ ‟ as '"'; « and » kept without inner spacing ("« La »" →
 * "«La»"); runs of spaces collapsed to one. Newlines and tabs are kept.
 *
 * One scan instead of the eight replacements with regular expressions that define it
 * (tests/helpers/normalizeByRegex.ts, which the tests compare it with): the function runs on
 * every block and sentence, often on text it already normalised, which then comes back
 * unchanged without a copy.
 */
export function normalizeTypography(text: string): string {
  const n = text.length;
  let out = "";
  /** Start of the input not yet copied to `out`. */
  let from = 0;
  /** Last character code written to `out` (-1: none yet). */
  let tail = -1;
  let i = 0;
  while (i < n) {
    const code = text.charCodeAt(i);
    const kind = TYPOGRAPHY_KIND[code] ?? KEEP;
    if (kind === KEEP) {
      i++;
      continue;
    }
    let replacement: string;
    let next = i + 1;
    if (kind === SPACE) {
      // A run of spaces (and of invisibles inside it): none after "«" or before "»", else one " ".
      while (next < n) {
        const k = TYPOGRAPHY_KIND[text.charCodeAt(next)] ?? KEEP;
        if (k !== SPACE && k !== INVISIBLE) break;
        next++;
      }
      const before = i > from ? text.charCodeAt(i - 1) : tail;
      const dropped = before === LEFT_GUILLEMET || text.charCodeAt(next) === RIGHT_GUILLEMET;
      if (!dropped && code === SPACE_CHAR && next === i + 1) {
        i = next; // a single plain space: already as it should be
        continue;
      }
      replacement = dropped ? "" : " ";
    } else if (kind === INVISIBLE) {
      replacement = "";
    } else if (kind === LINE_BREAK) {
      if (code === CR && text.charCodeAt(next) === LF) next++;
      replacement = "\n";
    } else {
      replacement = kind === APOSTROPHE ? "'" : '"';
    }
    if (i > from) {
      out += text.slice(from, i);
      tail = text.charCodeAt(i - 1);
    }
    if (replacement !== "") {
      out += replacement;
      tail = replacement.charCodeAt(0);
    }
    from = next;
    i = next;
  }
  if (from === 0) return text;
  return from < n ? out + text.slice(from) : out;
}

const KEEP = 0;
const SPACE = 1;
const INVISIBLE = 2;
const LINE_BREAK = 3;
const APOSTROPHE = 4;
const DOUBLE_QUOTE = 5;

/** What `normalizeTypography` does with each UTF-16 code unit (KEEP for most). */
const TYPOGRAPHY_KIND = typographyKinds();

/**
 * The characters of the definition's classes: line breaks (CR, U+2028, U+2029), invisibles
 * (INVISIBLES but CR), spaces (" ", NBSP, narrow NBSP, Ogham space, en/em/thin/hair spaces,
 * medium math space, ideographic space), apostrophes (’ ‘ ʼ ′ ´ `) and double quotes (“ ” „ ‟).
 */
function typographyKinds(): Uint8Array {
  const kinds = new Uint8Array(0x10000);
  const mark = (kind: number, first: number, last = first): void => {
    kinds.fill(kind, first, last + 1);
  };
  mark(INVISIBLE, 0x00, 0x08);
  mark(INVISIBLE, 0x0b, 0x1f);
  mark(INVISIBLE, 0x7f, 0x9f);
  for (const code of [0xad, 0x2060, 0xfeff]) mark(INVISIBLE, code);
  mark(INVISIBLE, 0x200b, 0x200d);
  // "\r" is in the control range but becomes a line break: that replacement runs first.
  for (const code of [0x0d, 0x2028, 0x2029]) mark(LINE_BREAK, code);
  for (const code of [0x20, 0xa0, 0x1680, 0x202f, 0x205f, 0x3000]) mark(SPACE, code);
  mark(SPACE, 0x2000, 0x200a);
  for (const code of [0x2019, 0x2018, 0x02bc, 0x2032, 0xb4, 0x60]) mark(APOSTROPHE, code);
  mark(DOUBLE_QUOTE, 0x201c, 0x201f);
  return kinds;
}

const COMBINING_MARKS = /\p{M}/gu;
const LIGATURES: Readonly<Record<string, string>> = { œ: "oe", Œ: "OE", æ: "ae", Æ: "AE" };

/**
 * Accent-insensitive form for matching: canonical decomposition (NFD) with every combining
 * mark removed, and the ligatures œ/æ spelled out ("Élargissement" → "Elargissement",
 * "cœur" → "coeur"). Case is preserved.
 *
 * Fast path: text made only of Latin letters (U+0000–U+024F) and general punctuation
 * (U+2000–U+206F), nearly all news text, is folded one character at a time from a table.
 * That equals the general path, `foldByNormalize`: those characters have no combining class, so
 * NFD never reorders across them and decomposes each on its own. Any other character (a
 * combining mark, Greek, an emoji…) sends the whole text through the general path. The tests
 * compare both with the definition (tests/helpers/normalizeByRegex.ts).
 */
export function foldDiacritics(s: string): string {
  const n = s.length;
  let out = "";
  let from = 0;
  for (let i = 0; i < n; i++) {
    const code = s.charCodeAt(i);
    if (code < 0x80) continue;
    const folded = foldedChar(code);
    if (folded === undefined) return foldByNormalize(s);
    if (folded === null) continue;
    out += s.slice(from, i) + folded;
    from = i + 1;
  }
  if (from === 0) return s;
  return from < n ? out + s.slice(from) : out;
}

/** Folded form of one character of the fast path; null when it is unchanged, undefined outside it. */
function foldedChar(code: number): string | null | undefined {
  if (code < LATIN_END) return LATIN_FOLDS[code];
  if (code >= PUNCTUATION_START && code < PUNCTUATION_END) return null;
  return undefined;
}

const LATIN_END = 0x250;
/** General punctuation past the spaces (U+2000/U+2001 decompose): no decomposition, no mark. */
const PUNCTUATION_START = 0x2010;
const PUNCTUATION_END = 0x2070;

/** `foldByNormalize` of each character below LATIN_END; null where it is unchanged. */
const LATIN_FOLDS: readonly (string | null)[] = Array.from({ length: LATIN_END }, (_, code) => {
  const ch = String.fromCharCode(code);
  const folded = foldByNormalize(ch);
  return folded === ch ? null : folded;
});

/** `foldDiacritics` for any text: NFD, combining marks removed, ligatures spelled out. */
function foldByNormalize(s: string): string {
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
