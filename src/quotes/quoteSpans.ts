/** A quotation inside a passage: offsets of its content (marks excluded). */
export interface QuoteSpan {
  readonly start: number;
  readonly end: number;
  /** Offset of the opening mark, or of where the quote starts when the source left it out. */
  readonly open: number;
  /** Offset just after the closing mark, or the passage end when the quote runs on. */
  readonly close: number;
  readonly missingOpen: boolean;
  readonly missingClose: boolean;
}

const OPENERS = new Set(["«", "“", "„"]);
const CLOSERS = new Set(["»", "”"]);
/** Every mark the scan reacts to: the openers, the closers and the straight quote. */
const QUOTE_MARK = /[«“„»”"]/g;
/** A first-person word: quoted speech, not narration nor a name. */
export const FIRST_PERSON =
  /(?<![\p{L}])(?:je|j['’]|nous|notre|nos|mon|ma|mes|moi|on|I|we|our|my|me|us)(?![\p{L}])/iu;
/** How far back a quote whose opening mark was dropped may start (whole sentences only). */
const MAX_MISSING_OPEN = 500;

/**
 * Finds quotations in a passage: « … », “ … ” and straight " … " pairs.
 * - A closing mark with no opening one, followed by a comma, a full stop or the end (the way a
 *   quote ends before its attribution), means the source dropped the opening mark: the quote starts
 *   at the beginning of the closing mark's sentence, or of earlier sentences within 500
 *   characters that hold no quotation mark and speak in the first person.
 * - A closing mark glued to the next word ("qu' »une invasion") is used as an opening one.
 * - An opening mark never closed runs to the end of the passage (French multi-paragraph quotes
 *   close only on the last paragraph). Nested marks belong to the outer quote.
 */
export function findQuoteSpans(text: string, sentenceStarts: readonly number[] = [0]): QuoteSpan[] {
  const spans: QuoteSpan[] = [];
  let depth = 0;
  let open = -1;
  let straightOpen = -1;
  /** Straight quotes opened inside an open straight quote ('"C'est déjà "le bordel" quand …"'). */
  let straightNested = 0;
  let lastQuoteEnd = 0;
  // Only quotation marks do anything below: jump from one to the next.
  QUOTE_MARK.lastIndex = 0;
  for (let mark = QUOTE_MARK.exec(text); mark !== null; mark = QUOTE_MARK.exec(text)) {
    const i = mark.index;
    const ch = text.charAt(i);
    if (ch === '"' && depth === 0) {
      // '"Un GP exceptionnel""Il nous faut …"': a mark glued to the one that closed a quotation
      // opens the next (scraped paragraphs run together).
      const glued = i === lastQuoteEnd && i > 0 && /\S/u.test(text.charAt(i + 1));
      if (straightOpen < 0 && (glued || isOpeningStraight(text, i))) straightOpen = i;
      else if (straightOpen >= 0 && opensNested(text, straightOpen, i)) straightNested++;
      else if (straightNested > 0) straightNested--;
      else if (straightOpen >= 0) {
        push(spans, text, straightOpen, i, false);
        straightOpen = -1;
        lastQuoteEnd = i + 1;
      }
      continue;
    }
    const gluedOpener = CLOSERS.has(ch) && depth === 0 && /\p{L}/u.test(text.charAt(i + 1));
    if (OPENERS.has(ch) || gluedOpener) {
      // French nests “ ” inside « »: a second « before any » means the first one was stray.
      if (depth === 0 || (ch === "«" && text.charAt(open) === "«")) {
        open = i;
        depth = 0;
      }
      depth++;
    } else if (CLOSERS.has(ch)) {
      if (depth > 0) {
        depth--;
        if (depth === 0) {
          push(spans, text, open, i, false);
          lastQuoteEnd = i + 1;
        }
      } else if (straightOpen < 0 && /^\s*(?:[,.;]|$)/.test(text.slice(i + 1, i + 3))) {
        const from = missingOpenStart(text, i, Math.max(lastQuoteEnd, 0), sentenceStarts);
        if (from !== null) {
          push(spans, text, from - 1, i, true);
          lastQuoteEnd = i + 1;
        }
      }
    }
  }
  if (depth > 0 && open >= 0) push(spans, text, open, text.length, false, true);
  return spans;
}

function missingOpenStart(
  text: string,
  closer: number,
  floor: number,
  sentenceStarts: readonly number[],
): number | null {
  let best: number | null = null;
  let end = closer;
  for (const start of [...sentenceStarts].sort((a, b) => b - a)) {
    if (start >= closer) continue;
    if (start < floor || closer - start > MAX_MISSING_OPEN) break;
    if (/[«»“”"]/.test(text.slice(start, closer))) break;
    // Earlier sentences join the quote only if they speak in the first person, as quoted speech
    // does ("Nous avons entendu … »"); narration ("Le ministre a parlé.") stops it.
    if (best !== null && !FIRST_PERSON.test(text.slice(start, end))) break;
    best = start;
    end = start;
  }
  return best;
}

/**
 * A straight mark inside an open straight quotation that opens a nested one: in the quotation's
 * first sentence, after a space, before a letter, closed after at most five words that end on a letter, the sentence going on
 * in lower case ('"C'est déjà "le bordel" quand …"').
 */
function opensNested(text: string, outer: number, i: number): boolean {
  if (!/\s/u.test(text.charAt(i - 1)) || !/\p{L}/u.test(text.charAt(i + 1))) return false;
  // Within the outer quotation's first sentence: past it, the outer one more likely lost its
  // closing mark.
  if (/[.!?…](?:\s|\p{Lu})/u.test(text.slice(outer, i))) return false;
  // A few words, and the sentence going on in lower case after them: a term quoted inside the
  // quotation, not a new quotation after one whose closing mark was lost.
  const nested = /^([^"]{1,60})"\s+\p{Ll}/u.exec(text.slice(i + 1));
  const words = nested?.[1]?.trim().split(/\s+/) ?? [];
  return words.length > 0 && words.length <= 5 && /[\p{L}\p{M}\d]$/u.test(nested?.[1] ?? "");
}

function isOpeningStraight(text: string, i: number): boolean {
  const before = i === 0 ? " " : text.charAt(i - 1);
  const after = text.charAt(i + 1);
  // After a space or bracket, glued to the end of a sentence as scraped text has it ('cett."L''),
  // or to an elided "que" ("assurant qu'\"aucun acte …").
  const opens = /[\s([{—–\-.,;:!?]/.test(before) || /qu['’]$/iu.test(text.slice(i - 3, i));
  // '?", se demandait': a mark between punctuation closes, whatever came before it.
  return opens && after !== "" && !/\s/.test(after);
}

function push(
  spans: QuoteSpan[],
  text: string,
  openMark: number,
  closeMark: number,
  missingOpen: boolean,
  missingClose = false,
): void {
  let start = openMark + 1;
  let end = closeMark;
  while (start < end && /\s/.test(text.charAt(start))) start++;
  while (end > start && /\s/.test(text.charAt(end - 1))) end--;
  if (end - start < 2) return;
  spans.push({
    start,
    end,
    open: Math.max(0, openMark),
    close: missingClose ? text.length : closeMark + 1,
    missingOpen,
    missingClose,
  });
}
