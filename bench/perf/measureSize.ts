import { mkdtemp, rm, stat } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { BRIEFING_RULES } from "../../briefings/rules/briefingRules.js";
import { brief } from "../../commands/brief.js";
import { digest } from "../../commands/digest.js";
import { official } from "../../commands/official.js";
import { runCommand } from "../../commands/runCommand.js";
import type { Command, CommandDeps, CommandInput } from "../../commands/types.js";
import { loadCorpus } from "../../src/corpus/loadCorpus.js";
import { workerCount, workOf } from "../../src/corpus/parallel/analyseEntries.js";
import { nodeCorpusFs } from "../../src/corpus/read/corpusFs.js";
import { listCorpusFolder } from "../../src/corpus/read/readCorpusFolder.js";
import type { Corpus } from "../../src/corpus/types.js";
import { AnswerCache } from "../../src/index/answerCache.js";
import { buildIndex, buildIndexInParallel } from "../../src/index/buildIndex.js";
import type { CorpusIndex } from "../../src/index/corpusIndex.js";
import { createEngineCache } from "../../src/index/engineCache.js";
import { LiveCorpus } from "../../src/index/liveCorpus.js";
import { loadOfficialsConfig, type OfficialsConfig } from "../../src/officials/officialsConfig.js";
import { extractiveSummarizer as summarizer } from "../../src/summarize/extractiveSummarizer.js";
import { loadTopicsConfig, type TopicsConfig } from "../../src/topics/topicsConfig.js";
import type {
  ChildMessage,
  CommandLatencies,
  CommandName,
  LoadedCorpusStats,
  SizeMeasurement,
} from "./results.js";
import { latencyOf } from "./stats.js";

export interface MeasureOptions {
  readonly corpusDir: string;
  readonly configDir: string;
  /** Bytes of the corpus folder, for MB/s. */
  readonly bytes: number;
  /** Warm calls per command (rotating inputs). */
  readonly reps: number;
  /** Naive calls per command (each rebuilds the index); 0 skips the naive baseline. */
  readonly naiveReps: number;
  /** A repeated-call loop stops early after this long (keeping at least 3 warm / 1 naive call). */
  readonly budgetMs: number;
  /** The clock the commands see: fixed, so replies are the same run to run. */
  readonly now: Date;
  /** Worker threads for ingest, as `briefbot` would use on this machine. */
  readonly workers: number;
  /** New files to add to the saved index in the incremental phase; null skips that phase. */
  readonly extraDir: string | null;
  /**
   * Only briefbot's own path (a year of news): the saved index built from the files, saved,
   * restarted from, the new files added, and the latencies measured on that index — no separate
   * ingest and index, which would hold a second index beside it.
   */
  readonly savedIndexOnly?: boolean;
}

/** `official` names: Blinken first (the cold call), then others the bundled corpus quotes. */
export const OFFICIAL_QUERIES = ["Blinken", "Lavrov", "Stoltenberg", "Truss", "Sherman", "Borrell"];

interface CommandCase {
  readonly name: CommandName;
  readonly command: Command;
  readonly inputs: readonly CommandInput[];
}

/**
 * Measures one corpus size in this process, phase by phase: ingest (loadCorpus), index build,
 * cold, warm and naive command latencies, RSS. After each phase it reports everything measured so
 * far, so a parent that stops a slow size still has the finished phases.
 */
export async function measureSize(
  options: MeasureOptions,
  report: (message: ChildMessage) => void,
): Promise<void> {
  const m: SizeMeasurement = { commands: {} };
  const phase = (name: string) => report({ kind: "phase", phase: name });
  const publish = () => report({ kind: "measurement", measurement: m });

  const topics = await loadTopicsConfig(options.configDir);
  const officials = await loadOfficialsConfig(options.configDir);
  if (options.savedIndexOnly === true) {
    if (options.extraDir === null) throw new Error("measureSize: savedIndexOnly needs extraDir");
    const index = await measureIncremental(
      m,
      options,
      topics,
      officials,
      options.extraDir,
      publish,
      phase,
    );
    m.corpus = corpusStats(index);
    publish();
    await measureLatencies(m, options, index, null, topics, officials, report);
    return;
  }

  phase("ingest");
  // One engine cache for ingest and index, as the live corpus has: the index reuses the terms.
  const cache = createEngineCache();
  let start = performance.now();
  const corpus = await loadCorpus(options.corpusDir, {
    workers: options.workers,
    terms: cache.terms,
  });
  const ingestMs = performance.now() - start;
  m.ingest = {
    ms: ingestMs,
    articlesPerS: corpus.articles.length / (ingestMs / 1000),
    mbPerS: options.bytes / 1e6 / (ingestMs / 1000),
    workers: workerCount(
      workOf((await listCorpusFolder(options.corpusDir, nodeCorpusFs)).entries),
      {
        fs: nodeCorpusFs,
        workers: options.workers,
      },
    ),
  };
  publish();

  phase("index");
  start = performance.now();
  // As the live corpus builds it: people discovery in a worker thread beside this one.
  const index = await buildIndexInParallel(
    corpus,
    topics,
    officials,
    BRIEFING_RULES,
    options.workers,
    cache,
  );
  m.index = { ms: performance.now() - start };
  m.rss = { afterIndexMB: maxRssMB() };
  m.corpus = corpusStats(index);
  publish();

  await measureLatencies(m, options, index, corpus, topics, officials, report);
  if (options.extraDir !== null) {
    await measureIncremental(m, options, topics, officials, options.extraDir, publish, phase);
  }
}

