/**
 * Sentence splitting for French and English news text.
 *
 * Why not natural's SentenceTokenizer: checked with natural 8.1.1, it splits
 * `«La discussion n'a pas été aisée. Les échanges ont été directs.», a expliqué …` into three
 * pieces (the quote's two sentences and a fragment starting with "», a expliqué"), and
 * `En effet, M. Lavrov me l'a répété` after "M." — it knows neither « » quotations nor
 * French titles, and it returns strings without offsets.
 *
 * Method: one linear scan. Quote marks are paired first (same line, at most
 * MAX_QUOTE_LENGTH apart), so terminal punctuation inside a balanced quotation never ends a
 * sentence while a stray or unbalanced mark suppresses nothing. A run of . ! ? … (plus the
 * closing quotes and brackets right after it) ends a sentence when the next visible
 * character can start one; abbreviations, initials, list numbers, decimals, domains and
 * ellipses followed by lowercase are excluded. Line breaks end a sentence after a heading-like
 * line, before a list item and at every blank line.
 */

import { charClass } from "./charClass.js";
import {
  AT_SIGN,
  COLON,
  CR,
  ELLIPSIS,
  EXCLAMATION_MARK,
  HYPHEN,
  isAsciiDigit,
  LEFT_DOUBLE_QUOTE,
  LEFT_GUILLEMET,
  LF,
  LINE_SEPARATOR,
  LOW_DOUBLE_QUOTE,
  PARAGRAPH_SEPARATOR,
  PERIOD,
  QUESTION_MARK,
  QUOTATION_MARK,
  REVERSED_DOUBLE_QUOTE,
  RIGHT_DOUBLE_QUOTE,
  RIGHT_GUILLEMET,
  SLASH,
  SMALL_W,
  SPACE,
} from "./charCodes.js";
import type { Language } from "./language.js";
import { isJsWhitespace } from "./whitespace.js";

/** One sentence: `text === input.slice(start, end)`, with no surrounding whitespace. */
export interface SentenceSpan {
  readonly text: string;
  readonly start: number;
  readonly end: number;
}

/** A quotation longer than this (in UTF-16 units) is treated as unbalanced. */
const MAX_QUOTE_LENGTH = 600;

/** Titles and abbreviations never followed by a sentence break, by language (case-sensitive). */
const ABBREVIATIONS_FR = [
  "M",
  "MM",
  "Mme",
  "Mmes",
  "Mlle",
  "Mlles",
  "Mgr",
  "Dr",
  "Pr",
  "Prof",
  "St",
  "Ste",
  "Cie",
  "av",
  "apr",
  "env",
  "cf",
  "etc",
  "éd",
  "coll",
  "ibid",
  "vs",
];
const ABBREVIATIONS_EN = [
  "Mr",
  "Mrs",
  "Ms",
  "Messrs",
  "Dr",
  "Prof",
  "St",
  "Gen",
  "Sen",
  "Rep",
  "Gov",
  "Pres",
  "Lt",
  "Col",
  "Capt",
  "Cmdr",
  "Sgt",
  "Maj",
  "Adm",
  "Rev",
  "Hon",
  "Jr",
  "Sr",
  "etc",
  "vs",
  "cf",
  "al",
  "approx",
  "ibid",
  "viz",
];
const ABBREVIATIONS: Readonly<Record<Language, ReadonlySet<string>>> = {
  fr: new Set(ABBREVIATIONS_FR),
  en: new Set(ABBREVIATIONS_EN),
  und: new Set([...ABBREVIATIONS_FR, ...ABBREVIATIONS_EN]),
};

/** Abbreviations that do not end a sentence when a number follows ("No. 10", "Dec. 2"); lowercase. */
const BEFORE_NUMBER = new Set([
  "no",
  "nos",
  "nr",
  "p",
  "pp",
  "art",
  "ch",
  "chap",
  "fig",
  "vol",
  "tel",
  "tél",
  "jan",
  "feb",
  "mar",
  "apr",
  "jun",
  "jul",
  "aug",
  "sep",
  "sept",
  "oct",
  "nov",
  "dec",
  "janv",
  "févr",
  "fév",
  "avr",
  "juil",
  "déc",
]);

