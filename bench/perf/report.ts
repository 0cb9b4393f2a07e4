import { COSTS, extrapolate, type Growth } from "./growth.js";
import { COMMAND_NAMES, type SizeResult } from "./results.js";
import type { Latency } from "./stats.js";
import { formatValue, type TargetCheck } from "./targets.js";

interface Row {
  readonly label: string;
  readonly cell: (r: SizeResult) => string | undefined;
  /** Key into the growth table (and the cost series used to extrapolate). */
  readonly growth?: string;
}

const ms = (value: number | undefined) =>
  value === undefined ? undefined : formatValue(value, "ms");
const latency = (l: Latency | undefined) =>
  l && `${ms(l.p50)} / ${ms(l.p95)} / ${ms(l.p99)} (n=${l.samples})`;

const ROWS: readonly Row[] = [
  {
    label: "status",
    cell: (r) => (r.stoppedIn ? `${r.status} in ${r.stoppedIn.phase}` : r.status),
  },
  {
    label: "articles loaded / files",
    cell: (r) => r.corpus && `${r.corpus.articles} / ${r.generated?.files ?? "?"}`,
  },
  { label: "sentences indexed", cell: (r) => r.corpus && String(r.corpus.sentences) },
  { label: "distinct terms", cell: (r) => r.corpus && String(r.corpus.distinctTerms) },
  {
    label: "largest topic pool",
    cell: (r) => r.corpus && String(Math.max(...Object.values(r.corpus.topicPools))),
  },
  {
    label: "corpus on disk",
    cell: (r) => r.generated && `${(r.generated.bytes / 1e6).toFixed(1)} MB`,
  },
  { label: "ingest (loadCorpus)", cell: (r) => ms(r.ingest?.ms), growth: "ingest" },
  {
    label: "  throughput",
    cell: (r) =>
      r.ingest &&
      `${r.ingest.articlesPerS.toFixed(0)} art/s, ${r.ingest.mbPerS.toFixed(2)} MB/s, ${r.ingest.workers} worker(s)`,
  },
  { label: "index build", cell: (r) => ms(r.index?.ms), growth: "index" },
  {
    label: "RSS after ingest+index",
    cell: (r) => r.rss && formatValue(r.rss.afterIndexMB, "MB"),
    growth: "rss",
  },
  {
    label: "peak RSS (whole run)",
    cell: (r) => (r.rss?.peakMB === undefined ? undefined : formatValue(r.rss.peakMB, "MB")),
  },
  {
    label: "saved index: first build + save",
    cell: (r) =>
      r.incremental &&
      `${ms(r.incremental.firstBuildMs)} + ${ms(r.incremental.saveMs)} (${r.incremental.snapshotMB.toFixed(0)} MB)`,
  },
  { label: "  restart from saved index", cell: (r) => ms(r.incremental?.restartMs) },
  {
    label: "  ingest 1 % new files",
    cell: (r) =>
      r.incremental?.addMs === undefined
        ? undefined
        : `${ms(r.incremental.addMs)} (${r.incremental.files} files)`,
  },
  ...COMMAND_NAMES.flatMap((name): Row[] => [
    {
      label: `${name} cold first / max`,
      cell: (r) => {
        const cold = r.commands[name]?.cold;
        return cold && `${ms(cold.first)} / ${ms(cold.max)} (n=${cold.samples})`;
      },
      growth: `${name}.cold`,
    },
    {
      label: `${name} warm p50/p95/p99`,
      cell: (r) => latency(r.commands[name]?.warm),
      growth: `${name}.warm`,
    },
    {
      label: `${name} uncached p50/p95/p99`,
      cell: (r) => latency(r.commands[name]?.uncached),
      growth: `${name}.uncached`,
    },
    {
      label: `${name} naive p50`,
      cell: (r) => {
        const naive = r.commands[name]?.naive;
        return naive && `${ms(naive.p50)} (n=${naive.samples})`;
      },
      growth: `${name}.naive`,
    },
    {
      label: `${name} naive ÷ uncached`,
      cell: (r) => {
        const ratio = r.commands[name]?.naiveRatio;
        return ratio === undefined ? undefined : `${ratio.toFixed(ratio < 10 ? 1 : 0)}×`;
      },
    },
  ]),
];

/** The results as a plain-text table: metrics down, sizes across, then growth. */
export function formatTable(
  results: readonly SizeResult[],
  growth: Readonly<Record<string, Growth>>,
): string {
  const sizes = [...results].sort((a, b) => a.size - b.size);
  const has10k = sizes.some((r) => r.size === 10_000 && r.status === "ok");
  const header = [
    "metric",
    ...sizes.map((r) => r.size.toLocaleString("en-US")),
    "growth k",
    "k per sentence",
    ...(has10k ? [] : ["est. 10,000"]),
  ];
  const lines = ROWS.map((row) => {
    const g = row.growth ? growth[row.growth] : undefined;
    const cost = COSTS.find((c) => c.key === row.growth);
    const estimate = cost ? extrapolate(results, cost, g, 10_000) : null;
    return [
      row.label,
      ...sizes.map((r) => row.cell(r) ?? "—"),
      g?.exponent == null ? "" : `${g.exponent.toFixed(2)} (${g.from}→${g.to})`,
      g?.perSentence == null ? "" : g.perSentence.toFixed(2),
      ...(has10k ? [] : [estimate === null || !cost ? "" : formatValue(estimate, cost.unit)]),
    ];
  });
  const widths = header.map((_, i) =>
    Math.max(...[header, ...lines].map((l) => (l[i] ?? "").length)),
  );
  const format = (cells: readonly string[]) =>
    cells
      .map((c, i) => (i === 0 ? c.padEnd(widths[i] ?? 0) : c.padStart(widths[i] ?? 0)))
      .join("  ");
  return [format(header), widths.map((w) => "─".repeat(w)).join("  "), ...lines.map(format)].join(
    "\n",
  );
}

export function formatTargets(checks: readonly TargetCheck[]): string {
  return checks.map((c) => `${c.status.padEnd(4)}  ${c.target}: ${c.measured}`).join("\n");
}
