import { isAbsolute, join, relative, resolve } from "node:path";
import type { FileAnalysis } from "../corpus/analyseDocuments.js";
import { CorpusAssembly } from "../corpus/corpusAssembly.js";
import { analyseEntries } from "../corpus/parallel/analyseEntries.js";
import { type CorpusFs, nodeCorpusFs } from "../corpus/read/corpusFs.js";
import {
  DEFAULT_MAX_FILE_BYTES,
  emptyCorpusError,
  listCorpusFolder,
} from "../corpus/read/readCorpusFolder.js";
import { type CorpusEntry, MANIFEST_FILE } from "../corpus/read/walkCorpus.js";
import type { Corpus, LoadWarning } from "../corpus/types.js";
import { errorMessage, isUserError, UserError } from "../errors.js";
import type { OfficialsConfig } from "../officials/officialsConfig.js";
import type { TopicsConfig } from "../topics/topicsConfig.js";
import { type CodeFingerprints, codeFingerprints } from "./analysisFingerprint.js";
import { buildIndexInParallel } from "./buildIndex.js";
import type { CorpusIndex } from "./corpusIndex.js";
import { createEngineCache, type EngineCache } from "./engineCache.js";
import {
  type DamagedSource,
  type IndexSnapshot,
  readSnapshot,
  type SavedSource,
  type SnapshotRead,
  type SourceOrigin,
  snapshotVersion,
  writeSnapshot,
} from "./indexSnapshot.js";
import {
  captureWarmState,
  restoreWarmState,
  statementsStillFit,
  type WarmRestore,
} from "./warmState.js";

export interface LiveCorpusOptions {
  /** Absolute path of the corpus folder. */
  readonly corpusDir: string;
  readonly topics: TopicsConfig;
  readonly officials: OfficialsConfig;
  /** Where the index is saved between runs; null keeps it in memory only. */
  readonly snapshotFile: string | null;
  /** Worker threads for analysing files (used from a few hundred files on). */
  readonly workers: number;
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

/** What one update did. */
export interface UpdateReport {
  readonly added: number;
  readonly changed: number;
  readonly removed: number;
  readonly unchanged: number;
  /** Articles in the index after the update. */
  readonly articles: number;
  readonly version: string;
  /** The snapshot could not be used (unreadable or written by other code) and was rebuilt. */
  readonly snapshotProblem: string | null;
}

interface Source {
  readonly origin: SourceOrigin;
  readonly analysis: FileAnalysis;
}

/**
 * A corpus that stays up to date: files are analysed once per version of each file (size and
 * modification time), the analyses are saved with the index, and an update analyses only what is
 * new or changed. New files are appended to the corpus (near-duplicates against the rest checked
 * for their sentences only); a changed or removed file re-assembles the corpus from the saved
 * analyses. The index is rebuilt per corpus version, so every cache keyed by `index.version` is
 * invalidated by content, never by time.
 */
export class LiveCorpus {
  private readonly sources = new Map<string, Source>();
  private manifestKey = "none";
  private manifestWarnings: readonly LoadWarning[] = [];
  private assembly: CorpusAssembly;
  private assembled = 0;
  private current: CorpusIndex | null = null;
  /** A failed update may have fed the assembly: the next one starts it again. */
  private reassemble = false;
  /** Whether the analyses differ from the saved snapshot. */
  private dirty = false;
  /** The `snapshotVersion` this process last read or wrote: the same file is not read again. */
  private seenSnapshot: string | null = null;
  /** Settles when the update in progress, if any, is done. */
  private updating: Promise<void> = Promise.resolve();
  private readonly fs: CorpusFs;
  private readonly cache: EngineCache;

  private constructor(
    private readonly options: LiveCorpusOptions,
    /** Of the code this process runs, stamped on what it saves and asked of what it reads. */
    private readonly fingerprints: CodeFingerprints,
  ) {
    this.fs = options.fs ?? nodeCorpusFs;
    this.cache = options.cache ?? createEngineCache();
    this.assembly = new CorpusAssembly(this.cache.terms);
  }

