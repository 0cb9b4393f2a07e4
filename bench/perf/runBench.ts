/**
 * `npm run bench [-- --sizes 100,1000,10000] [--seed n] [--reps n] [--naive-reps n]
 *   [--budget-s n] [--timeout-min n] [--workers n] [--no-incremental] [--profile] [--out file] [--keep]
 *   [--real-sizes 3000,10000,34025|none] [--year-sizes 100000|none] [--corpus <orangesum-news.jsonl.gz>]`
 *
 * Issue 8's benchmark. For each size it generates a synthetic corpus (generateCorpus.ts) into a
 * temporary folder, then measures it in a fresh child process (this script with --child), so the
 * peak RSS is that size's alone: ingest, index build, cold/warm/naive latencies of brief, official
 * and digest. A size that runs longer than --timeout-min is stopped and reported as timed out, with
 * the phases it finished. Prints a table and the targets, and writes bench/results/perf.json.
 *
 * Then real news (issue 17): index builds of the first 3,000, 10,000 and 34,025 articles of the
 * shared corpus (`measureRealBuilds`; default ../shared/corpora/orangesum-news.jsonl.gz, skipped,
 * saying so, when absent), with the 10k target; their figures go into perf.json under `real`.
 * And (issue 23) how long a serving process stops answering while new articles join 10,000 real
 * ones (bench/reindexStall.ts, in a child process): perf.json's `reindexStall`.
 *
 * Then a year of news (issue 21): every article of the shared corpus plus articles generated from
 * its clauses (real names, vocabulary and sentence shapes; yearCorpus.ts) up to 100,000, measured
 * in a child process with Node's default heap on briefbot's own path only — first build from the
 * files and save, restart from the saved index, 1 % new files added, then the latencies on that
 * index — against issue 21's targets: perf.json's `year`. Skipped, saying so, without the shared
 * corpus.
 */
import { fork } from "node:child_process";
import { access, mkdir, mkdtemp, readdir, rm, stat, writeFile } from "node:fs/promises";
import { cpus, platform, tmpdir, totalmem } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { defaultWorkers } from "../../src/config/environment.js";
import { defaultConfigDir, defaultCorpusDir, packageRoot } from "../../src/config/paths.js";
import { SHARED_CORPUS } from "../gold/sharedCorpus.js";
import { measureRealBuilds, realTargetLine, storyTargetLine } from "../real/realBuilds.js";
import { measureReindexStall, stallTargetLine } from "../real/reindexStallChild.js";
import { type HotSpots, hotSpots } from "./cpuProfile.js";
import { generateArticles, writeCorpus } from "./generateCorpus.js";
import { growthOf } from "./growth.js";
import { measureSize } from "./measureSize.js";
import { loadRealMaterial } from "./realMaterial.js";
import { formatTable, formatTargets } from "./report.js";
import {
  type ChildMessage,
  COMMAND_NAMES,
  type CommandName,
  type GeneratedCorpusStats,
  type SizeMeasurement,
  type SizeResult,
} from "./results.js";
import { loadSourceMaterial, type SourceMaterial } from "./sourceMaterial.js";
import { checkTargets, checkYearTargets, formatValue, YEAR_SIZE } from "./targets.js";
import { writeYearCorpus, writeYearExtra, type YearCorpus } from "./yearCorpus.js";

/** The clock the commands see during the benchmark: just after the synthetic year. */
const BENCH_NOW = new Date("2023-01-02T08:00:00Z");

interface BenchOptions {
  readonly sizes: readonly number[];
  readonly seed: number;
  readonly reps: number;
  readonly naiveReps: number;
  readonly budgetMs: number;
  readonly timeoutMs: number;
  readonly profile: boolean;
  readonly out: string;
  readonly keep: boolean;
  /** Worker threads for ingest: what briefbot uses here (BRIEFBOT_WORKERS' default). */
  readonly workers: number;
  readonly incremental: boolean;
  /** Shared-corpus sizes to build after the synthetic ones (none: []). */
  readonly realSizes: readonly number[];
  /** Sizes of the year-of-news corpora (shared corpus + generated from it; none: []). */
  readonly yearSizes: readonly number[];
  readonly corpus: string;
}

