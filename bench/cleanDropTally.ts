/** Body lengths at or above this are real articles: cleaning must never drop one whole. */
export const REAL_BODY_CHARS = 300;

/** Most examples of dropped real articles kept in a tally. */
export const MAX_EXAMPLES = 20;

/** Characters of a dropped article's body shown in an example. */
export const EXAMPLE_CHARS = 200;

/** Lower bounds of the body-length classes of the histogram (characters, after trimming). */
export const LENGTH_CLASSES = [0, 1, 100, 300, 1000, 3000] as const;

/** One dropped article with a real body: its id and the start of its text. */
export interface DropExample {
  readonly id: string;
  readonly bodyChars: number;
  readonly start: string;
}

/** Counts of a run of `summarize` over a corpus, filled in one article at a time. */
export interface DropTally {
  articles: number;
  dropped: number;
  droppedWithRealBody: number;
  /** Dropped articles per reason summarizeDocument gave. */
  readonly reasons: Record<string, number>;
  /** Dropped articles per body-length class, keyed by `lengthClass`. */
  readonly droppedByBodyChars: Record<string, number>;
  readonly examples: DropExample[];
}

export function emptyTally(): DropTally {
  return {
    articles: 0,
    dropped: 0,
    droppedWithRealBody: 0,
    reasons: {},
    droppedByBodyChars: Object.fromEntries(LENGTH_CLASSES.map((_, i) => [classLabel(i), 0])),
    examples: [],
  };
}

/** The label of length class `i`: "0", "1-99", …, "3000+". */
function classLabel(i: number): string {
  const low = LENGTH_CLASSES[i] ?? 0;
  const next = LENGTH_CLASSES[i + 1];
  if (next === undefined) return `${low}+`;
  return next - 1 === low ? String(low) : `${low}-${next - 1}`;
}

/** The histogram label of a body of `chars` characters. */
export function lengthClass(chars: number): string {
  let i = 0;
  while (i + 1 < LENGTH_CLASSES.length && chars >= (LENGTH_CLASSES[i + 1] ?? 0)) i++;
  return classLabel(i);
}

/**
 * Counts one article in `tally`: `dropReason` is null when summarize kept it, else the reason it
 * gave. The body is measured trimmed, with whitespace runs counted as one character.
 */
export function countArticle(
  tally: DropTally,
  id: string,
  body: string,
  dropReason: string | null,
): void {
  tally.articles++;
  if (dropReason === null) return;
  const text = body.replace(/\s+/gu, " ").trim();
  tally.dropped++;
  tally.reasons[dropReason] = (tally.reasons[dropReason] ?? 0) + 1;
  const label = lengthClass(text.length);
  tally.droppedByBodyChars[label] = (tally.droppedByBodyChars[label] ?? 0) + 1;
  if (text.length < REAL_BODY_CHARS) return;
  tally.droppedWithRealBody++;
  if (tally.examples.length < MAX_EXAMPLES) {
    tally.examples.push({ id, bodyChars: text.length, start: text.slice(0, EXAMPLE_CHARS) });
  }
}
