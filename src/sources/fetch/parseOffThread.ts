import { Worker } from "node:worker_threads";
import { compiledScript } from "../../config/paths.js";
import { SourceFetchError } from "../types.js";
import {
  type ParseJob,
  type ParseOutcome,
  type ParseResult,
  type ParseResults,
  runParseJob,
} from "./parseJob.js";

/** How documents are read off the thread that serves chat commands. */
export interface ParseLimits {
  /**
   * Feeds (and pages searched for feed links) from this many characters on are read on a worker
   * thread; smaller ones cost less to read here than a round trip to a thread. Article pages are
   * always read on a worker (see `isCheapHere`).
   */
  readonly offThreadFrom: number;
  /** Longest a document may take to read on its worker, which is stopped then. */
  readonly timeoutMs: number;
  /** Heap a worker may use, in megabytes: past it the worker dies and the fetch fails. */
  readonly maxHeapMb: number;
  /** Workers reading at once (each may use `maxHeapMb`); further documents wait their turn. */
  readonly maxWorkers: number;
}

export const DEFAULT_PARSE_LIMITS: ParseLimits = {
  offThreadFrom: 64 * 1024,
  timeoutMs: 10_000,
  maxHeapMb: 256,
  maxWorkers: 2,
};

/** Stack of a worker, in megabytes (Node's default): deep recursion ends in a RangeError there. */
const WORKER_STACK_MB = 4;

/** Reads a job's document: on a worker thread, or here when that is cheap (`isCheapHere`). */
export type ParseRunner = <J extends ParseJob>(
  job: J,
  signal?: AbortSignal,
) => Promise<ParseResults[J["kind"]]>;

/** How long a worker left idle is kept for the next document before it is stopped. */
const IDLE_MS = 30_000;

/**
 * A runner for parse jobs (`runParseJob`): an article page, or a feed of `offThreadFrom`
 * characters or more, is read on a worker thread with `resourceLimits` and stopped after
 * `timeoutMs`, so that nothing a server sends (a huge feed, a page nested 100,000 deep, a
 * document that fills memory) holds up the event loop or takes the process down: a worker that times out, runs out of memory or dies
 * fails the fetch with a `SourceFetchError` (and is replaced). At most `maxWorkers` run at once;
 * a worker that finished is kept a while for the next document (starting one, which loads the
 * parsers, costs a few hundred milliseconds). Without a built worker script (the test runner on
 * sources, before a build) every document is read here.
 */
export function createParseRunner(
  limits: ParseLimits = DEFAULT_PARSE_LIMITS,
  script: string | null = sourcesWorkerScript(),
): ParseRunner {
  const size = Math.max(1, limits.maxWorkers);
  const slots = new Slots(size);
  const pool = script === null ? null : new WorkerPool(script, limits, size);
  return async <J extends ParseJob>(job: J, signal?: AbortSignal) => {
    if (pool === null || isCheapHere(job, limits)) {
      return runParseJob(job) as ParseResults[J["kind"]];
    }
    await slots.acquire(signal, job.url);
    try {
      return (await runOnWorker(pool, job, limits, signal)) as ParseResults[J["kind"]];
    } finally {
      slots.release();
    }
  };
}

/**
 * Whether a job costs less here than on a worker: a small feed, or a small page searched for feed
 * links (both read by parsers whose cost is linear, with bounded nesting). An article page never
 * is: the reader view's cost grows with nesting times size (a 99 KB page of 70 branches 127 deep
 * takes 1.8 s), so even a small page can hold the event loop for seconds.
 */
function isCheapHere(job: ParseJob, limits: ParseLimits): boolean {
  return job.kind !== "page" && job.text.length < limits.offThreadFrom;
}

