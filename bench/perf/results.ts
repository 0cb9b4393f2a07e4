import type { Latency } from "./stats.js";

export const COMMAND_NAMES = ["brief", "official", "digest"] as const;
export type CommandName = (typeof COMMAND_NAMES)[number];

/** What was generated for one size (measured in the parent, before the child starts). */
export interface GeneratedCorpusStats {
  readonly files: number;
  readonly bytes: number;
  readonly generateMs: number;
  readonly duplicates: number;
  readonly boilerplateBlocks: number;
}

/** What the loader and the index made of it. */
export interface LoadedCorpusStats {
  readonly articles: number;
  /** Paragraph sentences after the near-duplicate filter = sentences in the index. */
  readonly sentences: number;
  /** Distinct terms over all indexed sentences (the vocabulary the vectors are built on). */
  readonly distinctTerms: number;
  readonly people: number;
  readonly statements: number;
  readonly warnings: number;
  /** Topic id → standalone sentences assigned to it: the candidate pool a briefing ranks. */
  readonly topicPools: Readonly<Record<string, number>>;
}

export interface CommandLatencies {
  /** First call for each distinct input (topic, name) right after the index is built. */
  readonly cold?: Latency;
  /** Repeated calls, rotating inputs, after the cold ones. */
  readonly warm?: Latency;
  /** Repeated calls with the answer cache bypassed (a shallow copy of the index per call). */
  readonly uncached?: Latency;
  /** Naive baseline: rebuild the index from the loaded corpus, then run the command. */
  readonly naive?: Latency;
  /** naive p50 / uncached p50 (the indexed answer computed, not taken from the answer cache). */
  readonly naiveRatio?: number;
  /** Reply kinds seen (a benchmark of errors would be meaningless). */
  readonly replies?: Readonly<Record<string, number>>;
}

/** Everything measured for one size, filled in phase by phase by the child process. */
export interface SizeMeasurement {
  corpus?: LoadedCorpusStats;
  ingest?: {
    readonly ms: number;
    readonly articlesPerS: number;
    readonly mbPerS: number;
    /** Worker threads that analysed the files (0: the main thread alone). */
    readonly workers: number;
  };
  index?: { readonly ms: number };
  /** process.resourceUsage().maxRSS in MB: after ingest + index, and at the end of the run. */
  rss?: { readonly afterIndexMB: number; readonly peakMB?: number };
  commands: Partial<Record<CommandName, CommandLatencies>>;
  /**
   * The saved, incremental index (LiveCorpus): the first build with a snapshot written, a restart
   * from that snapshot, and adding `files` new files (1 % more) to it.
   */
  incremental?: {
    readonly firstBuildMs: number;
    readonly saveMs: number;
    readonly snapshotMB: number;
    readonly restartMs?: number;
    readonly files?: number;
    readonly addMs?: number;
    readonly articlesAfter?: number;
  };
}

export interface SizeResult extends SizeMeasurement {
  readonly size: number;
  readonly status: "ok" | "timed out" | "failed" | "not run";
  readonly generated?: GeneratedCorpusStats;
  /** The phase running when the size timed out or failed, and for how long it had run. */
  readonly stoppedIn?: { readonly phase: string; readonly afterMs: number };
  readonly error?: string;
}

/** Messages from the measuring child to the parent. */
export type ChildMessage =
  | { readonly kind: "phase"; readonly phase: string }
  | { readonly kind: "measurement"; readonly measurement: SizeMeasurement }
  | { readonly kind: "error"; readonly message: string };