/** Characters that continue a sentence rather than start one. */
const NON_STARTERS = new Set(",;:.!?…)]}»”’%‰");
/** Opening quotation marks ("'" included for English single quotes). */
const OPENING_QUOTES = new Set("«“„‟\"‘'");
/** A line ending in one of these is continued by the next line unless a blank line or list item follows. */
const CONTINUATIONS = new Set(",;:([{«“„‟‘-–—/&+=");
/** List bullets that mark an item on their own; dashes and "*" need a space after them. */
const BULLETS = new Set("•·▪◦‣●");
const DASH_BULLETS = new Set("-–—*");

const LOWERCASE = /\p{Ll}/u;
const UPPERCASE = /[\p{Lu}\p{Lt}]/u;
const NOT_A_START = /[\p{Ll}\p{Lm}\p{M}]/u;
const WORD_CHAR = /[\p{L}\p{M}\p{N}]/u;
const SINGLE_LETTER = /^\p{L}$/u;
const SINGLE_UPPERCASE = /^\p{Lu}$/u;
const ONLY_PUNCTUATION = /^[\p{P}\s]+$/u;
const LIST_NUMBER = /^\d{1,3}$/;

/** Cached per-code-unit forms of the tests above, for the loops that look at every character. */
const LOWERCASE_UNIT = charClass(LOWERCASE);
const WORD_CHAR_UNIT = charClass(WORD_CHAR);
const UPPERCASE_LETTER = charClass(/\p{Lu}/u);

const isWhitespace = isJsWhitespace;

function isLineBreak(code: number): boolean {
  return code === LF || code === CR || code === LINE_SEPARATOR || code === PARAGRAPH_SEPARATOR;
}

function isHorizontalSpace(code: number): boolean {
  return isWhitespace(code) && !isLineBreak(code);
}

function isTerminator(code: number): boolean {
  return (
    code === PERIOD || code === EXCLAMATION_MARK || code === QUESTION_MARK || code === ELLIPSIS
  );
}

function charAt(text: string, index: number): string {
  return String.fromCodePoint(text.codePointAt(index) ?? 0);
}

/** Whether the character at `index` can start a sentence after a terminator. */
function canStartSentence(text: string, index: number): boolean {
  const ch = charAt(text, index);
  return !NOT_A_START.test(ch) && !NON_STARTERS.has(ch);
}

/**
 * Role of a straight double quote from its neighbours. "glued" (a visible character on both sides,
 * as in scraped text that lost a space: `en finale."En tous les cas`, `tenir"François`) and
 * "spaced" (whitespace on both sides: `du quotidien " et`) depend on whether a quotation is
 * pending, which `pairQuotes` knows.
 */
type StraightRole = "open" | "close" | "glued" | "spaced";

/**
 * A straight double quote is opening after whitespace/brackets and before a word, closing before
 * whitespace or punctuation ("traiter les problèmes du quotidien ", a déclaré" closes too).
 */
function straightQuoteRole(text: string, index: number): StraightRole {
  const before = index > 0 ? text.charCodeAt(index - 1) : SPACE;
  const after = index + 1 < text.length ? text.charCodeAt(index + 1) : SPACE;
  const next = charAt(text, index + 1);
  const openSide = isWhitespace(before) || "([{«“‘—–-/".includes(String.fromCharCode(before));
  if (openSide) {
    if (isWhitespace(after)) return "spaced";
    return NON_STARTERS.has(next) && next !== "." ? "close" : "open";
  }
  return isWhitespace(after) || !WORD_CHAR.test(next) ? "close" : "glued";
}

/** Straight quote roles, by offset: 0 not a straight quote or neither, 1 opening, 2 closing. */
const OPENING = 1;
const CLOSING = 2;

interface QuotePairs {
  /** For every offset k in 0..length, how many pairs (open, close) satisfy open < k <= close. */
  readonly depth: Int32Array;
  readonly straightRoles: Uint8Array;
}

/**
 * Pairs quotation marks. Each kind («», “”, "") has its own stack; a closing mark pairs with the
 * nearest unclosed opening mark of its kind when both are on the same line and at most
 * MAX_QUOTE_LENGTH apart, otherwise it is stray. A glued straight quote closes when a straight
 * quotation opened within MAX_QUOTE_LENGTH is pending, and opens otherwise.
 */