function usage(message: string): never {
  console.error(
    `bench: ${message}\nUsage: npm run bench -- [--sizes 100,1000,10000] [--seed n] [--reps n] ` +
      "[--naive-reps n] [--budget-s n] [--timeout-min n] [--workers n] [--no-incremental] [--profile] [--out file] [--keep]",
  );
  process.exit(2);
}

/** A number option: positive, or also 0 when `zero` (--naive-reps 0 skips the baseline). */
function positive(flag: string, value: string | undefined, fallback: number, zero = false): number {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!Number.isFinite(n) || n < 0 || (n === 0 && !zero)) {
    usage(`--${flag} expects a ${zero ? "non-negative" : "positive"} number, found '${value}'`);
  }
  return n;
}

function commandLine() {
  try {
    return parseArgs({
      options: {
        sizes: { type: "string" },
        seed: { type: "string" },
        reps: { type: "string" },
        "naive-reps": { type: "string" },
        "budget-s": { type: "string" },
        "timeout-min": { type: "string" },
        profile: { type: "boolean" },
        out: { type: "string" },
        keep: { type: "boolean" },
        "no-incremental": { type: "boolean" },
        child: { type: "boolean" },
        dir: { type: "string" },
        bytes: { type: "string" },
        workers: { type: "string" },
        "real-sizes": { type: "string" },
        "year-sizes": { type: "string" },
        corpus: { type: "string" },
        extra: { type: "string" },
        "saved-index-only": { type: "boolean" },
      },
    }).values;
  } catch (error) {
    return usage(error instanceof Error ? error.message : String(error));
  }
}

type Args = ReturnType<typeof commandLine>;

function benchOptions(args: Args): BenchOptions {
  const sizes = (args.sizes ?? "100,1000,10000").split(",").map((s) => {
    const n = Number(s.replace(/[_\s]/g, ""));
    if (!Number.isInteger(n) || n < 1) usage(`--sizes expects whole numbers, found '${s}'`);
    return n;
  });
  const profile = args.profile ?? false;
  const results = join(packageRoot(), "bench", "results");
  return {
    sizes,
    seed: positive("seed", args.seed, 2022),
    reps: positive("reps", args.reps, 30),
    naiveReps: positive("naive-reps", args["naive-reps"], 3, true),
    budgetMs: positive("budget-s", args["budget-s"], 60) * 1000,
    timeoutMs: positive("timeout-min", args["timeout-min"], 10) * 60_000,
    profile,
    out: resolve(args.out ?? join(results, profile ? "perf-profile.json" : "perf.json")),
    keep: args.keep ?? false,
    workers: positive("workers", args.workers, defaultWorkers()),
    incremental: !(args["no-incremental"] ?? false),
    realSizes: sizeList("real-sizes", args["real-sizes"], "3000,10000,34025"),
    yearSizes: sizeList("year-sizes", args["year-sizes"], String(YEAR_SIZE)),
    corpus: resolve(args.corpus ?? SHARED_CORPUS),
  };
}

/** A list of sizes given as "3000,10000", or none. */
function sizeList(flag: string, value: string | undefined, fallback: string): number[] {
  if (value === "none") return [];
  return (value ?? fallback).split(",").map((s) => {
    const n = Number(s.replace(/[_\s]/g, ""));
    if (!Number.isInteger(n) || n < 1)
      usage(`--${flag} expects whole numbers or none, found '${s}'`);
    return n;
  });
}

