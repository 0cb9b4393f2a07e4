import { isIsoDate } from "../src/corpus/read/isoDate.js";

/**
 * What `--since` says, before the clock is read: a span back from now (24h, 7d, 2w) or a
 * calendar date (2022-01-07). `sinceCutoff` turns it into the first day a reply covers.
 */
export type Since =
  | { readonly kind: "span"; readonly hours: number }
  | { readonly kind: "date"; readonly date: string };

export const SINCE_EXPECTED = "--since takes 24h, 7d or a date like 2022-01-07";

/** The one `since` option brief, digest, official and officials share (every face reads it). */
export const SINCE_OPTION = {
  name: "since",
  description: "only articles dated since 24h, 7d, 2w or a date (2022-01-07)",
  type: "string",
  required: false,
  maxLength: 20,
  format: "since",
} as const;

const HOURS_PER_UNIT: Readonly<Record<string, number>> = { h: 1, d: 24, w: 24 * 7 };
/** A span longer than this (about 100 years) is a typo, not a question. */
const MAX_HOURS = 24 * 366 * 100;

/** "24h", "12h", "7d", "2w" or "2022-01-07"; null for anything else. */
export function parseSince(text: string): Since | null {
  const value = text.trim().toLowerCase();
  const span = /^(\d{1,6})\s*([hdw])$/.exec(value);
  if (span?.[1] && span[2]) {
    const hours = Number(span[1]) * (HOURS_PER_UNIT[span[2]] ?? 0);
    return hours > 0 && hours <= MAX_HOURS ? { kind: "span", hours } : null;
  }
  return /^\d{4}-\d{2}-\d{2}$/.test(value) && isIsoDate(value)
    ? { kind: "date", date: value }
    : null;
}

/**
 * The first calendar day (UTC, YYYY-MM-DD) a reply covers: the date given, or the day the span
 * back from `now` (the injected clock) starts in. Articles carry calendar dates, so an article
 * of that day may be within the span and is kept.
 */
export function sinceCutoff(since: Since, now: Date): string {
  if (since.kind === "date") return since.date;
  return new Date(now.getTime() - since.hours * 3_600_000).toISOString().slice(0, 10);
}
