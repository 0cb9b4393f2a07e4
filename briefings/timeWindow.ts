import type { SourceRef } from "../src/corpus/types.js";
import { answerKind } from "../src/index/answerCache.js";
import type { CorpusIndex } from "../src/index/corpusIndex.js";

/**
 * What `--since` did to a reply: the first day it covers, and how many articles it would have
 * drawn on were left out because they have no date (never guessed, so never "recent").
 */
export interface SinceReport {
  /** YYYY-MM-DD: only sources dated on or after it are shown. */
  readonly from: string;
  readonly undatedLeftOut: number;
}

/**
 * Whether a source is dated on or after `since` (YYYY-MM-DD). A month-only date ("2022-01")
 * counts from the month's first day: kept only when the whole month is within the window, so a
 * source that may predate the cutoff is never shown as recent. Undated sources are outside.
 */
export function datedSince(date: string | null, since: string): boolean {
  if (date === null) return false;
  return (date.length === 7 ? `${date}-01` : date) >= since;
}

/** Whether an article of the index is dated on or after `since` (`datedSince` of its source). */
export function articleDatedSince(index: CorpusIndex, articleId: string, since: string): boolean {
  return datedSince(index.sources.get(articleId)?.date ?? null, since);
}

/** The undated articles among `articleIds`: what `--since` leaves out for want of a date. */
export function undatedAmong(index: CorpusIndex, articleIds: Iterable<string>): number {
  let undated = 0;
  for (const id of new Set(articleIds)) {
    const source: SourceRef | undefined = index.sources.get(id);
    if (source !== undefined && source.date === null) undated += 1;
  }
  return undated;
}

const NEWEST_DATE = answerKind<{ readonly date: string | null }>("newest date");

/** The date of the newest dated article of the corpus (null when none is dated), once per index. */
export function newestDate(index: CorpusIndex): string | null {
  return index.answers.get(NEWEST_DATE, null, () => {
    let newest: string | null = null;
    for (const source of index.sources.values()) {
      if (source.date !== null && (newest === null || source.date > newest)) newest = source.date;
    }
    return { date: newest };
  }).date;
}