/** The child side: measure one generated corpus folder and report to the parent. */
async function runChild(args: Args): Promise<void> {
  const send = (message: ChildMessage) =>
    new Promise<void>((done) => {
      if (process.send) process.send(message, undefined, {}, () => done());
      else done();
    });
  try {
    if (args.dir === undefined) throw new Error("--child needs --dir");
    await measureSize(
      {
        corpusDir: args.dir,
        configDir: defaultConfigDir(),
        bytes: Number(args.bytes ?? 0),
        reps: positive("reps", args.reps, 30),
        naiveReps: positive("naive-reps", args["naive-reps"], 3, true),
        budgetMs: positive("budget-s", args["budget-s"], 60) * 1000,
        now: BENCH_NOW,
        workers: Number(args.workers ?? 1),
        extraDir: args.extra ?? null,
        savedIndexOnly: args["saved-index-only"] ?? false,
      },
      (message) => void send(message),
    );
    await send({ kind: "phase", phase: "done" });
  } catch (error) {
    await send({
      kind: "error",
      message: error instanceof Error ? (error.stack ?? error.message) : String(error),
    });
    process.exitCode = 1;
  }
  process.disconnect?.();
}

interface ChildOutcome {
  readonly measurement: SizeMeasurement;
  readonly status: SizeResult["status"];
  readonly stoppedIn?: { readonly phase: string; readonly afterMs: number };
  readonly error?: string;
}

function measureInChild(
  size: number,
  dir: string,
  extraDir: string | null,
  bytes: number,
  options: BenchOptions,
  profileDir: string | null,
  /** A year of news: briefbot's saved-index path only, no naive baseline (`MeasureOptions`). */
  savedIndexOnly = false,
): Promise<ChildOutcome> {
  return new Promise((done) => {
    const script = fileURLToPath(import.meta.url);
    const child = fork(
      script,
      [
        "--child",
        "--dir",
        dir,
        "--bytes",
        String(bytes),
        "--reps",
        String(options.reps),
        "--naive-reps",
        String(savedIndexOnly ? 0 : options.naiveReps),
        "--budget-s",
        String(options.budgetMs / 1000),
        "--workers",
        String(options.workers),
        ...(extraDir === null ? [] : ["--extra", extraDir]),
        ...(savedIndexOnly ? ["--saved-index-only"] : []),
      ],
      { execArgv: profileDir ? ["--cpu-prof", `--cpu-prof-dir=${profileDir}`] : [] },
    );
    const started = performance.now();
    let measurement: SizeMeasurement = { commands: {} };
    let phase = "start";
    let phaseStarted = started;
    let finished = false;
    let error: string | undefined;
    let timedOut = false;
    child.on("message", (message: ChildMessage) => {
      if (message.kind === "measurement") measurement = message.measurement;
      else if (message.kind === "error") error = message.message;
      else {
        if (message.phase === "done") finished = true;
        else log(size, `${message.phase}… (${seconds(performance.now() - started)} since start)`);
        phase = message.phase;
        phaseStarted = performance.now();
      }
    });
    const timer = setTimeout(() => {
      timedOut = true;
      log(size, `timed out after ${seconds(options.timeoutMs)} in "${phase}", stopping it`);
      child.kill("SIGKILL");
    }, options.timeoutMs);
    child.on("exit", (code, signal) => {
      clearTimeout(timer);
      const stoppedIn = { phase, afterMs: performance.now() - phaseStarted };
      if (timedOut) done({ measurement, status: "timed out", stoppedIn });
      else if (finished && code === 0) done({ measurement, status: "ok" });
      else {
        const reason = error ?? `child exited with ${signal ?? `code ${code}`}`;
        done({ measurement, status: "failed", stoppedIn, error: reason });
      }
    });
  });
}

function log(size: number, message: string): void {
  console.error(`[${size.toLocaleString("en-US")}] ${message}`);
}

function seconds(ms: number): string {
  return `${(ms / 1000).toFixed(1)} s`;
}

