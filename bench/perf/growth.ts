import { COMMAND_NAMES, type SizeResult } from "./results.js";
import { growthExponent } from "./stats.js";

/** A cost measured at every size, by which its growth is judged. */
export interface CostSeries {
  readonly key: string;
  readonly label: string;
  readonly unit: "ms" | "MB";
  readonly value: (result: SizeResult) => number | undefined;
}

export const COSTS: readonly CostSeries[] = [
  { key: "ingest", label: "ingest (loadCorpus)", unit: "ms", value: (r) => r.ingest?.ms },
  { key: "index", label: "index build", unit: "ms", value: (r) => r.index?.ms },
  { key: "rss", label: "RSS after ingest+index", unit: "MB", value: (r) => r.rss?.afterIndexMB },
  ...COMMAND_NAMES.flatMap((name): CostSeries[] => [
    {
      key: `${name}.cold`,
      label: `${name} cold (max)`,
      unit: "ms",
      value: (r) => r.commands[name]?.cold?.max,
    },
    {
      key: `${name}.warm`,
      label: `${name} warm p50`,
      unit: "ms",
      value: (r) => r.commands[name]?.warm?.p50,
    },
    {
      key: `${name}.uncached`,
      label: `${name} uncached p50`,
      unit: "ms",
      value: (r) => r.commands[name]?.uncached?.p50,
    },
    {
      key: `${name}.naive`,
      label: `${name} naive p50`,
      unit: "ms",
      value: (r) => r.commands[name]?.naive?.p50,
    },
  ]),
];

/** Growth of one cost between two sizes; also per indexed sentence, since dedup varies by size. */
export interface Growth {
  readonly from: number;
  readonly to: number;
  /** log(t_to / t_from) / log(to / from): 1 = linear in articles. */
  readonly exponent: number | null;
  /** The same against the number of indexed sentences (after the near-duplicate filter). */
  readonly perSentence: number | null;
}

/**
 * Growth of every cost from 1,000 to 10,000 articles when both were measured; otherwise between
 * the two largest sizes that were, the next size up being an extrapolation.
 */
export function growthOf(results: readonly SizeResult[]): Record<string, Growth> {
  const growth: Record<string, Growth> = {};
  for (const cost of COSTS) {
    const measured = results
      .filter((r) => cost.value(r) !== undefined)
      .sort((a, b) => a.size - b.size);
    const large = measured.find((r) => r.size === 10_000);
    const small = measured.find((r) => r.size === 1_000);
    const pair =
      large && small ? [small, large] : measured.length >= 2 ? measured.slice(-2) : undefined;
    const [a, b] = pair ?? [];
    if (!a || !b) continue;
    const sentenceRatio = (b.corpus?.sentences ?? 0) / (a.corpus?.sentences ?? 0);
    growth[cost.key] = {
      from: a.size,
      to: b.size,
      exponent: growthExponent(cost.value(a), cost.value(b), b.size / a.size),
      perSentence:
        sentenceRatio > 1 && Number.isFinite(sentenceRatio)
          ? growthExponent(cost.value(a), cost.value(b), sentenceRatio)
          : null,
    };
  }
  return growth;
}

/** t(size) ≈ t(measured) × (size / measured)^exponent, for a size that was not measured. */
export function extrapolate(
  results: readonly SizeResult[],
  cost: CostSeries,
  growth: Growth | undefined,
  size: number,
): number | null {
  if (!growth || growth.exponent === null) return null;
  const base = results.find((r) => r.size === growth.to);
  const value = base ? cost.value(base) : undefined;
  if (value === undefined) return null;
  return value * (size / growth.to) ** growth.exponent;
}
