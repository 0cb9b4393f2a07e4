import type { FileAnalysis } from "../../corpus/analyseDocuments.js";
import { CorpusAssembly } from "../../corpus/corpusAssembly.js";
import { emptyCorpusError } from "../../corpus/read/readCorpusFolder.js";
import type { Corpus, LoadWarning } from "../../corpus/types.js";
import type { OfficialsConfig } from "../../officials/officialsConfig.js";
import type { TopicsConfig } from "../../topics/topicsConfig.js";
import { runInTurns, type Steps, type TurnOptions } from "../../util/steps.js";
import type { BriefingRules } from "../briefingRules.js";
import { buildIndexInParallel } from "../buildIndex.js";
import type { CorpusIndex } from "../corpusIndex.js";
import type { EngineCache } from "../engineCache.js";
import {
  captureWarmState,
  restoreWarmState,
  statementsStillFit,
  type WarmRestore,
  type WarmState,
} from "../warmState.js";

export interface CorpusBuildOptions {
  /** Named in the error for a corpus without any article. */
  readonly corpusDir: string;
  readonly topics: TopicsConfig;
  readonly officials: OfficialsConfig;
  readonly rules: BriefingRules;
  readonly workers: number;
  /** How the build lets other work run (`runInTurns`). */
  readonly turns: TurnOptions;
  readonly cache: EngineCache;
  /** `CodeFingerprints.engine` of this process: stamped on, and asked of, a warm state. */
  readonly engine: string;
}

/** What changed in the sources since the last build. */
export interface SourcesChange {
  /** Only new files, at the end of the corpus: the assembly can go on from where it is. */
  readonly appendedOnly: boolean;
  /** Anything at all: files put in or removed, or the assembly asked for again. */
  readonly any: boolean;
}

/**
 * The corpus assembly and the index built from it, for a live corpus whose sources change: new
 * files are appended to the assembly (near-duplicates checked for their sentences only), any
 * other change assembles the corpus again in order. The index is rebuilt per corpus version.
 */
export class CorpusBuild {
  private assembly: CorpusAssembly;
  /** How many of the sources, in corpus order, the assembly holds. */
  private assembled = 0;
  private built: CorpusIndex | null = null;
  /** A failed update may have fed the assembly: the next one starts it again. */
  private reassemble = false;

  constructor(private readonly options: CorpusBuildOptions) {
    this.assembly = new CorpusAssembly(options.cache.terms);
  }

  get index(): CorpusIndex | null {
    return this.built;
  }

  /**
   * Brings the index up to date with `analyses` (every source, in corpus order). An update that
   * would leave no article at all throws, and the previous index stays.
   */
  async update(
    analyses: readonly FileAnalysis[],
    change: SourcesChange,
    manifestWarnings: readonly LoadWarning[],
  ): Promise<CorpusIndex> {
    const { cache } = this.options;
    if (!(change.appendedOnly && !this.reassemble && this.assembled > 0)) {
      this.assembly = new CorpusAssembly(cache.terms, manifestWarnings);
      this.assembled = 0;
      this.reassemble = false;
    }
    if (this.built !== null && !change.any && this.assembled > 0) return this.built;
    // File by file, in turns: a poll may bring a hundred articles per feed.
    await runInTurns(addFiles(this.assembly, analyses.slice(this.assembled)), this.options.turns);
    this.assembled = analyses.length;
    this.built = await buildIndexInParallel(
      this.corpusOrThrow(analyses, manifestWarnings),
      this.options.topics,
      this.options.officials,
      this.options.rules,
      this.options.workers,
      cache,
      this.options.turns,
    );
    return this.built;
  }

  /** After a failed update, which may have fed the assembly: the next update assembles anew. */
  startAgain(): void {
    this.reassemble = true;
  }

  /**
   * The work to save beside `sources` saved sources (`WarmState`), as steps, or null: it is saved
   * only when the assembly holds exactly those sources.
   */
  warmStateFor(sources: number): Steps<WarmState> | null {
    if (this.reassemble || this.assembled === 0 || this.assembled !== sources) return null;
    const { topics, cache, engine } = this.options;
    return captureWarmState(this.assembly, this.assembled, topics, cache, engine);
  }

  /**
   * Puts saved work back (`restoreWarmState`) for `files`, every saved source in order; the
   * assembly then holds them all.
   */
  restoreWarm(
    saved: unknown,
    files: readonly FileAnalysis[],
    leading: readonly LoadWarning[],
  ): WarmRestore {
    const { topics, cache, engine } = this.options;
    const restored = restoreWarmState(saved, files, leading, topics, cache, engine);
    if (restored.ok) {
      this.assembly = restored.assembly;
      this.assembled = files.length;
    }
    return restored;
  }

  /** Whether the statements put back with `signature` fit the people of the index built since. */
  statementsFit(signature: string): boolean {
    const articles = this.built?.articles ?? [];
    return statementsStillFit(articles, signature, this.options.cache.statements);
  }

  private corpusOrThrow(
    analyses: readonly FileAnalysis[],
    manifestWarnings: readonly LoadWarning[],
  ): Corpus {
    if (!analyses.some((a) => a.documents.length > 0)) {
      throw emptyCorpusError(this.options.corpusDir, [
        ...manifestWarnings,
        ...analyses.flatMap((a) => a.readWarnings),
      ]);
    }
    return this.assembly.corpus();
  }
}

function* addFiles(assembly: CorpusAssembly, files: readonly FileAnalysis[]): Steps<void> {
  for (const file of files) {
    assembly.addFile(file);
    yield;
  }
}