  /** Opens the corpus: the saved index when there is one, brought up to date with the folder. */
  static async open(options: LiveCorpusOptions): Promise<OpenedCorpus> {
    // Which code this process runs, fixed now: a build of newer code landing while it runs must
    // not have this process stamp its saved work as that code's.
    const fingerprints = codeFingerprints();
    try {
      return await LiveCorpus.openWith(options, fingerprints, true);
    } catch (error) {
      if (!(error instanceof WarmStateFailure)) throw error;
      // The saved work was put back but the index could not be built on it: start again from
      // freshly read analyses, which no memo of the failed attempt refers to.
      const opened = await LiveCorpus.openWith(options, fingerprints, false);
      return {
        ...opened,
        report: {
          ...opened.report,
          snapshotProblem: joinProblems(
            `saved work beside the index unusable (${errorMessage(error.cause)}), done again`,
            opened.report.snapshotProblem,
          ),
        },
      };
    }
  }

  private static async openWith(
    options: LiveCorpusOptions,
    fingerprints: CodeFingerprints,
    useWarm: boolean,
  ): Promise<OpenedCorpus> {
    const live = new LiveCorpus(options, fingerprints);
    let warm: Extract<WarmRestore, { ok: true }> | null = null;
    let problem: string | null = null;
    let staleIngested: readonly string[] = [];
    if (options.snapshotFile !== null) {
      const file = options.snapshotFile;
      const read = await live.readSaved(file, await snapshotVersion(file));
      if (read.ok) {
        // Damaged entries may share objects with the saved work: none of it is taken back.
        const restored = live.adopt(
          read.snapshot,
          read.damaged,
          useWarm && read.damaged.length === 0,
        );
        if (restored.ok) warm = restored;
        else problem = restored.problem;
        if (read.damaged.length > 0) {
          live.dirty = true;
          problem = joinProblems(damagedProblem(read.damaged), problem);
        }
      } else {
        problem = snapshotProblem(read);
        staleIngested = read.ingested ?? [];
        live.dirty = true;
      }
    }
    let report: UpdateReport;
    try {
      report = await live.sync();
    } catch (error) {
      if (warm === null || isUserError(error)) throw error;
      throw new WarmStateFailure(error);
    }
    if (
      warm !== null &&
      !statementsStillFit(live.index.articles, warm.statementsSignature, live.cache.statements)
    ) {
      live.dirty = true;
    }
    if (staleIngested.length > 0) {
      // Saved by other code: what had been ingested from elsewhere is not read again on the
      // saved index's word (a damaged or planted index could name any file of the machine); it
      // is named, for `briefbot ingest` to add again on purpose.
      problem = joinProblems(
        `${staleIngested.length} file(s) ingested from outside the corpus folder were saved by another version and left the index; run briefbot ingest again for: ${staleIngested.slice(0, 3).join(", ")}${staleIngested.length > 3 ? ", …" : ""}`,
        problem,
      );
    }
    return {
      corpus: live,
      warm: warm !== null,
      report: {
        ...report,
        articles: live.index.articles.length,
        version: live.index.version,
        snapshotProblem: problem,
      },
    };
  }

  get index(): CorpusIndex {
    if (!this.current) throw new Error("LiveCorpus used before open() finished");
    return this.current;
  }

