import { resolve } from "node:path";
import { analyseEntries } from "../corpus/parallel/analyseEntries.js";
import { type CorpusFs, nodeCorpusFs } from "../corpus/read/corpusFs.js";
import { DEFAULT_MAX_FILE_BYTES } from "../corpus/read/readCorpusFolder.js";
import type { Manifest } from "../corpus/read/readManifest.js";
import { UserError } from "../errors.js";
import type { OfficialsConfig } from "../officials/officialsConfig.js";
import type { TopicsConfig } from "../topics/topicsConfig.js";
import { runInTurns, SERVING_TURNS, type TurnOptions } from "../util/steps.js";
import { type CodeFingerprints, codeFingerprints } from "./analysisFingerprint.js";
import { type BriefingRules, briefingRulesFingerprint } from "./briefingRules.js";
import type { CorpusIndex } from "./corpusIndex.js";
import { createEngineCache, type EngineCache } from "./engineCache.js";
import type { SavedSource, SnapshotRead } from "./indexSnapshot.js";
import { CorpusBuild } from "./live/corpusBuild.js";
import {
  analysedSources,
  isInsideFolder,
  type StaleEntry,
  scanCorpusFolder,
} from "./live/folderDiff.js";
import { KnownSources, type ManifestState } from "./live/knownSources.js";
import {
  type AdoptedSnapshot,
  adoptSaved,
  ingestedElsewhere,
  type SnapshotStamp,
  savedChanges,
  snapshotOf,
} from "./live/liveSnapshot.js";
import { scanOutsideTarget } from "./live/outsideIngest.js";
import type { Closable, SavedIndex, UsableRead } from "./live/savedIndex.js";
import { SavedIndexFile } from "./live/savedIndexFile.js";
import { damagedFollowedProblem, damagedProblem } from "./live/savedIndexProblems.js";
import { SerialQueue } from "./live/serialQueue.js";
import type { UpdateReport } from "./live/updateReport.js";
import { blameWarmState, openWithWarmFallback } from "./live/warmFallback.js";

export type { UpdateReport } from "./live/updateReport.js";

export interface LiveCorpusOptions {
  /** Absolute path of the corpus folder. */
  readonly corpusDir: string;
  readonly topics: TopicsConfig;
  readonly officials: OfficialsConfig;
  /** What decides the briefing lists (`BRIEFING_RULES` of briefings/rules/). */
  readonly rules: BriefingRules;
  /** Where the index is saved between runs; null keeps it in memory only. */
  readonly snapshotFile: string | null;
  /**
   * Where the index is saved, when not in `snapshotFile`: PostgreSQL shared by several instances
   * (`PostgresSavedIndex`), opened for what this code writes and reads; closed by `close`.
   */
  readonly savedIndex?: (stamp: SnapshotStamp, turns: TurnOptions) => SavedIndex;
  /**
   * Whether this process may lead a shared saved index: read its folder into it (`serve`,
   * `ingest`, `poll`); one that may not only reads what is saved. Yes unless false.
   */
  readonly mayLead?: boolean;
  /** Worker threads for analysing files (used from a few hundred files on). */
  readonly workers: number;
  /**
   * How updates and saves let commands run (`runInTurns`): 40 ms turns on the real clock unless
   * given (tests give a clock of their own).
   */
  readonly turns?: TurnOptions;
  readonly fs?: CorpusFs;
  readonly maxFileBytes?: number;
  /** Files analysed so far of those that needed it (unchanged files cost nothing). */
  readonly onProgress?: (done: number, total: number) => void;
  /** Where the engine's work is remembered between updates; a new one when absent. */
  readonly cache?: EngineCache;
}

/** An opened corpus, with what its first update did. */
export interface OpenedCorpus {
  readonly corpus: LiveCorpus;
  readonly report: UpdateReport;
  /** Whether the work saved on top of the analyses was taken back (`WarmState`). */
  readonly warm: boolean;
}

const NOTHING_SAVED: AdoptedSnapshot = { warmSignature: null, problem: null };

/** How long a follower waits for the leader's first save of a shared index, and how often it looks. */
const FIRST_SAVE_WAIT_MS = 5 * 60_000;
const FIRST_SAVE_POLL_MS = 1_000;

/**
 * A corpus that stays up to date: files are analysed once per version of each file (size and
 * modification time), the analyses are saved with the index, and an update analyses only what is
 * new or changed. New files are appended to the corpus (near-duplicates against the rest checked
 * for their sentences only); a changed or removed file re-assembles the corpus from the saved
 * analyses. The index is rebuilt per corpus version, so every cache keyed by `index.version` is
 * invalidated by content, never by time.
 *
 * It coordinates: what is known of the files (`KnownSources`, compared with the folder by
 * `folderDiff`), the assembly and index built from them (`CorpusBuild`), the saved index
 * (`SavedIndexFile`, `liveSnapshot`) and the order of updates (`SerialQueue`).
 */
