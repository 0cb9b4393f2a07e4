/**
 * The text a speech verb's subject is read from: what this regex captures on the text before the
 * verb — the last clause (2 to 120 characters), or the clause before an apposition between commas
 * ("Pascal Pavageau, secrétaire général de FO, "). Kept as the definition, and used as is when the
 * text holds a surrogate (the regex counts code points, the scan below code units).
 */
export const TRAILING_SUBJECT = /([^,.;:«»"“”]{2,120})(?:,[^,.;:«»"“”]{1,120},)?\s*$/u;

/** The characters that end a clause in `TRAILING_SUBJECT` (all in the Basic Multilingual Plane). */
const STOPS = new Set([...',.;:«»"“”'].map((c) => c.charCodeAt(0)));
const COMMA = 44;
const MAX_CLAUSE = 120;
const SPACE = /^\s$/u;

/**
 * `TRAILING_SUBJECT.exec(before)?.[1] ?? ""`, found from the end in one pass. The regex, having no
 * anchor at the start, tries every position and backtracks over up to 120 characters at each,
 * which made it a hot spot. Its leftmost match is one of two shapes, both ending the text:
 * - an apposition: a clause, ",", 1–120 characters, "," and only white space — the two commas are
 *   then the text's last two stops, and the match starts as far back as the clause allows;
 * - a clause: after the last stop, starting as far back as leaves at most 120 characters before
 *   the trailing white space (which the clause may also hold), and at least 2 in all.
 * The apposition, when there is one, starts before any clause after the last stop, so it wins.
 * tests/officials/trailingSubject.test.ts checks the two agree on many generated texts.
 */
export function trailingSubject(before: string): string {
  // The last three stops, newest first: all the answer depends on lies after the third.
  const stops: number[] = [];
  for (let i = before.length - 1; i >= 0 && stops.length < 3; i--) {
    const code = before.charCodeAt(i);
    if (code >= 0xd800 && code <= 0xdfff) return TRAILING_SUBJECT.exec(before)?.[1] ?? "";
    if (STOPS.has(code)) stops.push(i);
  }
  let spaceStart = before.length;
  while (spaceStart > 0 && SPACE.test(before.charAt(spaceStart - 1))) spaceStart--;

  const [second, first, previous = -1] = stops;
  if (
    second !== undefined &&
    first !== undefined &&
    second === spaceStart - 1 &&
    before.charCodeAt(second) === COMMA &&
    before.charCodeAt(first) === COMMA &&
    second - first - 1 >= 1 &&
    second - first - 1 <= MAX_CLAUSE
  ) {
    const start = Math.max(previous + 1, first - MAX_CLAUSE);
    if (first - start >= 2) return before.slice(start, first);
  }
  const start = Math.max((second ?? -1) + 1, spaceStart - MAX_CLAUSE);
  if (before.length - start < 2) return "";
  return before.slice(start, start + Math.min(MAX_CLAUSE, before.length - start));
}
