/**
 * Milliseconds a `Retry-After` header asks to wait: delay-seconds ("120") or an HTTP date,
 * counted from `nowMs`. Undefined when the header is absent or neither form; a date already
 * past gives 0.
 */
export function parseRetryAfter(value: string | undefined, nowMs: number): number | undefined {
  const trimmed = value?.trim();
  if (trimmed === undefined || trimmed === "") return undefined;
  if (isDigits(trimmed)) return Number(trimmed) * 1000;
  const at = Date.parse(trimmed);
  if (Number.isNaN(at)) return undefined;
  return Math.max(0, at - nowMs);
}

function isDigits(text: string): boolean {
  for (const char of text) if (char < "0" || char > "9") return false;
  return true;
}
