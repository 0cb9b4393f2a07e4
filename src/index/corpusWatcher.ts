import { watch as watchFs } from "node:fs";
import type { Logger } from "../log/logger.js";
import type { LiveCorpus, UpdateReport } from "./liveCorpus.js";

/** Something that calls back when a folder changes, and can be closed. */
export type FolderWatch = (dir: string, onChange: () => void) => { close(): void };

export interface WatcherOptions {
  readonly corpus: LiveCorpus;
  readonly corpusDir: string;
  /** The folder of the saved index: `briefbot ingest` run beside us writes there. */
  readonly snapshotDir: string | null;
  /**
   * Whether the corpus folder is watched (`serve --watch`); when not, only the saved index is
   * (a shared one: what other instances save). Watched unless false.
   */
  readonly watchFolder?: boolean;
  readonly logger: Logger;
  /** Quiet time after the last event before updating: a copy of many files is one update. */
  readonly debounceMs?: number;
  /** Polling period where the file system gives no events (also a safety net for missed ones). */
  readonly pollMs?: number;
  readonly watch?: FolderWatch;
  /** Called after each update that changed the index. */
  readonly onUpdate?: (report: UpdateReport) => void;
}

/** node:fs recursive watch (inotify on Linux, FSEvents on macOS). */
export const nodeFolderWatch: FolderWatch = (dir, onChange) =>
  watchFs(dir, { recursive: true, persistent: false }, () => onChange());

/**
 * Keeps a live corpus up to date with its folder (`serve --watch`): file events are gathered for
 * `debounceMs`, then one update analyses what is new or changed; updates never overlap, and an
 * event during an update schedules one more. A failed update is logged and the previous index
 * stays in service. The folder is also re-read every `pollMs` in case events were missed.
 */
export class CorpusWatcher {
  private timer: NodeJS.Timeout | null = null;
  private poller: NodeJS.Timeout | null = null;
  private running: Promise<void> | null = null;
  private pending: { folder: boolean; snapshot: boolean } = { folder: false, snapshot: false };
  private closed = false;
  private readonly watches: { close(): void }[] = [];

  constructor(private readonly options: WatcherOptions) {}

  start(): void {
    const watch = this.options.watch ?? nodeFolderWatch;
    const folder = this.options.watchFolder !== false;
    if (folder) this.watches.push(this.tryWatch(watch, this.options.corpusDir, "folder"));
    if (this.options.snapshotDir !== null) {
      this.watches.push(this.tryWatch(watch, this.options.snapshotDir, "snapshot"));
    }
    this.followSaves();
    this.poller = setInterval(() => {
      // A shared index's follower asks to lead at each sync (`LiveCorpus.sync`).
      if (folder || !this.options.corpus.leads) this.schedule("folder");
      this.schedule("snapshot");
    }, this.options.pollMs ?? 60_000);
    this.poller.unref();
  }

  /** Stops watching and waits for an update in progress. */
  async close(): Promise<void> {
    this.closed = true;
    for (const w of this.watches) w.close();
    if (this.timer) clearTimeout(this.timer);
    if (this.poller) clearInterval(this.poller);
    await this.running;
  }

  /** Resolves once no update is scheduled or running (for tests and shutdown). */
  async idle(): Promise<void> {
    while (this.timer !== null || this.running !== null) {
      await (this.running ?? new Promise((resolve) => setTimeout(resolve, 10)));
    }
  }

  /** What other instances save to a shared index, as they save it (`LiveCorpus.watchSaves`). */
  private followSaves(): void {
    const watching = this.options.corpus.watchSaves(() => this.schedule("snapshot"));
    if (watching === null) return;
    watching.then(
      (watch) => {
        if (this.closed) watch.close();
        else this.watches.push(watch);
      },
      (error: unknown) => {
        this.options.logger.warn("cannot follow the shared index's saves, polling instead", {
          error,
        });
      },
    );
  }

  private tryWatch(watch: FolderWatch, dir: string, kind: "folder" | "snapshot") {
    try {
      return watch(dir, () => this.schedule(kind));
    } catch (error) {
      this.options.logger.warn("cannot watch folder, polling instead", { dir, error });
      return { close() {} };
    }
  }

  private schedule(kind: "folder" | "snapshot"): void {
    if (this.closed) return;
    this.pending[kind] = true;
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.timer = null;
      void this.run();
    }, this.options.debounceMs ?? 500);
  }

  private async run(): Promise<void> {
    if (this.closed) return;
    if (this.running) {
      await this.running;
      if (this.closed || this.timer !== null || this.running !== null) return;
    }
    const work = { ...this.pending };
    this.pending = { folder: false, snapshot: false };
    if (!work.folder && !work.snapshot) return;
    this.running = this.update(work).finally(() => {
      this.running = null;
    });
    await this.running;
    // Events during the update: let their quiet period run rather than updating at once.
    if ((this.pending.folder || this.pending.snapshot) && !this.closed && this.timer === null) {
      void this.run();
    }
  }

  private async update(work: { folder: boolean; snapshot: boolean }): Promise<void> {
    const { corpus, logger } = this.options;
    const started = performance.now();
    try {
      const reports: UpdateReport[] = [];
      if (work.snapshot) {
        // A saved index that cannot be read now does not hold up the folder's new files.
        const absorbed = await corpus.absorbSnapshot().catch((error: unknown) => {
          logger.error("saved index not taken in", { error });
          return null;
        });
        if (absorbed?.snapshotProblem) logger.warn(absorbed.snapshotProblem);
        if (absorbed) reports.push(absorbed);
      }
      if (work.folder) reports.push(await corpus.sync());
      const changed = reports.filter((r) => r.added + r.changed + r.removed > 0);
      if (changed.length === 0) return;
      try {
        await corpus.save();
      } catch (error) {
        logger.error("corpus updated but not saved, the next update saves it", { error });
      }
      const last = changed[changed.length - 1] as UpdateReport;
      logger.info("corpus updated", {
        added: changed.reduce((n, r) => n + r.added, 0),
        changed: changed.reduce((n, r) => n + r.changed, 0),
        removed: changed.reduce((n, r) => n + r.removed, 0),
        articles: last.articles,
        version: last.version,
        ms: Math.round(performance.now() - started),
      });
      for (const report of changed) this.options.onUpdate?.(report);
    } catch (error) {
      logger.error("corpus update failed, the previous index stays in service", { error });
    }
  }
}
