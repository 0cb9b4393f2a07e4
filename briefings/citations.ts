import type { SourceRef } from "../src/corpus/types.js";
import type { DateRange } from "./types.js";

/** Numbers sources in order of first citation, so "[1]" is the first source a reader meets. */
export class CitationList {
  private readonly numbers = new Map<string, number>();
  private readonly list: SourceRef[] = [];

  cite(source: SourceRef): number {
    const existing = this.numbers.get(source.id);
    if (existing !== undefined) return existing;
    this.list.push(source);
    this.numbers.set(source.id, this.list.length);
    return this.list.length;
  }

  get sources(): readonly SourceRef[] {
    return this.list;
  }
}

/**
 * Earliest and latest dates of the cited sources (null when none has a date), and how many
 * have none: the range of exactly what the reply shows, undated sources counted, not hidden.
 */
export function dateRangeOf(sources: readonly SourceRef[]): DateRange {
  const dates = sources
    .map((s) => s.date)
    .filter((d): d is string => d !== null)
    .sort();
  return {
    from: dates[0] ?? null,
    to: dates[dates.length - 1] ?? null,
    undated: sources.length - dates.length,
  };
}
