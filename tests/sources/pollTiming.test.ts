import { describe, expect, it } from "vitest";
import {
  backoffMs,
  MAX_BACKOFF_MS,
  nextAfterFailure,
  nextAfterSuccess,
} from "../../src/sources/pollTiming.js";

const NOW = new Date("2026-01-15T08:00:00.000Z");
const MIN = 60_000;

describe("when a feed is polled next", () => {
  it("after a success: the interval within ±10 %, by the injected random", () => {
    const at = (r: number) => nextAfterSuccess(NOW, 15 * MIN, () => r).getTime() - NOW.getTime();
    expect(at(0)).toBe(13.5 * MIN);
    expect(at(0.5)).toBe(15 * MIN);
    expect(at(0.999999)).toBeLessThanOrEqual(16.5 * MIN);
    expect(at(0.999999)).toBeGreaterThan(16.49 * MIN);
  });

  it("after failures: the interval doubled per failure in a row, capped at six hours", () => {
    expect([1, 2, 3, 4, 5, 6, 7].map((n) => backoffMs(15 * MIN, n) / MIN)).toEqual([
      15, 30, 60, 120, 240, 360, 360,
    ]);
    expect(backoffMs(15 * MIN, 60)).toBe(MAX_BACKOFF_MS);
  });

  it("honours Retry-After when it asks for longer than the backoff, capped at a day", () => {
    const delayWith = (retryAfterMs: number | undefined) =>
      nextAfterFailure(NOW, 15 * MIN, 1, retryAfterMs, () => 0.5).getTime() - NOW.getTime();
    expect(delayWith(undefined)).toBe(15 * MIN);
    expect(delayWith(2 * 60 * MIN)).toBe(120 * MIN);
    expect(delayWith(MIN)).toBe(15 * MIN);
    expect(delayWith(7 * 24 * 60 * MIN)).toBe(24 * 60 * MIN);
  });
});
