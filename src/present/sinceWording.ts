import type { SinceReport } from "../../briefings/timeWindow.js";

/** "1 undated article left out", "3 undated articles left out". */
function undatedLeftOut(count: number): string {
  return `${count} undated article${count === 1 ? "" : "s"} left out`;
}

/** "Since 2022-01-07 · 2 undated articles left out", or "Since 2022-01-07" when none was. */
export function sinceLine(since: SinceReport): string {
  return since.undatedLeftOut > 0
    ? `Since ${since.from} · ${undatedLeftOut(since.undatedLeftOut)}`
    : `Since ${since.from}`;
}

/**
 * When `--since` leaves nothing: "Nothing dated since 2022-01-07 is about this topic (2 undated
 * articles left out)." `about`: "is about this topic", "names Antony Blinken", "in this corpus".
 */
export function nothingSince(since: SinceReport, about: string): string {
  const undated = since.undatedLeftOut > 0 ? ` (${undatedLeftOut(since.undatedLeftOut)})` : "";
  return `Nothing dated since ${since.from} ${about}${undated}.`;
}