async function latestProfile(dir: string): Promise<string | null> {
  const files = (await readdir(dir)).filter((f) => f.endsWith(".cpuprofile")).sort();
  const last = files[files.length - 1];
  return last === undefined ? null : join(dir, last);
}

/** A year-of-news run: what the corpus held, and what the child measured. */
type YearResult = SizeResult & { readonly corpusMade: YearCorpus & { readonly makeMs: number } };

/**
 * The year-of-news sizes (`writeYearCorpus`), each measured in a child on briefbot's saved-index
 * path; null without the shared corpus.
 */
async function measureYears(
  options: BenchOptions,
  bundled: SourceMaterial,
): Promise<YearResult[] | null> {
  if (options.yearSizes.length === 0) return [];
  try {
    await access(options.corpus);
  } catch {
    return null;
  }
  const started = performance.now();
  const real = await loadRealMaterial(options.corpus, bundled);
  console.error(
    `[year] ${real.sentences.toLocaleString("en-US")} sentences of ${real.articles.toLocaleString("en-US")} shared articles cut into clauses in ${seconds(performance.now() - started)}`,
  );
  const years: YearResult[] = [];
  const work = await mkdtemp(join(tmpdir(), "briefbot-bench-year-"));
  try {
    await measureYearSizes(options, real.material, work, years);
  } finally {
    if (!options.keep) await rm(work, { recursive: true, force: true });
  }
  return years;
}

async function measureYearSizes(
  options: BenchOptions,
  material: SourceMaterial,
  work: string,
  years: YearResult[],
): Promise<void> {
  for (const size of options.yearSizes) {
    const dir = join(work, `year-${size}`);
    const extraDir = join(work, `year-${size}-extra`);
    const making = performance.now();
    const made = await writeYearCorpus(options.corpus, material, size, dir, options.seed);
    await writeYearExtra(
      material,
      Math.max(10, Math.round(size / 100)),
      extraDir,
      options.seed + 1,
    );
    const bytes = await folderBytes(dir);
    const corpusMade = { ...made, bytes, makeMs: performance.now() - making };
    log(
      size,
      `year of news: ${made.real} shared articles + ${made.generated} generated from them, ${(bytes / 1e6).toFixed(0)} MB in ${dir}`,
    );
    const outcome = await measureInChild(size, dir, extraDir, bytes, options, null, true);
    years.push({ size, corpusMade, ...outcome.measurement, ...outcomeFields(outcome) });
    log(
      size,
      outcome.status === "ok"
        ? "done"
        : `${outcome.status}${outcome.error ? `: ${outcome.error.split("\n")[0]}` : ""}`,
    );
    if (!options.keep) {
      await rm(dir, { recursive: true, force: true });
      await rm(extraDir, { recursive: true, force: true });
    }
  }
}

async function folderBytes(dir: string): Promise<number> {
  let bytes = 0;
  for (const name of await readdir(dir)) bytes += (await stat(join(dir, name))).size;
  return bytes;
}

function fmt(ms: number | undefined): string {
  return ms === undefined ? "—" : formatValue(ms, "ms");
}

