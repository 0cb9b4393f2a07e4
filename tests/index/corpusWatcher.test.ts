import { copyFile, mkdir, mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { BRIEFING_RULES } from "../../briefings/rules/briefingRules.js";
import { CorpusWatcher } from "../../src/index/corpusWatcher.js";
import { snapshotPath } from "../../src/index/indexSnapshot.js";
import { LiveCorpus, type LiveCorpusOptions } from "../../src/index/liveCorpus.js";
import type { LogFields, Logger } from "../../src/log/logger.js";
import { loadOfficialsConfig } from "../../src/officials/officialsConfig.js";
import { loadTopicsConfig } from "../../src/topics/topicsConfig.js";
import { CONFIG_DIR, CORPUS_DIR } from "../helpers/engine.js";
import { failingReads } from "../helpers/failingReads.js";

const LATER = "003_763ac30657c09442.txt";
let work: string;
let corpusDir: string;
let dataDir: string;
let watcher: CorpusWatcher | null = null;
const logs: { level: string; message: string; fields: LogFields }[] = [];
const logger: Logger = {
  debug: (message, fields = {}) => logs.push({ level: "debug", message, fields }),
  info: (message, fields = {}) => logs.push({ level: "info", message, fields }),
  warn: (message, fields = {}) => logs.push({ level: "warn", message, fields }),
  error: (message, fields = {}) => logs.push({ level: "error", message, fields }),
};

beforeEach(async () => {
  work = await mkdtemp(join(tmpdir(), "briefbot-watch-"));
  corpusDir = join(work, "corpus");
  dataDir = join(work, "data");
  await mkdir(corpusDir);
  await copyFile(
    join(CORPUS_DIR, "001_af7f786ff45170bb.txt"),
    join(corpusDir, "001_af7f786ff45170bb.txt"),
  );
  logs.length = 0;
});

afterEach(async () => {
  await watcher?.close();
  watcher = null;
  await rm(work, { recursive: true, force: true });
});

async function options(): Promise<LiveCorpusOptions> {
  return {
    corpusDir,
    topics: await loadTopicsConfig(CONFIG_DIR),
    officials: await loadOfficialsConfig(CONFIG_DIR),
    rules: BRIEFING_RULES,
    snapshotFile: snapshotPath(dataDir, corpusDir),
    workers: 1,
  };
}

/** A started watcher of the test's folder and saved index, quick to gather events. */
function watch(corpus: LiveCorpus): CorpusWatcher {
  const started = new CorpusWatcher({
    corpus,
    corpusDir,
    snapshotDir: dirname(snapshotPath(dataDir, corpusDir)),
    logger,
    debounceMs: 100,
  });
  started.start();
  return started;
}

/**
 * Another process (its own LiveCorpus on the same saved index) ingests a file from outside the
 * folder, "wire.txt", and saves.
 */
async function ingestElsewhere(): Promise<LiveCorpus> {
  const outside = join(work, "wire");
  await mkdir(outside);
  await copyFile(join(CORPUS_DIR, "002_9c2d094854075071.txt"), join(outside, "wire.txt"));
  const { corpus } = await LiveCorpus.open(await options());
  await corpus.ingest(outside);
  await corpus.save();
  return corpus;
}

async function until(condition: () => boolean, timeoutMs = 5000): Promise<number> {
  const started = Date.now();
  while (!condition()) {
    if (Date.now() - started > timeoutMs) throw new Error("timed out waiting for the update");
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  return Date.now() - started;
}

describe("watching the corpus folder", () => {
  it("puts a file copied into the folder into the index within seconds, and saves it", async () => {
    const { corpus } = await LiveCorpus.open(await options());
    await corpus.save();
    watcher = watch(corpus);
    const before = corpus.index.articles.length;
    await copyFile(
      join(CORPUS_DIR, "003_763ac30657c09442.txt"),
      join(corpusDir, "003_763ac30657c09442.txt"),
    );
    const waited = await until(() => corpus.index.articles.length > before);
    expect(waited).toBeLessThan(3000);
    expect(corpus.index.articles.map((a) => a.file)).toContain("003_763ac30657c09442.txt");
    await watcher.idle();
    const updated = logs.filter((l) => l.message === "corpus updated");
    expect(updated[0]?.fields).toMatchObject({ added: 1, changed: 0, removed: 0 });
    // The saved index has it: a new process starts without analysing it again.
    const reopened = await LiveCorpus.open(await options());
    expect(reopened.report).toMatchObject({ added: 0, unchanged: 2 });
    expect(reopened.corpus.index.version).toBe(corpus.index.version);
  });

  it("takes in what `briefbot ingest` added to the saved index from another process", async () => {
    const { corpus } = await LiveCorpus.open(await options());
    await corpus.save();
    watcher = watch(corpus);
    const other = await ingestElsewhere();
    await until(() => corpus.index.articles.some((a) => a.file === "wire.txt"));
    expect(corpus.index.version).toBe(other.index.version);
  });

  it("keeps following the folder while the saved index cannot be read, and does not save over it", async () => {
    const file = snapshotPath(dataDir, corpusDir);
    const reads = failingReads(file);
    const fs = reads.fs;
    const { corpus } = await LiveCorpus.open({ ...(await options()), fs });
    await corpus.save();
    await ingestElsewhere();
    reads.failing = true;
    watcher = watch(corpus);
    await copyFile(join(CORPUS_DIR, LATER), join(corpusDir, LATER));
    await until(() => corpus.index.articles.some((a) => a.file === LATER));
    await watcher.idle();
    const errors = logs.filter((l) => l.level === "error").map((l) => l.message);
    expect(errors).toContain("corpus updated but not saved, the next update saves it");
    const kept = await LiveCorpus.open(await options());
    expect(kept.corpus.index.articles.map((a) => a.file)).toContain("wire.txt");

    reads.failing = false;
    await copyFile(
      join(CORPUS_DIR, "000_3ab86442644f17d1.txt"),
      join(corpusDir, "000_3ab86442644f17d1.txt"),
    );
    await until(() => corpus.index.articles.some((a) => a.file === "wire.txt"));
    await watcher.idle();
    const files = (await LiveCorpus.open(await options())).corpus.index.articles.map((a) => a.file);
    expect(files).toEqual(expect.arrayContaining(["wire.txt", LATER, "000_3ab86442644f17d1.txt"]));
  });
});