  /** Re-reads the corpus folder: analyses new and changed files, drops removed ones. */
  async sync(): Promise<UpdateReport> {
    const listing = await listCorpusFolder(this.options.corpusDir, this.fs);
    const manifestKey = await this.statKey(join(this.options.corpusDir, MANIFEST_FILE));
    // The manifest's metadata is part of every analysis: a new manifest means analysing again.
    const manifestChanged = manifestKey !== this.manifestKey;
    const listed = new Map(listing.entries.map((e) => [this.folderPath(e), e]));
    const removed = [...this.sources]
      .filter(([path, s]) => s.origin === "folder" && !listed.has(path))
      .map(([path]) => path);
    const stale = listing.entries.filter(
      (e) => manifestChanged || !this.isCurrent(this.folderPath(e), e),
    );
    const analyses = await this.analyse(stale, listing.manifest);
    const warningsChanged =
      JSON.stringify(listing.warnings) !== JSON.stringify(this.manifestWarnings);
    this.manifestKey = manifestKey;
    this.manifestWarnings = listing.warnings;
    return this.apply(
      analyses.map((analysis, i) => ({
        path: this.folderPath(stale[i] as CorpusEntry),
        origin: "folder" as const,
        analysis,
      })),
      removed,
      listing.entries.length - stale.length,
      warningsChanged,
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
    const inside = relative(this.options.corpusDir, path);
    if (!inside.startsWith("..") && !isAbsolute(inside)) return this.sync();
    const { entries, manifest } = await this.listTarget(path);
    const stale = entries.filter((e) => !this.isCurrent(this.targetPath(path, e), e));
    const analyses = await this.analyse(stale, manifest, onProgress);
    return this.apply(
      analyses.map((analysis, i) => ({
        path: this.targetPath(path, stale[i] as CorpusEntry),
        origin: "ingested" as const,
        analysis,
      })),
      [],
      entries.length - stale.length,
      false,
    );
  }

  /** Writes the snapshot if the analyses changed since it was read or written. */
  async save(): Promise<void> {
    if (this.options.snapshotFile === null || !this.dirty) return;
    // Another process (`briefbot ingest` beside `serve`) may have saved since we read: take in
    // what it ingested first, so writing ours does not lose it.
    await this.absorbSnapshot();
    this.seenSnapshot = await writeSnapshot(this.options.snapshotFile, this.snapshot());
    this.dirty = false;
  }

  /**
   * Takes in what another process ingested into the saved index (`briefbot ingest` next to a
   * running `serve`): sources this corpus does not have yet are appended.
   */
  async absorbSnapshot(): Promise<UpdateReport | null> {
    if (this.options.snapshotFile === null) return null;
    const file = this.options.snapshotFile;
    const version = await snapshotVersion(file);
    if (version === null || version === this.seenSnapshot) return null;
    const read = await this.readSaved(file, version);
    if (!read.ok && read.reason === "unavailable") {
      throw new UserError(
        "BAD_INPUT",
        `cannot read the saved index ${file}: ${read.detail}; it is kept as it is, and read again before the next save`,
      );
    }
    if (!read.ok) return null;
    const fresh = read.snapshot.sources.filter(
      (s) => s.origin === "ingested" && !this.isSameAnalysis(s),
    );
    const lost = read.damaged.filter((d) => d.origin === "ingested" && !this.sources.has(d.path));
    if (fresh.length === 0 && lost.length === 0) return null;
    const report = await this.apply(fresh, [], this.sources.size, false);
    return lost.length === 0 ? report : { ...report, snapshotProblem: damagedProblem(lost) };
  }

  /**
   * Reads the snapshot file, whose `version` was taken before (a write landing meanwhile is a new
   * version, read next time), and marks that version seen, except when the file could not be read
   * (memory, input/output, perhaps for a moment): it is then read again before any save, so it is
   * not overwritten with what it holds (files ingested from elsewhere) lost.
   */
  private async readSaved(file: string, version: string | null): Promise<SnapshotRead> {
    const read = await readSnapshot(
      file,
      { fingerprint: this.fingerprints.analysis, corpusDir: this.options.corpusDir },
      this.fs.readFile,
    );
    if (read.ok || read.reason !== "unavailable") this.seenSnapshot = version;
    return read;
  }

  private snapshot(): IndexSnapshot {
    // The assembly is saved only when it holds exactly the sources saved beside it.
    const whole = !this.reassemble && this.assembled > 0 && this.assembled === this.sources.size;
    return {
      format: 1,
      fingerprint: this.fingerprints.analysis,
      corpusDir: this.options.corpusDir,
      manifestKey: this.manifestKey,
      manifestWarnings: this.manifestWarnings,
      sources: [...this.sources].map(([path, s]) => ({ path, ...s })),
      ...(whole
        ? {
            warm: captureWarmState(
              this.assembly,
              this.assembled,
              this.options.topics,
              this.cache,
              this.fingerprints.engine,
            ),
          }
        : {}),
    };
  }

  /**
   * Takes in a snapshot's sources, and its warm state when `useWarm` and it can be restored. A
   * damaged folder file keeps its place with an analysis that is never current, so the next sync
   * reads it again where it was; a damaged ingested file leaves (it is named, not read again).
   */
  private adopt(
    snapshot: IndexSnapshot,
    damaged: readonly DamagedSource[],
    useWarm: boolean,
  ): WarmRestore {
    const damagedAt = new Map(damaged.map((d) => [d.index, d]));
    const saved = snapshot.sources.values();
    for (let i = 0; i < snapshot.sources.length + damaged.length; i++) {
      const d = damagedAt.get(i);
      if (d === undefined) {
        const s = saved.next().value as SavedSource;
        this.sources.set(s.path, { origin: s.origin, analysis: s.analysis });
      } else if (d.origin === "folder") {
        this.sources.set(d.path, { origin: "folder", analysis: notAnalysed(d.path) });
      }
    }
    this.manifestKey = snapshot.manifestKey;
    this.manifestWarnings = snapshot.manifestWarnings;
    const restored = useWarm
      ? restoreWarmState(
          snapshot.warm,
          this.sources.size,
          this.options.topics,
          this.cache,
          this.fingerprints.engine,
        )
      : { ok: false as const, problem: null };
    if (restored.ok) {
      this.assembly = restored.assembly;
      this.assembled = this.sources.size;
      return restored;
    }
    // Saved without it, by other code, or damaged: the next save writes the work this run does.
    this.dirty = true;
    return restored.problem === null
      ? restored
      : {
          ok: false,
          problem: `saved work beside the index unusable (${restored.problem}), done again`,
        };
  }

  /**
   * Puts new analyses in: appended when they are all new files (the cheap path), otherwise
   * replaced in place and the corpus re-assembled in its order. Rebuilds the index if anything
   * changed. An update that would leave no article at all keeps the previous index.
   */
  private async apply(
    updates: readonly SavedSource[],
    removed: readonly string[],
    unchanged: number,
    forceAssembly: boolean,
  ): Promise<UpdateReport> {
    // One update at a time: the index build awaits a worker thread, and an update arriving then
    // (the watcher while `ingest` runs) must start from the state this one leaves.
    const previous = this.updating;
    let release = () => {};
    this.updating = new Promise<void>((done) => {
      release = done;
    });
    await previous;
    try {
      return await this.applyAlone(updates, removed, unchanged, forceAssembly);
    } finally {
      release();
    }
  }

  private async applyAlone(
    updates: readonly SavedSource[],
    removed: readonly string[],
    unchanged: number,
    forceAssembly: boolean,
  ): Promise<UpdateReport> {
    const sources = new Map(this.sources);
    const dirty = this.dirty;
    try {
      return await this.applyUnsafe(updates, removed, unchanged, forceAssembly);
    } catch (error) {
      // All or nothing: a failed update leaves the sources that built the index in service, and
      // the next update re-assembles from them (this one may have fed the assembly).
      this.sources.clear();
      for (const [path, source] of sources) this.sources.set(path, source);
      this.dirty = dirty;
      this.reassemble = true;
      throw error;
    }
  }

  private async applyUnsafe(
    updates: readonly SavedSource[],
    removed: readonly string[],
    unchanged: number,
    forceAssembly: boolean,
  ): Promise<UpdateReport> {
    const changed = updates.filter((u) => this.sources.has(u.path)).length;
    const added = updates.length - changed;
    if (updates.length > 0 || removed.length > 0 || forceAssembly) this.dirty = true;
    for (const path of removed) this.sources.delete(path);
    for (const u of updates) this.sources.set(u.path, { origin: u.origin, analysis: u.analysis });
    const appendOnly =
      changed === 0 &&
      removed.length === 0 &&
      !forceAssembly &&
      !this.reassemble &&
      this.assembled > 0;
    if (!appendOnly) {
      this.assembly = new CorpusAssembly(this.cache.terms, this.manifestWarnings);
      this.assembled = 0;
      this.reassemble = false;
    }
    const all = [...this.sources.values()];
    if (
      this.current === null ||
      updates.length > 0 ||
      removed.length > 0 ||
      forceAssembly ||
      this.assembled === 0
    ) {
      for (const source of all.slice(this.assembled)) this.assembly.addFile(source.analysis);
      this.assembled = all.length;
      this.current = await buildIndexInParallel(
        this.corpusOrThrow(),
        this.options.topics,
        this.options.officials,
        this.options.workers,
        this.cache,
      );
    }
    return {
      added,
      changed,
      removed: removed.length,
      unchanged,
      articles: this.current.articles.length,
      version: this.current.version,
      snapshotProblem: null,
    };
  }

  private corpusOrThrow(): Corpus {
    const analyses = [...this.sources.values()].map((s) => s.analysis);
    if (!analyses.some((a) => a.documents.length > 0)) {
      throw emptyCorpusError(this.options.corpusDir, [
        ...this.manifestWarnings,
        ...analyses.flatMap((a) => a.readWarnings),
      ]);
    }
    return this.assembly.corpus();
  }

  private analyse(
    entries: readonly CorpusEntry[],
    manifest: Parameters<typeof analyseEntries>[1],
    onProgress = this.options.onProgress,
  ) {
    return analyseEntries(entries, manifest, {
      fs: this.fs,
      maxFileBytes: this.options.maxFileBytes ?? DEFAULT_MAX_FILE_BYTES,
      workers: this.options.workers,
      ...(onProgress ? { onProgress } : {}),
    });
  }

  /** Whether the saved analysis of `path` is of this very version of the file. */
  private isCurrent(path: string, entry: CorpusEntry): boolean {
    const saved = this.sources.get(path)?.analysis;
    if (!saved) return false;
    if (entry.kind === "problem") {
      return saved.size === -1 && saved.readWarnings[0]?.reason === entry.reason;
    }
    return saved.size === entry.size && saved.mtimeMs === entry.mtimeMs && entry.mtimeMs !== 0;
  }

  private isSameAnalysis(source: SavedSource): boolean {
    const mine = this.sources.get(source.path)?.analysis;
    return (
      mine !== undefined &&
      mine.size === source.analysis.size &&
      mine.mtimeMs === source.analysis.mtimeMs
    );
  }

  private folderPath(entry: CorpusEntry): string {
    return entry.kind === "file" ? entry.path : join(this.options.corpusDir, entry.file);
  }

  private targetPath(root: string, entry: CorpusEntry): string {
    return entry.kind === "file" ? entry.path : join(root, entry.file);
  }

  private async listTarget(path: string) {
    let stats: Awaited<ReturnType<CorpusFs["stat"]>>;
    try {
      stats = await this.fs.stat(path);
    } catch {
      throw new UserError(
        "BAD_ARGUMENT",
        `nothing to ingest at ${path}: no such file or folder`,
        2,
      );
    }
    if (stats.isDirectory()) return listCorpusFolder(path, this.fs);
    const name = path.split(/[\\/]/).pop() ?? path;
    const entry: CorpusEntry = {
      kind: "file",
      file: name,
      path,
      size: stats.size,
      mtimeMs: stats.mtimeMs ?? 0,
    };
    return { entries: [entry], manifest: new Map(), warnings: [] };
  }

  private async statKey(path: string): Promise<string> {
    try {
      const stats = await this.fs.stat(path);
      return `${stats.size}:${stats.mtimeMs ?? 0}`;
    } catch {
      return "none";
    }
  }
}

function snapshotProblem(read: Exclude<SnapshotRead, { ok: true }>): string | null {
  if (read.reason === "unavailable") {
    return `saved index could not be read (${read.detail}), rebuilt from the files; it is kept, and read again before it is saved over`;
  }
  return read.reason === "unreadable" ? `saved index unreadable (${read.detail}), rebuilt` : null;
}

/** An analysis that no file in the folder is current with (`isCurrent`): read again by sync. */
function notAnalysed(path: string): FileAnalysis {
  return { file: path, size: -1, mtimeMs: -1, readWarnings: [], documents: [] };
}

/** Names the damaged entries of a saved index: folder files are read again, ingested ones not. */
function damagedProblem(damaged: readonly DamagedSource[]): string {
  const named = (list: readonly DamagedSource[]) =>
    `${list
      .slice(0, 3)
      .map((d) => `${d.path} (${d.damage})`)
      .join(", ")}${list.length > 3 ? ", …" : ""}`;
  const folder = damaged.filter((d) => d.origin === "folder");
  const ingested = damaged.filter((d) => d.origin === "ingested");
  const parts: string[] = [];
  if (folder.length > 0) {
    parts.push(`saved index damaged for ${folder.length} file(s), read again: ${named(folder)}`);
  }
  if (ingested.length > 0) {
    // Not read again on a damaged index's word (it could name any file of the machine).
    parts.push(
      `saved index damaged for ${ingested.length} file(s) ingested from outside the corpus folder, which left the index; run briefbot ingest again for: ${named(ingested)}`,
    );
  }
  return parts.join("; ");
}

function joinProblems(first: string, second: string | null): string {
  return second === null ? first : `${first}; ${second}`;
}

/** The index could not be built on the saved work put back (`open` starts again without it). */
class WarmStateFailure extends Error {
  override readonly name = "WarmStateFailure";
  constructor(override readonly cause: unknown) {
    super("building the index on the saved work failed");
  }
}
