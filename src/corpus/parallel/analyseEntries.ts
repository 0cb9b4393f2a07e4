import { Worker } from "node:worker_threads";
import { compiledScript } from "../../config/paths.js";
import { mapConcurrent } from "../../util/mapConcurrent.js";
import type { FileAnalysis } from "../analyseDocuments.js";
import { analyseEntry } from "../analyseEntry.js";
import { type CorpusFs, nodeCorpusFs } from "../read/corpusFs.js";
import type { Manifest } from "../read/readManifest.js";
import { type CorpusEntry, STAT_CONCURRENCY } from "../read/walkCorpus.js";
import type { AnalysisResult, AnalysisTask } from "./analysisMessages.js";
import { unpackFileAnalysis } from "./packAnalysis.js";

export interface AnalyseOptions {
  readonly fs: CorpusFs;
  readonly maxFileBytes: number;
  /** Worker threads; 0 or 1 analyses in this thread. */
  readonly workers: number;
  /** Called after each batch: files analysed so far, of `total`. */
  readonly onProgress?: (done: number, total: number) => void;
  /**
   * Called with each analysis as soon as it and every one before it are done, in entry order:
   * the corpus can be assembled while later files are still being analysed.
   */
  readonly onAnalysis?: (analysis: FileAnalysis) => void;
}

/**
 * A batch sent to a worker: at most this many files and, past its first file, this many bytes —
 * small enough to balance the load (a JSONL dump of 500 articles is a batch of its own), big
 * enough to be cheap.
 */
const BATCH = 40;
const BATCH_BYTES = 256 * 1024;
/**
 * Below this many files and this many bytes, starting workers costs more than it saves: a few
 * big dumps are as much work as many small files.
 */
export const MIN_FILES_FOR_WORKERS = 200;
export const MIN_BYTES_FOR_WORKERS = 1024 * 1024;

/** How much there is to analyse: files, and bytes (what the listing says of their sizes). */
export interface AnalysisWork {
  readonly files: number;
  readonly bytes: number;
}

export function workOf(entries: readonly CorpusEntry[]): AnalysisWork {
  let bytes = 0;
  for (const e of entries) if (e.kind === "file") bytes += e.size;
  return { files: entries.length, bytes };
}

/**
 * Analyses the entries, in parallel over worker threads when asked and worthwhile (the work per
 * file is independent: read, clean, split, terms). Returns the analyses in entry order.
 */
export async function analyseEntries(
  entries: readonly CorpusEntry[],
  manifest: Manifest,
  options: AnalyseOptions,
): Promise<FileAnalysis[]> {
  const script = workerScript();
  const workers = workerCount(workOf(entries), options);
  if (workers <= 1 || script === null) return analyseHere(entries, manifest, options);
  return analyseInWorkers(script, workers, entries, manifest, options);
}

async function analyseHere(
  entries: readonly CorpusEntry[],
  manifest: Manifest,
  options: AnalyseOptions,
): Promise<FileAnalysis[]> {
  let done = 0;
  const inOrder = new InOrder<FileAnalysis>(options.onAnalysis);
  return mapConcurrent(entries, STAT_CONCURRENCY, async (entry, i) => {
    const analysis = await analyseEntry(options.fs, entry, manifest, options.maxFileBytes);
    inOrder.put(i, [analysis]);
    done++;
    if (done % BATCH === 0 || done === entries.length) options.onProgress?.(done, entries.length);
    return analysis;
  });
}

/** Hands results over in index order as they arrive out of order (a gap waits for its result). */
class InOrder<T> {
  private readonly pending = new Map<number, readonly T[]>();
  private next = 0;

  constructor(private readonly deliver: ((item: T) => void) | undefined) {}

  put(index: number, items: readonly T[]): void {
    if (!this.deliver) return;
    this.pending.set(index, items);
    for (let ready = this.pending.get(this.next); ready; ready = this.pending.get(this.next)) {
      this.pending.delete(this.next);
      this.next++;
      for (const item of ready) this.deliver(item);
    }
  }
}