function printYears(years: readonly YearResult[] | null, options: BenchOptions): void {
  console.log("A year of news (issue 21): the shared corpus + articles generated from its clauses");
  if (years === null) {
    console.log(
      `  skipped — ${options.corpus} is not here (a user's clone has no ../shared; pass --corpus)\n`,
    );
    return;
  }
  for (const y of years) {
    const made = y.corpusMade;
    console.log(
      `  ${y.size.toLocaleString("en-US")} articles (${made.real.toLocaleString("en-US")} shared + ${made.generated.toLocaleString("en-US")} generated, ${(made.bytes / 1e6).toFixed(0)} MB): ${y.stoppedIn ? `${y.status} in ${y.stoppedIn.phase}` : y.status}${y.corpus ? `; ${y.corpus.articles.toLocaleString("en-US")} articles indexed, ${y.corpus.distinctTerms.toLocaleString("en-US")} distinct terms, ${y.corpus.people.toLocaleString("en-US")} people` : ""}`,
    );
    if (y.error) console.log(`    ${y.error.split("\n")[0]}`);
    const inc = y.incremental;
    const p99 = (name: CommandName) => y.commands[name]?.uncached?.p99;
    const figures = [
      inc &&
        `first build ${fmt(inc.firstBuildMs)}${Number.isFinite(inc.saveMs) ? ` + save ${fmt(inc.saveMs)} (${inc.snapshotMB.toFixed(0)} MB)` : ", its save not finished"}`,
      inc?.restartMs !== undefined && `restart ${fmt(inc.restartMs)}`,
      inc?.addMs !== undefined && `${inc.files} new files ${fmt(inc.addMs)}`,
      y.rss?.peakMB !== undefined && `peak RSS ${y.rss.peakMB.toFixed(0)} MB`,
      COMMAND_NAMES.some((n) => p99(n) !== undefined) &&
        `uncached p99 ${COMMAND_NAMES.map((n) => `${n} ${fmt(p99(n))}`).join(", ")}`,
    ].filter((f): f is string => typeof f === "string");
    if (figures.length > 0) console.log(`    ${figures.join("; ")}`);
    if (y.size === YEAR_SIZE) console.log(`${formatTargets(checkYearTargets(y))}\n`);
    else console.log(`    (issue 21's targets are set at ${YEAR_SIZE.toLocaleString("en-US")})\n`);
  }
}