function pairQuotes(text: string): QuotePairs {
  const n = text.length;
  const depth = new Int32Array(n + 1);
  const straightRoles = new Uint8Array(n);
  const stacks: number[][] = [[], [], []];
  let paired = false;
  const close = (stack: number[] | undefined, at: number): void => {
    if (stack === undefined) return;
    const open = stack.pop();
    if (open === undefined) return;
    if (at - open > MAX_QUOTE_LENGTH) {
      stack.length = 0;
      return;
    }
    depth[open + 1] = (depth[open + 1] ?? 0) + 1;
    depth[at + 1] = (depth[at + 1] ?? 0) - 1;
    paired = true;
  };
  for (let i = 0; i < n; i++) {
    const code = text.charCodeAt(i);
    // Letters, digits and most punctuation lie between '"' and '«': neither quote nor line break.
    if (code > QUOTATION_MARK && code < LEFT_GUILLEMET) continue;
    if (isLineBreak(code)) {
      for (const stack of stacks) stack.length = 0;
    } else if (code === LEFT_GUILLEMET) {
      stacks[0]?.push(i);
    } else if (code === RIGHT_GUILLEMET) {
      close(stacks[0], i);
    } else if (
      code === LEFT_DOUBLE_QUOTE ||
      code === LOW_DOUBLE_QUOTE ||
      code === REVERSED_DOUBLE_QUOTE
    ) {
      stacks[1]?.push(i);
    } else if (code === RIGHT_DOUBLE_QUOTE) {
      close(stacks[1], i);
    } else if (code === QUOTATION_MARK) {
      const straight = stacks[2] ?? [];
      const role = straightQuoteRole(text, i);
      const last = straight[straight.length - 1];
      const pending = last !== undefined && i - last <= MAX_QUOTE_LENGTH;
      if (role === "open" || (role === "glued" && !pending)) {
        straight.push(i);
        straightRoles[i] = OPENING;
      } else if (role === "close" || pending) {
        close(straight, i);
        straightRoles[i] = CLOSING;
      }
    }
  }
  // Without a single pair every depth is 0 already.
  if (paired) for (let k = 1; k <= n; k++) depth[k] = (depth[k] ?? 0) + (depth[k - 1] ?? 0);
  return { depth, straightRoles };
}

function isOpeningQuoteAt(text: string, index: number, pairs: QuotePairs): boolean {
  const code = text.charCodeAt(index);
  if (code === QUOTATION_MARK) return pairs.straightRoles[index] === OPENING;
  return code === LEFT_GUILLEMET || code === LEFT_DOUBLE_QUOTE || code === LOW_DOUBLE_QUOTE;
}

function isClosingQuoteAt(text: string, index: number, pairs: QuotePairs): boolean {
  const code = text.charCodeAt(index);
  if (code === QUOTATION_MARK) return pairs.straightRoles[index] === CLOSING;
  return code === RIGHT_GUILLEMET || code === RIGHT_DOUBLE_QUOTE;
}

/** The word-ish token (letters, digits, "." and "-") that ends right before `end`. */
function tokenBefore(text: string, end: number): { token: string; start: number } {
  let start = end;
  while (start > 0 && end - start < 32) {
    const code = text.charCodeAt(start - 1);
    if (code !== PERIOD && code !== HYPHEN && !WORD_CHAR_UNIT.hasCodeUnit(code)) break;
    start--;
  }
  while (start < end && (text[start] === "." || text[start] === "-")) start++;
  return { token: text.slice(start, end), start };
}

function isAbbreviation(token: string, nextIsDigit: boolean, language: Language): boolean {
  if (token === "") return false;
  const parts = token.split(/[.-]/).filter((part) => part !== "");
  const last = parts[parts.length - 1] ?? "";
  if (token.includes(".") && parts.length >= 2 && parts.every((p) => SINGLE_LETTER.test(p))) {
    return true; // U.S., e.g., J.-C.
  }
  if (SINGLE_UPPERCASE.test(last)) return true; // initials and "M."
  if (ABBREVIATIONS[language].has(last)) return true;
  return nextIsDigit && BEFORE_NUMBER.has(last.toLowerCase());
}