/**
 * Worker threads the analysis of `work` will use: none below a few hundred files unless they
 * add up to megabytes, none with an injected file system (workers read with node's own) or
 * without a built worker script.
 */
export function workerCount(
  work: AnalysisWork,
  options: Pick<AnalyseOptions, "fs" | "workers">,
): number {
  if (options.workers <= 1) return 0;
  if (work.files < MIN_FILES_FOR_WORKERS && work.bytes < MIN_BYTES_FOR_WORKERS) return 0;
  if (options.fs !== nodeCorpusFs || workerScript() === null) return 0;
  const batches = Math.max(
    Math.ceil(work.files / BATCH),
    Math.min(work.files, Math.ceil(work.bytes / BATCH_BYTES)),
  );
  return Math.min(options.workers, batches);
}

/** The entries cut into batches of at most `BATCH` files and, past the first, `BATCH_BYTES`. */
export function batchesOf(entries: readonly CorpusEntry[]): CorpusEntry[][] {
  const batches: CorpusEntry[][] = [];
  let batch: CorpusEntry[] = [];
  let bytes = 0;
  for (const entry of entries) {
    const size = entry.kind === "file" ? entry.size : 0;
    if (batch.length > 0 && (batch.length === BATCH || bytes + size > BATCH_BYTES)) {
      batches.push(batch);
      batch = [];
      bytes = 0;
    }
    batch.push(entry);
    bytes += size;
  }
  if (batch.length > 0) batches.push(batch);
  return batches;
}

function analyseInWorkers(
  script: string,
  count: number,
  entries: readonly CorpusEntry[],
  manifest: Manifest,
  options: AnalyseOptions,
): Promise<FileAnalysis[]> {
  const batches = batchesOf(entries);
  const results = new Array<readonly FileAnalysis[]>(batches.length);
  const workers = Array.from({ length: count }, () => new Worker(script));
  let next = 0;
  let finished = 0;
  let done = 0;
  const inOrder = new InOrder<FileAnalysis>(options.onAnalysis);
  return new Promise<FileAnalysis[]>((resolve, reject) => {
    let failed = false;
    const stop = (error: Error | null) => {
      if (failed) return;
      if (error) failed = true;
      for (const w of workers) void w.terminate();
      if (error) reject(error);
      else resolve(results.flat());
    };
    const send = (worker: Worker) => {
      if (next >= batches.length) return;
      const id = next++;
      const batch = batches[id] ?? [];
      const declared = batch.flatMap((e) => {
        const metadata = manifest.get(e.file);
        return metadata ? [[e.file, metadata] as const] : [];
      });
      const task: AnalysisTask = {
        id,
        entries: batch,
        declared,
        maxFileBytes: options.maxFileBytes,
      };
      worker.postMessage(task);
    };
    for (const worker of workers) {
      worker.on("message", (result: AnalysisResult) => {
        if (!result.ok) return stop(new Error(`corpus analysis worker failed: ${result.error}`));
        const analyses = result.analyses.map(unpackFileAnalysis);
        results[result.id] = analyses;
        done += analyses.length;
        // The next batch goes out before this one is handed over, so the worker is not idle
        // while this thread assembles it.
        send(worker);
        try {
          inOrder.put(result.id, analyses);
          options.onProgress?.(done, entries.length);
        } catch (error) {
          return stop(error instanceof Error ? error : new Error(String(error)));
        }
        if (++finished === batches.length) return stop(null);
      });
      worker.on("error", (error) => stop(error));
      worker.on("exit", (code) => {
        if (finished < batches.length) {
          stop(new Error(`corpus analysis worker exited with code ${code}`));
        }
      });
      // Two batches in flight per worker: one to work on, one queued behind it.
      send(worker);
      send(worker);
    }
  });
}

/**
 * The compiled worker script. Under the test runner this module is TypeScript source, so the
 * build's copy is used; without a build, analysis stays in this thread.
 */
function workerScript(): string | null {
  return compiledScript(
    new URL("./analysisWorker.js", import.meta.url),
    "src",
    "corpus",
    "parallel",
    "analysisWorker.js",
  );
}
