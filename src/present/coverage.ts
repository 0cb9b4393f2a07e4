import type { DateRange } from "../../briefings/types.js";

/** "2022-01-07 to 2022-01-21", "2022-01-12", "2022-01-12 to 2022-01-21, 1 undated", or "undated". */
export function dateSpan(range: DateRange): string {
  if (range.from === null) return "undated";
  const span = range.from === range.to ? range.from : `${range.from} to ${range.to}`;
  return range.undated > 0 ? `${span}, ${range.undated} undated` : span;
}

/** "covering 2022-01-07 to 2022-01-21", "covering 2022-01-12, 2 undated", or "undated sources". */
export function coveredDates(range: DateRange): string {
  return range.from === null ? "undated sources" : `covering ${dateSpan(range)}`;
}

/** "3 sources", "1 source". */
export function sourceCount(count: number): string {
  return `${count} source${count === 1 ? "" : "s"}`;
}

/** "4 sources · covering 2022-01-07 to 2022-01-21": a chat reply's footer. */
export function coverageFooter(range: DateRange, sources: number): string {
  return sources === 0 ? sourceCount(0) : `${sourceCount(sources)} · ${coveredDates(range)}`;
}

/** The terminal's fuller line: "4 sources, covering … · generated 2026-01-15 08:00 UTC". */
export function coverageLine(range: DateRange, sources: number, generatedAt: string): string {
  const covered = sources === 0 ? "" : `, ${coveredDates(range)}`;
  return `${sourceCount(sources)}${covered} · generated ${generatedAt.replace("T", " ").slice(0, 16)} UTC`;
}