/** Whether a list item ("- ", "• ", "1. ", "2) ") starts at `index`. */
function startsListItem(text: string, index: number): boolean {
  const ch = text.charAt(index);
  const after = index + 1 < text.length ? text.charCodeAt(index + 1) : LF;
  if (BULLETS.has(ch)) return true;
  if (DASH_BULLETS.has(ch)) return isHorizontalSpace(after);
  let end = index;
  while (end < text.length && end - index < 4 && isAsciiDigit(text.charCodeAt(end))) end++;
  if (end === index || end - index > 3) return false;
  const marker = text.charAt(end);
  const next = end + 1 < text.length ? text.charCodeAt(end + 1) : LF;
  return (marker === "." || marker === ")") && isHorizontalSpace(next);
}

interface Cluster {
  /** End of the terminator run itself. */
  readonly runEnd: number;
  /** End of the run plus the closing quotes/brackets that belong to it. */
  readonly end: number;
  readonly isEllipsis: boolean;
}

/** Reads terminal punctuation from `start`, with closing marks and further terminators after it. */
function readCluster(text: string, start: number, pairs: QuotePairs): Cluster {
  const n = text.length;
  let runEnd = start;
  let periods = 0;
  let isEllipsis = false;
  while (runEnd < n && isTerminator(text.charCodeAt(runEnd))) {
    const code = text.charCodeAt(runEnd);
    if (code === PERIOD) periods++;
    if (code === ELLIPSIS) isEllipsis = true;
    runEnd++;
  }
  let end = runEnd;
  for (;;) {
    let p = end;
    while (p < n && isHorizontalSpace(text.charCodeAt(p))) p++;
    if (p >= n) break;
    const ch = text.charAt(p);
    const adjacent = p === end;
    if (ch === "»" || ch === "”") end = p + 1;
    else if (ch === '"' && pairs.straightRoles[p] === CLOSING) end = p + 1;
    else if (adjacent && (ch === "’" || ch === "'" || ch === ")" || ch === "]" || ch === "}")) {
      end = p + 1;
    } else if (adjacent && isTerminator(text.charCodeAt(p))) end = p + 1;
    else break;
  }
  return { runEnd, end, isEllipsis: isEllipsis || periods >= 2 };
}

/** Mutable scan state for the current line and whitespace-delimited chunk. */
interface LineState {
  firstVisible: number;
  /** Offset of the line's last visible character so far, -1 for none (kept as an offset: no string per character). */
  lastVisibleAt: number;
  endsWithTerminator: boolean;
  chunkIsUrl: boolean;
}

/**
 * Text with passages cut out by a broken page extraction continues in lower case after a full
 * stop ("… a déclaré Blinken aux journalistes. parce que ses occupants …"). A single period after
 * a lower-case word of four letters or more, or an acronym ("l'OTAN. les pourparlers"), followed
 * by a lower-case word, is such a seam: abbreviations that precede lower case ("etc.", "env.",
 * "cf.") are shorter, and mixed-case ones ("Inc.") are not acronyms.
 */
function isBrokenBoundary(text: string, start: number, cluster: Cluster, next: number): boolean {
  if (
    cluster.runEnd - start !== 1 ||
    text.charCodeAt(start) !== PERIOD ||
    cluster.end !== cluster.runEnd
  ) {
    return false;
  }
  const { token } = tokenBefore(text, start);
  return (
    /^(?:\p{Ll}{4,}|\p{Lu}{3,})$/u.test(token) && /^\p{Ll}{2,}/u.test(text.slice(next, next + 3))
  );
}

function endsSentenceAt(
  text: string,
  start: number,
  cluster: Cluster,
  pairs: QuotePairs,
  line: LineState,
  language: Language,
): boolean {
  if ((pairs.depth[cluster.end] ?? 0) > 0) return false;
  let next = cluster.end;
  while (next < text.length && isWhitespace(text.charCodeAt(next))) next++;
  if (next >= text.length) return true;
  const spaced = next > cluster.end;
  const nextChar = charAt(text, next);
  if (cluster.isEllipsis) {
    return spaced && (UPPERCASE.test(nextChar) || OPENING_QUOTES.has(nextChar));
  }
  const canEnd = spaced
    ? canStartSentence(text, next) || isBrokenBoundary(text, start, cluster, next)
    : isGluedBoundary(text, start, cluster, line, pairs);
  if (!canEnd || cluster.runEnd - start !== 1 || text.charCodeAt(start) !== PERIOD) return canEnd;
  const { token, start: tokenStart } = tokenBefore(text, start);
  if (isAbbreviation(token, isAsciiDigit(text.charCodeAt(next)), language)) return false;
  return !(tokenStart === line.firstVisible && LIST_NUMBER.test(token));
}