/**
 * Cold, warm, uncached and (given the loaded `corpus`) naive latencies of brief, official and
 * digest on `index`, then the peak RSS.
 */
async function measureLatencies(
  m: SizeMeasurement,
  options: MeasureOptions,
  index: CorpusIndex,
  corpus: Corpus | null,
  topics: TopicsConfig,
  officials: OfficialsConfig,
  report: (message: ChildMessage) => void,
): Promise<void> {
  const phase = (name: string) => report({ kind: "phase", phase: name });
  const publish = () => report({ kind: "measurement", measurement: m });
  const deps: CommandDeps = { index, summarizer, now: () => options.now };
  const cases: CommandCase[] = [
    { name: "brief", command: brief, inputs: topics.topics.map((t) => ({ topic: t.id })) },
    { name: "official", command: official, inputs: OFFICIAL_QUERIES.map((name) => ({ name })) },
    { name: "digest", command: digest, inputs: [{}] },
  ];
  const replies = new Map<CommandName, Record<string, number>>();
  const timed = async (c: CommandCase, input: CommandInput, callDeps: CommandDeps) => {
    const started = performance.now();
    const { reply } = await runCommand(c.command, input, callDeps, null);
    const ms = performance.now() - started;
    const kinds = replies.get(c.name) ?? {};
    kinds[reply.kind] = (kinds[reply.kind] ?? 0) + 1;
    replies.set(c.name, kinds);
    return ms;
  };
  const update = (name: CommandName, patch: Partial<CommandLatencies>) => {
    m.commands[name] = { ...m.commands[name], ...patch, replies: { ...replies.get(name) } };
    publish();
  };

  for (const c of cases) {
    phase(`cold ${c.name}`);
    const samples: number[] = [];
    for (const input of c.inputs) samples.push(await timed(c, input, deps));
    update(c.name, { cold: latencyOf(samples) });
  }
  for (const c of cases) {
    phase(`warm ${c.name}`);
    const samples = await repeat(options.reps, 3, options.budgetMs, (i) =>
      timed(c, inputAt(c, i), deps),
    );
    update(c.name, { warm: latencyOf(samples) });
  }
  for (const c of cases) {
    phase(`uncached ${c.name}`);
    // A copy with an empty answer cache: the same precomputed lists, no remembered answer, so
    // this is the cost of computing a reply.
    const samples = await repeat(options.reps, 3, options.budgetMs, (i) =>
      timed(c, inputAt(c, i), { ...deps, index: { ...index, answers: new AnswerCache() } }),
    );
    update(c.name, { uncached: latencyOf(samples) });
  }
  if (corpus !== null && options.naiveReps > 0) await measureNaive(corpus);
  async function measureNaive(loaded: Corpus): Promise<void> {
    for (const c of cases) {
      phase(`naive ${c.name}`);
      const samples = await repeat(options.naiveReps, 1, options.budgetMs, (i) =>
        naiveCall(loaded, topics, officials, options.now, (naiveDeps) =>
          timed(c, inputAt(c, i), naiveDeps),
        ),
      );
      const naive = latencyOf(samples);
      // Against the answer computed (the answer cache bypassed), not a cache hit.
      const uncached = m.commands[c.name]?.uncached;
      update(c.name, uncached ? { naive, naiveRatio: naive.p50 / uncached.p50 } : { naive });
    }
  }
  m.rss = { afterIndexMB: m.rss?.afterIndexMB ?? maxRssMB(), peakMB: maxRssMB() };
  publish();
}

/**
 * The saved index, as `briefbot serve`/`ingest` use it: a first build that writes the snapshot,
 * a restart from it, then `ingest` of 1 % new files, which analyses those files only.
 */