async function runOnWorker(
  pool: WorkerPool,
  job: ParseJob,
  limits: ParseLimits,
  signal: AbortSignal | undefined,
): Promise<ParseResult> {
  const what = job.kind === "page" || job.kind === "links" ? "page" : "feed";
  const worker = pool.take();
  let answered = false;
  let timer: NodeJS.Timeout | undefined;
  const listeners: Array<() => void> = [];
  try {
    const outcome = await new Promise<ParseOutcome>((resolve, reject) => {
      const on = <A extends unknown[]>(event: string, listener: (...args: A) => void): void => {
        const wrapped = listener as (...args: unknown[]) => void;
        worker.on(event, wrapped);
        listeners.push(() => worker.off(event, wrapped));
      };
      timer = setTimeout(() => {
        reject(
          new SourceFetchError(
            "too-large",
            `${job.url}: the ${what} took longer than ${duration(limits.timeoutMs)} to read, so it was not read`,
          ),
        );
      }, limits.timeoutMs);
      const onAbort = (): void =>
        reject(new SourceFetchError("timeout", `reading ${job.url} was cancelled`));
      if (signal?.aborted) onAbort();
      else if (signal) {
        signal.addEventListener("abort", onAbort, { once: true });
        listeners.push(() => signal.removeEventListener("abort", onAbort));
      }
      on("message", (outcome: ParseOutcome) => {
        answered = true;
        resolve(outcome);
      });
      on("error", (error: Error & { code?: unknown }) => {
        reject(
          error.code === "ERR_WORKER_OUT_OF_MEMORY"
            ? new SourceFetchError(
                "too-large",
                `${job.url}: the ${what} needed more than ${limits.maxHeapMb} MB to read, so it was not read`,
              )
            : new SourceFetchError("malformed", `${job.url} could not be read: ${error.message}`),
        );
      });
      on("exit", (code: number) => {
        reject(
          new SourceFetchError(
            "malformed",
            `${job.url} could not be read: the reader stopped (exit code ${code})`,
          ),
        );
      });
      worker.postMessage(job);
    });
    if (outcome.ok) return outcome.value;
    throw new SourceFetchError(outcome.kind, outcome.message, outcome.details);
  } finally {
    clearTimeout(timer);
    for (const remove of listeners) remove();
    // A worker stopped mid-document (time limit, cancel) or dead is never reused.
    if (answered) pool.give(worker);
    else await stop(worker);
  }
}

/**
 * Workers under `resourceLimits`, started on demand; up to `size` idle ones are kept (unref'd,
 * so that they never hold the process open) for `IDLE_MS`, then stopped.
 */
class WorkerPool {
  private readonly idle: Array<{ readonly worker: Worker; readonly forget: () => void }> = [];

  constructor(
    private readonly script: string,
    private readonly limits: ParseLimits,
    private readonly size: number,
  ) {}

  take(): Worker {
    const kept = this.idle.pop();
    if (kept) {
      kept.forget();
      kept.worker.ref();
      return kept.worker;
    }
    return new Worker(this.script, {
      resourceLimits: {
        maxOldGenerationSizeMb: this.limits.maxHeapMb,
        maxYoungGenerationSizeMb: Math.max(8, Math.round(this.limits.maxHeapMb / 8)),
        stackSizeMb: WORKER_STACK_MB,
      },
    });
  }

  /** Keeps a worker that finished its document, or stops it when enough are kept. */
  give(worker: Worker): void {
    if (this.idle.length >= this.size) {
      void stop(worker);
      return;
    }
    const entry = {
      worker,
      forget: (): void => {
        clearTimeout(timer);
        worker.off("exit", drop);
        worker.off("error", drop);
      },
    };
    const drop = (): void => {
      entry.forget();
      const at = this.idle.indexOf(entry);
      if (at >= 0) this.idle.splice(at, 1);
    };
    const timer = setTimeout(() => {
      drop();
      void stop(worker);
    }, IDLE_MS);
    timer.unref();
    worker.on("exit", drop);
    worker.on("error", drop);
    worker.unref();
    this.idle.push(entry);
  }
}

/** A counting semaphore whose waiters leave the queue when their signal is cancelled. */
class Slots {
  private busy = 0;
  private readonly waiting: Array<() => void> = [];

  constructor(private readonly size: number) {}

  acquire(signal: AbortSignal | undefined, url: string): Promise<void> {
    if (signal?.aborted) {
      return Promise.reject(new SourceFetchError("timeout", `reading ${url} was cancelled`));
    }
    if (this.busy < this.size) {
      this.busy++;
      return Promise.resolve();
    }
    return new Promise<void>((resolve, reject) => {
      const onAbort = (): void => {
        const at = this.waiting.indexOf(grant);
        if (at >= 0) this.waiting.splice(at, 1);
        reject(new SourceFetchError("timeout", `reading ${url} was cancelled`));
      };
      const grant = (): void => {
        signal?.removeEventListener("abort", onAbort);
        resolve();
      };
      signal?.addEventListener("abort", onAbort, { once: true });
      this.waiting.push(grant);
    });
  }

  /** Hands the slot to the next waiter, if any; else frees it. */
  release(): void {
    const next = this.waiting.shift();
    if (next) next();
    else this.busy--;
  }
}

/** Stops a worker; an error it reports on the way out has no one left to fail, and is dropped. */
async function stop(worker: Worker): Promise<void> {
  worker.on("error", () => {});
  await worker.terminate();
}

function duration(ms: number): string {
  return ms >= 1000 && ms % 1000 === 0 ? `${ms / 1000} s` : `${ms} ms`;
}

/**
 * The compiled worker script: beside this module once built, else in the build folder; null when
 * there is none (sources run by the test runner before a build).
 */
export function sourcesWorkerScript(): string | null {
  return compiledScript(
    new URL("./sourcesWorker.js", import.meta.url),
    "src",
    "sources",
    "fetch",
    "sourcesWorker.js",
  );
}