/**
 * Glued sentences ("en 2019.Cette", "à RTL.Mischa", `dessus".Son`, `médecin."L'unité`,
 * "bureau.HOLLANDE, LE GRAND OUBLIÉ ?Jacques", `Sarkozy.• CHÔMAGE`, "salariés.11,3 millions"):
 * before the terminator a lowercase letter, a digit, an acronym or a closing mark, or a "?"/"!";
 * right after the cluster, a word that starts a sentence (possibly behind an opening quote), a
 * capitalised word, a bullet ("•", "> "), or a number after a lowercase word of three letters or
 * more (abbreviations before numbers, "p.12", are excluded by the caller). Not in URLs.
 */
function isGluedBoundary(
  text: string,
  start: number,
  cluster: Cluster,
  line: LineState,
  pairs: QuotePairs,
): boolean {
  if (line.chunkIsUrl) return false;
  const before = start > 0 ? text.charAt(start - 1) : "";
  const endsWord =
    LOWERCASE.test(before) ||
    isAsciiDigit(before.charCodeAt(0)) ||
    before === ")" ||
    text.charAt(start) !== "." ||
    cluster.end > cluster.runEnd ||
    isClosingQuoteAt(text, start - 1, pairs) ||
    /^\p{Lu}{2,}$/u.test(tokenBefore(text, start).token);
  if (!endsWord) return false;
  const next = cluster.end;
  if (BULLETS.has(text.charAt(next)) || text.startsWith("> ", next)) return true;
  if (isAsciiDigit(text.charCodeAt(next)))
    return /^\p{Ll}{3,}$/u.test(tokenBefore(text, start).token);
  if (!isOpeningQuoteAt(text, next, pairs)) {
    return (
      startsGluedSentence(text, next) ||
      /^\p{Lu}{2,}(?![\p{L}\p{N}.])/u.test(text.slice(next, next + 40))
    );
  }
  let after = next + 1;
  while (after < text.length && isHorizontalSpace(text.charCodeAt(after))) after++;
  return startsGluedSentence(text, after);
}

/**
 * Whether a sentence glued to the previous one starts at `index`: a capital followed by a
 * lowercase letter ("Cette"), an elided article ("L'unité"), the preposition "A"/"À" and a space,
 * or the title "M." before a name ("heures.M.Zarif").
 */