async function measureIncremental(
  m: SizeMeasurement,
  options: MeasureOptions,
  topics: TopicsConfig,
  officials: OfficialsConfig,
  extraDir: string,
  publish: () => void,
  /** Names the step under way ("first build", "save", "restart", "add"): what a stop is blamed on. */
  phase: (name: string) => void,
): Promise<CorpusIndex> {
  const snapshotDir = await mkdtemp(join(tmpdir(), "briefbot-bench-index-"));
  try {
    const live = {
      corpusDir: options.corpusDir,
      topics,
      officials,
      rules: BRIEFING_RULES,
      snapshotFile: join(snapshotDir, "index.v8"),
      workers: options.workers,
    };
    await firstBuildAndSave(m, live, publish, phase);
    publish();
    phase("restart");
    let start = performance.now();
    const restarted = await LiveCorpus.open(live);
    const restartMs = performance.now() - start;
    m.incremental = { ...(m.incremental as FirstBuild), restartMs };
    publish();
    phase("add");
    start = performance.now();
    const report = await restarted.corpus.ingest(extraDir);
    const addMs = performance.now() - start;
    m.incremental = {
      ...(m.incremental as FirstBuild),
      restartMs,
      files: report.added,
      addMs,
      articlesAfter: report.articles,
    };
    publish();
    await restarted.corpus.close();
    return restarted.corpus.index;
  } finally {
    await rm(snapshotDir, { recursive: true, force: true });
  }
}

type FirstBuild = Pick<
  NonNullable<SizeMeasurement["incremental"]>,
  "firstBuildMs" | "saveMs" | "snapshotMB"
>;

/** The first build from the files and its save, as `briefbot serve` does; the live corpus closed after. */
async function firstBuildAndSave(
  m: SizeMeasurement,
  live: Parameters<typeof LiveCorpus.open>[0] & { readonly snapshotFile: string },
  publish: () => void,
  phase: (name: string) => void,
): Promise<void> {
  phase("first build");
  let start = performance.now();
  const first = await LiveCorpus.open(live);
  const firstBuildMs = performance.now() - start;
  m.rss = { ...m.rss, afterIndexMB: m.rss?.afterIndexMB ?? maxRssMB() };
  // Published before the save: a save that runs out of memory leaves the build's figures.
  m.incremental = { firstBuildMs, saveMs: Number.NaN, snapshotMB: Number.NaN };
  publish();
  phase("save");
  start = performance.now();
  await first.corpus.save();
  const saveMs = performance.now() - start;
  const snapshotMB = (await stat(live.snapshotFile)).size / 1e6;
  m.incremental = { firstBuildMs, saveMs, snapshotMB };
  await first.corpus.close();
}

/**
 * The naive way: no index, no cache, the whole analysis redone from the loaded corpus per command
 * (`buildIndex` with a new engine cache). The corpus is deep-copied first (not timed), as a full
 * re-analysis sees fresh objects.
 */
async function naiveCall(
  corpus: Corpus,
  topics: TopicsConfig,
  officials: OfficialsConfig,
  now: Date,
  run: (deps: CommandDeps) => Promise<number>,
): Promise<number> {
  const fresh = structuredClone(corpus);
  const started = performance.now();
  const index = buildIndex(fresh, topics, officials, BRIEFING_RULES);
  await run({ index, summarizer, now: () => now });
  return performance.now() - started;
}

async function repeat(
  times: number,
  atLeast: number,
  budgetMs: number,
  call: (i: number) => Promise<number>,
): Promise<number[]> {
  const samples: number[] = [];
  const started = performance.now();
  for (let i = 0; i < times; i++) {
    if (i >= atLeast && performance.now() - started > budgetMs) break;
    samples.push(await call(i));
  }
  return samples;
}

function inputAt(c: CommandCase, i: number): CommandInput {
  return c.inputs[i % c.inputs.length] ?? {};
}

function corpusStats(index: CorpusIndex): LoadedCorpusStats {
  const terms = new Set<string>();
  for (const s of index.sentences) for (const t of s.terms) terms.add(t);
  const topicPools: Record<string, number> = {};
  for (const topic of index.topics) {
    topicPools[topic.id] = index.sentences.filter(
      (s) => s.standalone && s.topics.has(topic.id),
    ).length;
  }
  return {
    articles: index.articles.length,
    sentences: index.sentences.length,
    distinctTerms: terms.size,
    people: index.officials.people.length,
    statements: index.officials.statements.length,
    warnings: index.warnings.length,
    topicPools,
  };
}

/** Peak resident set size of this process so far, in MB (maxRSS is in kilobytes). */
function maxRssMB(): number {
  return (process.resourceUsage().maxRSS * 1024) / 1e6;
}
