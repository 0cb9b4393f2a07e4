import type { DateRange } from "../types.js";

/** "covering 2022-01-07 to 2022-01-21", "covering 2022-01-12", or "undated sources". */
export function coveredDates(range: DateRange): string {
  if (range.from === null) return "undated sources";
  return range.from === range.to
    ? `covering ${range.from}`
    : `covering ${range.from} to ${range.to}`;
}

/** "3 sources", "1 source". */
export function sourceCount(count: number): string {
  return `${count} source${count === 1 ? "" : "s"}`;
}