function startsGluedSentence(text: string, index: number): boolean {
  const first = charAt(text, index);
  if (!UPPERCASE.test(first)) return false;
  const rest = text.slice(index + first.length, index + first.length + 3);
  return (
    LOWERCASE.test(rest.charAt(0)) ||
    /^['’]\p{L}/u.test(rest) ||
    (/^[AÀ]$/u.test(first) && rest.charAt(0) === " ") ||
    (first === "M" && /^\. ?\p{Lu}/u.test(rest))
  );
}

/**
 * A quotation glued to a word on each side, with no terminator: a quoted sub-heading between two
 * paragraphs (`médecin."L'unité nationale … tenir"François Hollande`) or a heading before a quoted
 * paragraph (`Un "cluster" potentiel"Il y a trop de risque`). A sentence ends after the closing
 * mark or before the opening one, when a capitalised word follows — or when the quotation of the
 * next paragraph opens right there (`c'est insupportable""Il y a une perte`: a quoted heading of
 * several words glued to it). Returns the break offset or -1.
 */
function gluedQuoteBreak(text: string, index: number, pairs: QuotePairs, line: LineState): number {
  // Only a quote mark can open or close a quotation: the other characters need no further test.
  if (!isQuoteMark(text.charCodeAt(index))) return -1;
  if (line.chunkIsUrl || index === 0 || (pairs.depth[index] ?? 0) > 1) return -1;
  if (!WORD_CHAR_UNIT.hasCodeUnit(text.charCodeAt(index - 1))) return -1;
  if (isClosingQuoteAt(text, index, pairs)) {
    if ((pairs.depth[index + 1] ?? 0) !== 0) return -1;
    return startsGluedSentence(text, index + 1) || opensGluedQuotation(text, index, pairs)
      ? index + 1
      : -1;
  }
  if (isOpeningQuoteAt(text, index, pairs)) {
    return (pairs.depth[index] ?? 0) === 0 && startsGluedSentence(text, index + 1) ? index : -1;
  }
  return -1;
}

/**
 * Whether the quotation closing at `close` is a quoted heading of several words with the next
 * paragraph's quotation opening right after it, on a capitalised sentence start
 * (`… insupportable""Il y a …`); not a list of quoted words (`de "traîtres""Judas"`).
 */
function opensGluedQuotation(text: string, close: number, pairs: QuotePairs): boolean {
  const open = close + 1;
  if (!isOpeningQuoteAt(text, open, pairs)) return false;
  let after = open + 1;
  while (after < text.length && isHorizontalSpace(text.charCodeAt(after))) after++;
  if (!startsGluedSentence(text, after)) return false;
  let start = close - 1;
  while (start >= 0 && (pairs.depth[start] ?? 0) > 0) start--;
  return /\s/u.test(text.slice(start + 1, close));
}

/** Whether `code` is one of the marks `isOpeningQuoteAt` or `isClosingQuoteAt` can accept. */
function isQuoteMark(code: number): boolean {
  return (
    code === QUOTATION_MARK ||
    code === LEFT_GUILLEMET ||
    code === RIGHT_GUILLEMET ||
    code === LEFT_DOUBLE_QUOTE ||
    code === RIGHT_DOUBLE_QUOTE ||
    code === LOW_DOUBLE_QUOTE
  );
}

/** Capitalised words that start sentences and never continue a camel-case name ("ParisLe"). */
const SENTENCE_OPENERS = new Set(
  (
    "Le La Les Un Une Des Du De Il Ils Elle Elles En Au Aux Ce Cette Ces Selon Pour Dans Mais " +
    "Et Après Avant Lors Alors Depuis Si Sur Par Avec Son Sa Ses Leur Leurs On Nous Je Aucun " +
    "Aucune Tous Toutes Plusieurs Chaque Certains Certaines Malgré Face Outre Entre Quand The In It"
  ).split(" "),
);

/**
 * A heading glued to the sentence after it, with neither punctuation nor space, as scraped pages
 * have them ("Les registres transportés aux Invalides dimancheLes registres, installés…",
 * "Biarritz, à la fin du G7 à BiarritzLe président…"): a capital inside a word ends a sentence
 * when the word began in lowercase with at least three letters ("dimancheLes", "mobilisésDu") or
 * the capitalised part is a sentence opener ("ParisLe", "joursL'institut"). Names written in camel
 * case start with a capital or a single lowercase letter ("YouTube", "WarnerMedia", "iPhone") and
 * are left alone.
 */
function isCamelGlue(text: string, index: number, line: LineState): boolean {
  if (line.chunkIsUrl || index < 3 || !LOWERCASE_UNIT.hasCodeUnit(text.charCodeAt(index - 1))) {
    return false;
  }
  // The glued part starts with a capital: most characters are not one, and skip the slice and match.
  if (!UPPERCASE_LETTER.hasCodePoint(text.codePointAt(index) ?? 0)) return false;
  const rest = /^\p{Lu}(?:\p{Ll}+|['’](?=\p{L}))/u.exec(text.slice(index, index + 30))?.[0];
  if (rest === undefined) return false;
  let start = index;
  while (start > 0 && /\p{L}/u.test(text.charAt(start - 1))) start--;
  const word = text.slice(start, index);
  const opener = SENTENCE_OPENERS.has(rest) || /^[LDC]['’]$|^Qu['’]$/u.test(rest);
  if (opener && /\p{Ll}{2}$/u.test(word)) return true;
  return /^\p{Ll}{3,}$/u.test(word) && /^\p{Lu}\p{Ll}/u.test(rest);
}

/** Whether the line break at `index` ends the sentence (see module comment). */
function endsSentenceAtLineBreak(text: string, index: number, line: LineState): boolean {
  let next = index + 1;
  while (next < text.length && isHorizontalSpace(text.charCodeAt(next))) next++;
  if (next >= text.length || isLineBreak(text.charCodeAt(next))) return true;
  if (line.firstVisible < 0) return false;
  if (startsListItem(text, next)) return true;
  if (
    line.endsWithTerminator ||
    (line.lastVisibleAt >= 0 && CONTINUATIONS.has(text.charAt(line.lastVisibleAt)))
  )
    return false;
  return canStartSentence(text, next);
}

/** Offsets where sentences end, in increasing order (possibly repeated). */
function findBreaks(text: string, language: Language): number[] {
  const pairs = pairQuotes(text);
  const breaks: number[] = [];
  const line: LineState = {
    firstVisible: -1,
    lastVisibleAt: -1,
    endsWithTerminator: false,
    chunkIsUrl: false,
  };
  const n = text.length;
  let i = 0;
  while (i < n) {
    const code = text.charCodeAt(i);
    if (isLineBreak(code)) {
      if (code === CR && text.charCodeAt(i + 1) === LF) {
        i++;
        continue;
      }
      if (endsSentenceAtLineBreak(text, i, line)) breaks.push(i);
      line.firstVisible = -1;
      line.lastVisibleAt = -1;
      line.endsWithTerminator = false;
      line.chunkIsUrl = false;
      i++;
    } else if (isWhitespace(code)) {
      line.chunkIsUrl = false;
      i++;
    } else if (isTerminator(code)) {
      if (line.firstVisible < 0) line.firstVisible = i;
      const cluster = readCluster(text, i, pairs);
      if (endsSentenceAt(text, i, cluster, pairs, line, language)) breaks.push(cluster.end);
      line.endsWithTerminator = true;
      i = cluster.end;
    } else {
      if (line.firstVisible < 0) line.firstVisible = i;
      const quoteBreak = gluedQuoteBreak(text, i, pairs, line);
      if (quoteBreak >= 0) breaks.push(quoteBreak);
      else if (isCamelGlue(text, i, line) && (pairs.depth[i] ?? 0) === 0) breaks.push(i);
      line.lastVisibleAt = i;
      line.endsWithTerminator = false;
      // "/", "@", "www." and "://" mark a URL, e-mail address or handle.
      if (code === SLASH || code === AT_SIGN) line.chunkIsUrl = true;
      else if (code === SMALL_W && text.startsWith("www.", i)) line.chunkIsUrl = true;
      else if (code === COLON && text.startsWith("//", i + 1)) line.chunkIsUrl = true;
      i++;
    }
  }
  return breaks;
}

/**
 * Splits `text` into sentences. Every non-whitespace character of `text` belongs to exactly
 * one span, and spans come in order without overlapping; a piece made only of punctuation
 * (a stray "." or "»") is attached to the sentence before it. `language` selects the
 * abbreviation list ("und": French and English). Linear in the input length; never throws.
 */
export function splitSentences(text: string, language: Language = "und"): SentenceSpan[] {
  const spans: SentenceSpan[] = [];
  /** Leading punctuation-only pieces, kept until the first real sentence. */
  let orphan: { start: number; end: number } | undefined;
  let from = 0;
  const breaks = findBreaks(text, language);
  breaks.push(text.length);
  for (const to of breaks) {
    let start = from;
    let end = to;
    from = to;
    while (start < end && isWhitespace(text.charCodeAt(start))) start++;
    while (end > start && isWhitespace(text.charCodeAt(end - 1))) end--;
    if (start === end) continue;
    if (ONLY_PUNCTUATION.test(text.slice(start, end))) {
      const previous = spans.pop();
      if (previous !== undefined) start = previous.start;
      else {
        orphan = { start: orphan?.start ?? start, end };
        continue;
      }
    } else if (orphan !== undefined) {
      start = orphan.start;
      orphan = undefined;
    }
    spans.push({ text: text.slice(start, end), start, end });
  }
  if (orphan !== undefined) {
    spans.push({ text: text.slice(orphan.start, orphan.end), ...orphan });
  }
  return spans;
}
