/** Latency summary of repeated calls, in milliseconds; percentiles by nearest rank. */
export interface Latency {
  readonly samples: number;
  readonly p50: number;
  readonly p95: number;
  readonly p99: number;
  readonly max: number;
  /** The first sample (for cold calls, the very first call after the index was built). */
  readonly first: number;
}

/** Nearest-rank percentile of ascending `sorted` (p in 0–100); NaN for no samples. */
export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  const rank = Math.max(1, Math.ceil((p / 100) * sorted.length));
  return sorted[Math.min(rank, sorted.length) - 1] ?? Number.NaN;
}

export function latencyOf(samples: readonly number[]): Latency {
  const sorted = [...samples].sort((a, b) => a - b);
  return {
    samples: samples.length,
    p50: percentile(sorted, 50),
    p95: percentile(sorted, 95),
    p99: percentile(sorted, 99),
    max: sorted[sorted.length - 1] ?? Number.NaN,
    first: samples[0] ?? Number.NaN,
  };
}

/**
 * Growth exponent k of a cost t ∝ nᵏ between two corpus sizes: log(t₂/t₁) / log(n₂/n₁).
 * 1 is linear, 2 quadratic. Null when either cost is missing or not positive.
 */
export function growthExponent(
  small: number | undefined,
  large: number | undefined,
  sizeRatio: number,
): number | null {
  if (small === undefined || large === undefined || !(small > 0) || !(large > 0)) return null;
  return Math.log(large / small) / Math.log(sizeRatio);
}