async function runParent(options: BenchOptions): Promise<void> {
  const root = packageRoot();
  const material = await loadSourceMaterial(defaultCorpusDir(), defaultConfigDir());
  const work = await mkdtemp(join(tmpdir(), "briefbot-bench-"));
  const results: SizeResult[] = [];
  const profiles: Record<string, HotSpots & { readonly file: string }> = {};
  try {
    for (const size of options.sizes) {
      const dir = join(work, String(size));
      const started = performance.now();
      const articles = generateArticles(material, { count: size, seed: options.seed });
      const written = await writeCorpus(dir, articles);
      const generated: GeneratedCorpusStats = {
        files: written.files,
        bytes: written.bytes,
        generateMs: performance.now() - started,
        duplicates: articles.filter((a) => a.duplicateOf !== null).length,
        boilerplateBlocks: articles.reduce((n, a) => n + a.boilerplateBlocks, 0),
      };
      log(
        size,
        `generated ${written.files} files, ${(written.bytes / 1e6).toFixed(1)} MB in ${dir}`,
      );
      const profileDir = options.profile ? join(work, `profile-${size}`) : null;
      if (profileDir) await mkdir(profileDir, { recursive: true });
      // 1 % more articles, from another seed, for the incremental phase.
      const extraDir = options.incremental ? join(work, `${size}-extra`) : null;
      if (extraDir) {
        const extra = generateArticles(material, {
          count: Math.max(10, Math.round(size / 100)),
          seed: options.seed + 1,
        });
        await writeCorpus(
          extraDir,
          extra.map((a) => ({ ...a, file: `extra-${a.file}` })),
        );
      }
      const outcome = await measureInChild(size, dir, extraDir, written.bytes, options, profileDir);
      results.push({ size, generated, ...outcome.measurement, ...outcomeFields(outcome) });
      log(
        size,
        outcome.status === "ok"
          ? "done"
          : `${outcome.status}${outcome.error ? `: ${outcome.error}` : ""}`,
      );
      const profile = profileDir ? await latestProfile(profileDir) : null;
      if (profile) profiles[String(size)] = { file: profile, ...(await hotSpots(profile, root)) };
      if (!options.keep) await rm(dir, { recursive: true, force: true });
      if (!options.keep && extraDir) await rm(extraDir, { recursive: true, force: true });
    }
  } finally {
    if (!options.keep && !options.profile) await rm(work, { recursive: true, force: true });
  }

  const real =
    options.realSizes.length === 0
      ? null
      : await measureRealBuilds(
          options.corpus,
          options.realSizes,
          (line) => console.error(`[real] ${line}`),
          options.workers,
        );
  const stall =
    options.realSizes.length === 0
      ? null
      : await measureReindexStall(options.corpus, (line) => console.error(`[stall] ${line}`));
  const year = await measureYears(options, material);
  const growth = growthOf(results);
  const targets = checkTargets(results, growth);
  console.log(
    `\nbriefbot benchmark — ${new Date().toISOString()}, node ${process.version}, ${cpus().length} CPU(s)`,
  );
  console.log(`${formatTable(results, growth)}\n`);
  console.log("Targets (issue 8):");
  console.log(`${formatTargets(targets)}\n`);
  if (options.realSizes.length > 0) {
    console.log("Real news (issue 17): first N articles of the shared corpus");
    if (real === null) {
      console.log(
        `  skipped — ${options.corpus} is not here (a user's clone has no ../shared; pass --corpus)\n`,
      );
    } else {
      for (const r of real) {
        console.log(
          `  ${String(r.articles).padStart(6)} articles: build ${r.seconds.toFixed(1)} s, RSS ${r.rssMB} MB, ${r.people} people, ${r.statements} statements; stories ${r.storySeconds.toFixed(1)} s (${r.stories}, ${r.storiesOfSeveral} of several articles)`,
        );
      }
      console.log(`  ${realTargetLine(real)}`);
      console.log(`  ${storyTargetLine(real)}\n`);
    }
  }
  if (stall !== null) {
    console.log("Re-index while serving (issue 23): new articles into 10,000 real ones");
    console.log(`  ${stallTargetLine(stall)}\n`);
  }
  if (options.yearSizes.length > 0) printYears(year, options);
  for (const [size, spots] of Object.entries(profiles)) {
    console.log(`CPU profile of ${size} articles (${spots.file}), by self time:`);
    for (const s of spots.bySelf) {
      console.log(`  ${formatValue(s.selfMs, "ms").padStart(9)}  ${s.function}  ${s.location}`);
    }
    console.log("  our functions by total time:");
    for (const s of spots.byTotal) {
      console.log(`  ${formatValue(s.totalMs, "ms").padStart(9)}  ${s.function}  ${s.location}`);
    }
  }
  const report = {
    date: new Date().toISOString(),
    node: process.version,
    cpus: cpus().length,
    cpuModel: cpus()[0]?.model ?? null,
    totalMemoryMB: Math.round(totalmem() / 1e6),
    platform: platform(),
    profiled: options.profile,
    options: {
      sizes: options.sizes,
      seed: options.seed,
      workers: options.workers,
      reps: options.reps,
      naiveReps: options.naiveReps,
      budgetS: options.budgetMs / 1000,
      timeoutMin: options.timeoutMs / 60_000,
      now: BENCH_NOW.toISOString(),
    },
    sizes: results,
    growth,
    targets,
    real: real === null ? null : { corpus: options.corpus, builds: real },
    reindexStall: stall,
    year,
    ...(options.profile ? { hotSpots: profiles } : {}),
  };
  await mkdir(dirname(options.out), { recursive: true });
  await writeFile(options.out, `${JSON.stringify(report, null, 2)}\n`);
  console.log(`Results written to ${options.out}`);
}

function outcomeFields(outcome: ChildOutcome): Pick<SizeResult, "status" | "stoppedIn" | "error"> {
  return {
    status: outcome.status,
    ...(outcome.stoppedIn && outcome.status !== "ok" ? { stoppedIn: outcome.stoppedIn } : {}),
    ...(outcome.error === undefined ? {} : { error: outcome.error }),
  };
}

const args = commandLine();
if (args.child) await runChild(args);
else await runParent(benchOptions(args));
