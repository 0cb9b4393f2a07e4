import type { Growth } from "./growth.js";
import type { SizeResult } from "./results.js";

/** One of issue 8's targets, checked on this run's figures. */
export interface TargetCheck {
  readonly target: string;
  readonly measured: string;
  /** n/a: the size or phase it needs was not measured in this run. */
  readonly status: "PASS" | "FAIL" | "n/a";
}

const TARGET_SIZE = 10_000;
const MAX_EXPONENT = 1.2;

interface ValueTarget {
  readonly target: string;
  readonly limit: number;
  readonly unit: "ms" | "MB";
  /** Phases whose timing-out means the value is above any limit we set here ("any": every one). */
  readonly phases: readonly string[] | "any";
  readonly value: (r: SizeResult) => number | undefined;
}

const VALUE_TARGETS: readonly ValueTarget[] = [
  {
    target: "ingest + index of 10,000 articles ≤ 15 s",
    limit: 15_000,
    unit: "ms",
    phases: ["ingest", "index"],
    value: (r) => (r.ingest && r.index ? r.ingest.ms + r.index.ms : undefined),
  },
  {
    target: "RSS after ingest + index of 10,000 articles ≤ 1 GB",
    limit: 1000,
    unit: "MB",
    phases: ["ingest", "index"],
    value: (r) => r.rss?.afterIndexMB,
  },
  {
    target: "warm brief p99 ≤ 100 ms at 10,000",
    limit: 100,
    unit: "ms",
    phases: ["warm brief"],
    value: (r) => r.commands.brief?.warm?.p99,
  },
  {
    target: "warm official p99 ≤ 100 ms at 10,000",
    limit: 100,
    unit: "ms",
    phases: ["warm official"],
    value: (r) => r.commands.official?.warm?.p99,
  },
  {
    target: "warm brief p99 ≤ 100 ms at 10,000, answer cache bypassed",
    limit: 100,
    unit: "ms",
    phases: ["uncached brief"],
    value: (r) => r.commands.brief?.uncached?.p99,
  },
  {
    target: "warm official p99 ≤ 100 ms at 10,000, answer cache bypassed",
    limit: 100,
    unit: "ms",
    phases: ["uncached official"],
    value: (r) => r.commands.official?.uncached?.p99,
  },
  {
    target: "cold brief ≤ 1 s at 10,000 (slowest first call per topic)",
    limit: 1000,
    unit: "ms",
    phases: ["cold brief"],
    value: (r) => r.commands.brief?.cold?.max,
  },
  {
    target: "cold official ≤ 1 s at 10,000 (slowest first call per name)",
    limit: 1000,
    unit: "ms",
    phases: ["cold official"],
    value: (r) => r.commands.official?.cold?.max,
  },
  {
    target: "digest ≤ 2 s at 10,000 (cold, and warm p99 with and without the answer cache)",
    limit: 2000,
    unit: "ms",
    phases: ["cold digest", "warm digest", "uncached digest"],
    value: (r) => {
      const d = r.commands.digest;
      const worst = Math.max(d?.warm?.p99 ?? 0, d?.uncached?.p99 ?? 0);
      return d?.cold ? Math.max(d.cold.max, worst) : undefined;
    },
  },
];

const GROWTH_TARGETS: readonly { readonly key: string; readonly label: string }[] = [
  { key: "ingest", label: "ingest" },
  { key: "index", label: "index build" },
  { key: "brief.warm", label: "brief (warm p50)" },
  { key: "official.warm", label: "official (warm p50)" },
  { key: "digest.warm", label: "digest (warm p50)" },
  { key: "brief.uncached", label: "brief (uncached p50)" },
  { key: "official.uncached", label: "official (uncached p50)" },
  { key: "digest.uncached", label: "digest (uncached p50)" },
];