export class LiveCorpus {
  private readonly known = new KnownSources();
  private readonly build: CorpusBuild;
  private readonly saved: SavedIndex | null;
  /**
   * Whether this process reads its corpus folder into the index (`SavedIndex.lead`); when not, it
   * follows what the leading process saves, and asks to lead at each sync.
   */
  private leading = true;
  /** The paths of the save this process last read or wrote: what a follower may see removed. */
  private savedPaths: ReadonlySet<string> = new Set();
  /**
   * One update at a time: the index build awaits a worker thread, and an update arriving then
   * (the watcher while `ingest` runs) must start from the state this one leaves.
   */
  private readonly updates = new SerialQueue();
  private readonly fs: CorpusFs;
  private readonly turns: TurnOptions;

  private constructor(
    private readonly options: LiveCorpusOptions,
    /** Of the code this process runs, stamped on what it saves and asked of what it reads. */
    private readonly fingerprints: CodeFingerprints,
  ) {
    this.fs = options.fs ?? nodeCorpusFs;
    this.turns = options.turns ?? SERVING_TURNS;
    this.build = new CorpusBuild({
      corpusDir: options.corpusDir,
      topics: options.topics,
      officials: options.officials,
      rules: options.rules,
      workers: options.workers,
      turns: this.turns,
      cache: options.cache ?? createEngineCache(),
      // The rules live outside src/ (in briefings/), so the code hash alone does not cover them.
      engine: `${fingerprints.engine}-${briefingRulesFingerprint(options.rules)}`,
    });
    this.saved =
      options.savedIndex?.(this.stamp(), this.turns) ??
      (options.snapshotFile === null
        ? null
        : new SavedIndexFile(options.snapshotFile, this.stamp(), this.fs.readFile, this.turns));
  }

  /** Opens the corpus: the saved index when there is one, brought up to date with the folder. */
  static async open(options: LiveCorpusOptions): Promise<OpenedCorpus> {
    // Which code this process runs, fixed now: a build of newer code landing while it runs must
    // not have this process stamp its saved work as that code's.
    const fingerprints = codeFingerprints();
    return openWithWarmFallback((useWarm) => LiveCorpus.openWith(options, fingerprints, useWarm));
  }

  private static async openWith(
    options: LiveCorpusOptions,
    fingerprints: CodeFingerprints,
    useWarm: boolean,
  ): Promise<OpenedCorpus> {
    const live = new LiveCorpus(options, fingerprints);
    try {
      return await live.openSaved(useWarm);
    } catch (error) {
      // The saved index's connections and lock; a retry (`openWithWarmFallback`) opens anew.
      await live.close();
      throw error;
    }
  }

  private async openSaved(useWarm: boolean): Promise<OpenedCorpus> {
    this.leading = await this.askToLead();
    let read = this.saved === null ? null : await this.saved.read();
    if (read !== null && !read.ok && !this.leading) read = await this.awaitLeader(read);
    const follows = !this.leading;
    const adopted =
      read === null ? NOTHING_SAVED : adoptSaved(read, this.known, this.build, useWarm, follows);
    // A follower saves only what it adds itself (`ingest`): the rest is the leader's to write.
    if (follows) this.known.markSaved();
    if (read?.ok) this.savedPaths = new Set(read.snapshot.sources.map((s) => s.path));
    let report: UpdateReport;
    try {
      report = await this.sync();
    } catch (error) {
      throw blameWarmState(error, adopted.warmSignature !== null);
    }
    // Statements put back but found again (the officials config changed): worth saving anew.
    if (
      this.leading &&
      adopted.warmSignature !== null &&
      !this.build.statementsFit(adopted.warmSignature)
    ) {
      this.known.markUnsaved();
    }
    return {
      corpus: this,
      warm: adopted.warmSignature !== null,
      report: {
        ...report,
        articles: this.index.articles.length,
        version: this.index.version,
        snapshotProblem: adopted.problem,
      },
    };
  }

