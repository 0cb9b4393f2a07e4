/**
 * When a feed is polled next: its interval spread by a jitter after a success; after failures,
 * the interval doubled per failure in a row, capped, and never sooner than the server's
 * Retry-After. Pure: `random` is the injected source of randomness, in [0, 1).
 */

/** A poll lands within ±10 % of its interval, so feeds added together drift apart. */
export const JITTER = 0.1;
/** The longest backoff after failures: six hours. */
export const MAX_BACKOFF_MS = 6 * 60 * 60 * 1000;
/** The longest Retry-After honoured: a day (a server asking for more is asked again then). */
export const MAX_RETRY_AFTER_MS = 24 * 60 * 60 * 1000;

export const MINUTE_MS = 60_000;

/** `ms` spread by ±`JITTER` of itself: within [ms·0.9, ms·1.1). */
function withJitter(ms: number, random: () => number): number {
  return Math.round(ms * (1 + (random() * 2 - 1) * JITTER));
}

/** The next poll after a successful one (or a 304). */
export function nextAfterSuccess(now: Date, intervalMs: number, random: () => number): Date {
  return new Date(now.getTime() + withJitter(intervalMs, random));
}

/**
 * The backoff after `failures` failures in a row (1 for the first): the interval, then twice
 * it, four times…, capped at `MAX_BACKOFF_MS` (or the interval, when that is longer).
 */
export function backoffMs(intervalMs: number, failures: number): number {
  const doubled = intervalMs * 2 ** Math.max(0, Math.min(failures - 1, 30));
  return Math.min(doubled, Math.max(MAX_BACKOFF_MS, intervalMs));
}

/** The next poll after a failure: the jittered backoff, or Retry-After when that is later. */
export function nextAfterFailure(
  now: Date,
  intervalMs: number,
  failures: number,
  retryAfterMs: number | undefined,
  random: () => number,
): Date {
  const backoff = withJitter(backoffMs(intervalMs, failures), random);
  const asked = retryAfterMs === undefined ? 0 : Math.min(retryAfterMs, MAX_RETRY_AFTER_MS);
  return new Date(now.getTime() + Math.max(backoff, asked));
}