/** Issue 8's targets: values at 10,000 articles, and growth exponents from 1,000 to 10,000. */
export function checkTargets(
  results: readonly SizeResult[],
  growth: Readonly<Record<string, Growth>>,
): TargetCheck[] {
  const large = results.find((r) => r.size === TARGET_SIZE);
  const checks = valueChecks(VALUE_TARGETS, large, "10,000 not run");
  for (const { key, label } of GROWTH_TARGETS) {
    const g = growth[key];
    const target = `${label} grows at most linearly: exponent 1k→10k ≤ ${MAX_EXPONENT}`;
    if (!g || g.exponent === null || g.from !== 1000 || g.to !== TARGET_SIZE) {
      const hint = g?.exponent != null ? ` (${g.from}→${g.to}: ${g.exponent.toFixed(2)})` : "";
      checks.push({ target, measured: `not measured${hint}`, status: "n/a" });
      continue;
    }
    const perSentence = g.perSentence === null ? "" : `, per sentence ${g.perSentence.toFixed(2)}`;
    checks.push({
      target,
      measured: `${g.exponent.toFixed(2)}${perSentence}`,
      status: g.exponent <= MAX_EXPONENT ? "PASS" : "FAIL",
    });
  }
  return checks;
}

/** Each target checked on `result`'s figures: FAIL when the phase it needs was stopped. */
function valueChecks(
  targets: readonly ValueTarget[],
  result: SizeResult | undefined,
  notRun: string,
): TargetCheck[] {
  return targets.map((t) => {
    const value = result ? t.value(result) : undefined;
    if (value !== undefined) {
      return {
        target: t.target,
        measured: formatValue(value, t.unit),
        status: value <= t.limit ? "PASS" : "FAIL",
      };
    }
    const stopped = result?.stoppedIn;
    if (stopped && (t.phases === "any" || t.phases.includes(stopped.phase))) {
      const how = result?.status === "failed" ? "stopped" : "still running";
      return {
        target: t.target,
        measured: `${result?.status}: "${stopped.phase}" ${how} after ${formatValue(stopped.afterMs, "ms")}`,
        status: "FAIL",
      };
    }
    return {
      target: t.target,
      measured: result ? `not measured (${result.status})` : notRun,
      status: "n/a",
    };
  });
}

/** Issue 21's targets for a year of news (`YEAR_SIZE` articles: the shared corpus and articles generated from it). */
export const YEAR_SIZE = 100_000;

const YEAR_TARGETS: readonly ValueTarget[] = [
  {
    target:
      "first build of 100,000 articles ≤ 120 s (briefbot's saved-index path: files to answerable)",
    limit: 120_000,
    unit: "ms",
    // A year run stopped anywhere never measured what comes after.
    phases: "any",
    value: (r) => r.incremental?.firstBuildMs,
  },
  {
    target: "peak RSS over the whole run ≤ 2 GB, saves included, Node's default heap",
    limit: 2000,
    unit: "MB",
    phases: "any",
    value: (r) => (r.status === "ok" ? r.rss?.peakMB : undefined),
  },
  {
    target: "restart from the saved index ≤ 10 s",
    limit: 10_000,
    unit: "ms",
    phases: "any",
    value: (r) => r.incremental?.restartMs,
  },
  {
    target: "1,000 new articles from files to answerable ≤ 5 s",
    limit: 5000,
    unit: "ms",
    phases: "any",
    value: (r) => r.incremental?.addMs,
  },
  ...(["brief", "official", "digest"] as const).map((name) => ({
    target: `uncached ${name} p99 ≤ 50 ms at 100,000`,
    limit: 50,
    unit: "ms" as const,
    phases: "any" as const,
    value: (r: SizeResult) => r.commands[name]?.uncached?.p99,
  })),
];

/** Issue 21's targets on the year-of-news run. */
export function checkYearTargets(result: SizeResult | undefined): TargetCheck[] {
  return valueChecks(YEAR_TARGETS, result, "100,000 not run");
}

export function formatValue(value: number, unit: "ms" | "MB"): string {
  if (unit === "MB") return `${Math.round(value)} MB`;
  if (value < 1) return `${value.toFixed(2)} ms`;
  if (value < 1000) return `${value.toFixed(value < 10 ? 1 : 0)} ms`;
  return `${(value / 1000).toFixed(value < 10_000 ? 2 : 1)} s`;
}