  /**
   * A follower with no saved index it can use (none yet, or saved by another version) waits for
   * the leader's first save, or to lead if the leader stops; a read that fails is returned as is.
   */
  private async awaitLeader(first: SnapshotRead): Promise<SnapshotRead> {
    const saved = this.saved;
    if (saved === null) return first;
    const deadline = this.turns.now() + FIRST_SAVE_WAIT_MS;
    let read = first;
    if (!read.ok && read.reason !== "unavailable" && this.options.mayLead === false) {
      throw new UserError(
        "CORPUS_EMPTY",
        `the shared index in PostgreSQL holds nothing this version of briefbot can use (${read.detail}); this command only reads it: run briefbot serve or briefbot ingest first`,
      );
    }
    while (!read.ok && read.reason !== "unavailable") {
      if (this.turns.now() > deadline) {
        throw new UserError(
          "CONFIG_INVALID",
          `another instance leads the shared index in PostgreSQL, and it holds no index this version of briefbot can use (${read.detail}) after ${FIRST_SAVE_WAIT_MS / 60_000} minutes: start or upgrade that instance first`,
        );
      }
      await new Promise((resolve) => setTimeout(resolve, FIRST_SAVE_POLL_MS));
      if (await this.askToLead()) {
        this.leading = true;
        return read;
      }
      read = await saved.read();
    }
    return read;
  }

  /** Whether this process leads now (`SavedIndex.lead`), if it may. */
  private async askToLead(): Promise<boolean> {
    if (this.saved === null) return true;
    return this.options.mayLead !== false && (await this.saved.lead());
  }

  get index(): CorpusIndex {
    const index = this.build.index;
    if (!index) throw new Error("LiveCorpus used before open() finished");
    return index;
  }

  /**
   * Whether this process leads: reads its corpus folder into the index. Every process with a
   * saved index of its own leads; of those sharing one, one at a time.
   */
  get leads(): boolean {
    return this.leading;
  }

  /**
   * Re-reads the corpus folder: analyses new and changed files, drops removed ones. A process
   * that follows a shared index asks to lead first (the one leading may have stopped), and while
   * it may not, takes in what the leader saved instead.
   */
  async sync(): Promise<UpdateReport> {
    // Asked each time: a lock lost with its connection makes this process a follower.
    this.leading = await this.askToLead();
    if (!this.leading) {
      return (await this.absorbSnapshot()) ?? this.apply([], [], this.known.size, null);
    }
    const scan = await scanCorpusFolder(this.options.corpusDir, this.fs, this.known);
    const analyses = await this.analyse(scan.stale, scan.manifest);
    return this.apply(
      analysedSources(scan.stale, analyses, "folder"),
      scan.removed,
      scan.unchanged,
      { key: scan.manifestKey, warnings: scan.warnings },
    );
  }

  /**
   * Adds a file, or every article file of a folder, from outside the corpus folder (a folder's
   * own manifest is honoured). Files already ingested and unchanged are skipped. Inside the corpus
   * folder this is the same as `sync()`.
   */
  async ingest(
    target: string,
    onProgress?: (done: number, total: number) => void,
  ): Promise<UpdateReport> {
    const path = resolve(target);
    if (isInsideFolder(this.options.corpusDir, path)) return this.sync();
    const scan = await scanOutsideTarget(path, this.fs, this.known);
    const analyses = await this.analyse(scan.stale, scan.manifest, onProgress);
    return this.apply(analysedSources(scan.stale, analyses, "ingested"), [], scan.unchanged, null);
  }

  /**
   * Writes the snapshot if the analyses changed since it was read or written. In the updates'
   * turn, so that what is written is one index's sources, assembly and engine cache, not an
   * update half done (the snapshot is taken and written in turns, commands running meanwhile).
   * Another process (`briefbot ingest` beside `serve`) may save at any time: what it ingested is
   * taken in first, and if it saves again while this snapshot is being taken, that is taken in
   * and the snapshot taken again (three times at most; then the next save tries).
   */
  async save(): Promise<void> {
    const saved = this.saved;
    if (saved === null || !this.known.unsaved) return;
    await this.updates.run(async () => {
      for (let attempt = 0; attempt < 3; attempt++) {
        await this.absorbInTurn();
        if (!this.known.unsaved) return;
        const snapshot = await runInTurns(
          snapshotOf(this.known, this.build, this.stamp()),
          this.turns,
        );
        if (await saved.write(snapshot)) {
          this.savedPaths = new Set(snapshot.sources.map((s) => s.path));
          this.known.markSaved();
          return;
        }
      }
      throw new UserError(
        "BAD_INPUT",
        "the saved index was not saved: other processes saved it three times while this one took in what they wrote; what this one added stays in service, and the next save tries again",
      );
    });
  }

  /**
   * Takes in what another process ingested into the saved index (`briefbot ingest` next to a
   * running `serve`): sources this corpus does not have yet are appended.
   */
  absorbSnapshot(): Promise<UpdateReport | null> {
    return this.updates.run(() => this.absorbInTurn());
  }

  /**
   * Calls back when another process saved the index, where the saved index can tell (a shared
   * one); null where the caller watches the file's folder.
   */
  watchSaves(onSave: () => void): Promise<Closable> | null {
    return this.saved === null ? null : this.saved.watchWrites(onSave);
  }

