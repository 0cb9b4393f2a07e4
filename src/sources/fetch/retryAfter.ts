import { isDigits } from "./digits.js";
import { feedDate } from "./feedDate.js";

/**
 * Milliseconds a `Retry-After` header asks to wait: delay-seconds ("120") or an HTTP date,
 * counted from `nowMs`. Undefined when the header is absent or neither form; a date already
 * past gives 0.
 */
export function parseRetryAfter(value: string | undefined, nowMs: number): number | undefined {
  const trimmed = value?.trim();
  if (trimmed === undefined || trimmed === "") return undefined;
  if (isDigits(trimmed)) return Number(trimmed) * 1000;
  // An HTTP date has the RFC 822 shape feeds use; `Date.parse` alone would take almost anything.
  const date = feedDate(trimmed);
  return date === undefined ? undefined : Math.max(0, Date.parse(date) - nowMs);
}