  /** Lets go of the saved index's connections and lock. */
  async close(): Promise<void> {
    await this.saved?.close();
  }

  private async absorbInTurn(): Promise<UpdateReport | null> {
    if (this.saved === null) return null;
    const read = await this.saved.readNewer();
    if (read === null) return null;
    if (!this.leading) return this.followInTurn(read);
    // Rows damaged in the saved index that this process holds: written again at the next save.
    if (read.damaged.some((d) => this.known.has(d.path))) this.known.markUnsaved();
    const { fresh, lost } = ingestedElsewhere(read, this.known);
    if (fresh.length === 0 && lost.length === 0) return null;
    const report = await this.applyTaken(fresh, [], this.known.size, null);
    return lost.length === 0 ? report : { ...report, snapshotProblem: damagedProblem(lost) };
  }

  /**
   * Takes in a newer save of the shared index this process follows: it becomes what that save
   * holds, plus what this process added and has not saved yet.
   */
  private async followInTurn(read: UsableRead): Promise<UpdateReport> {
    const { fresh, removed } = savedChanges(read, this.known, this.savedPaths);
    const wasSaved = !this.known.unsaved;
    const report = await this.applyTaken(
      fresh,
      removed,
      this.known.size - removed.length - fresh.filter((s) => this.known.has(s.path)).length,
      { key: read.snapshot.manifestKey, warnings: read.snapshot.manifestWarnings },
    );
    this.savedPaths = new Set(read.snapshot.sources.map((s) => s.path));
    // What it holds now is what is saved.
    if (wasSaved) this.known.markSaved();
    return read.damaged.length === 0
      ? report
      : { ...report, snapshotProblem: damagedFollowedProblem(read.damaged) };
  }

  /**
   * Puts in what was read from the saved index; if that fails, the saved index is read again
   * before the next save (`SavedIndex.forget`), as if another process had written.
   */
  private async applyTaken(
    updates: readonly SavedSource[],
    removed: readonly string[],
    unchanged: number,
    manifest: ManifestState | null,
  ): Promise<UpdateReport> {
    try {
      return await this.applyGuarded(updates, removed, unchanged, manifest);
    } catch (error) {
      this.saved?.forget();
      throw error;
    }
  }

  /**
   * Puts new analyses in, in their turn (with the folder's manifest as scanned, when given), and
   * rebuilds the index if anything changed. All or nothing: a failed update leaves the sources
   * and manifest that built the index in service, and the next update assembles the corpus again
   * from them (this one may have fed the assembly).
   */
  private apply(
    updates: readonly SavedSource[],
    removed: readonly string[],
    unchanged: number,
    manifest: ManifestState | null,
  ): Promise<UpdateReport> {
    return this.updates.run(() => this.applyGuarded(updates, removed, unchanged, manifest));
  }

  private async applyGuarded(
    updates: readonly SavedSource[],
    removed: readonly string[],
    unchanged: number,
    manifest: ManifestState | null,
  ): Promise<UpdateReport> {
    const undo = this.known.checkpoint();
    try {
      const warningsChanged =
        manifest !== null && this.known.setManifest(manifest.key, manifest.warnings);
      return await this.applyInTurn(updates, removed, unchanged, warningsChanged);
    } catch (error) {
      undo();
      this.build.startAgain();
      throw error;
    }
  }

  private async applyInTurn(
    updates: readonly SavedSource[],
    removed: readonly string[],
    unchanged: number,
    forceAssembly: boolean,
  ): Promise<UpdateReport> {
    const changed = updates.filter((u) => this.known.has(u.path)).length;
    const any = updates.length > 0 || removed.length > 0 || forceAssembly;
    if (any) this.known.markUnsaved();
    this.known.update(updates, removed);
    const index = await this.build.update(
      this.known.analyses(),
      { appendedOnly: changed === 0 && removed.length === 0 && !forceAssembly, any },
      this.known.manifestWarnings,
    );
    return {
      added: updates.length - changed,
      changed,
      removed: removed.length,
      unchanged,
      articles: index.articles.length,
      version: index.version,
      snapshotProblem: null,
    };
  }

  private analyse(
    stale: readonly StaleEntry[],
    manifest: Manifest,
    onProgress = this.options.onProgress,
  ) {
    return analyseEntries(
      stale.map((s) => s.entry),
      manifest,
      {
        fs: this.fs,
        maxFileBytes: this.options.maxFileBytes ?? DEFAULT_MAX_FILE_BYTES,
        workers: this.options.workers,
        ...(onProgress ? { onProgress } : {}),
      },
    );
  }

  private stamp() {
    return { fingerprint: this.fingerprints.analysis, corpusDir: this.options.corpusDir };
  }
}
