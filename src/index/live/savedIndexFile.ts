import type { CorpusFs } from "../../corpus/read/corpusFs.js";
import { UserError } from "../../errors.js";
import type { TurnOptions } from "../../util/steps.js";
import {
  type IndexSnapshot,
  readSnapshot,
  type SnapshotRead,
  snapshotVersion,
  writeSnapshot,
} from "../indexSnapshot.js";
import type { Closable, SavedIndex, UsableRead } from "./savedIndex.js";

export type { UsableRead } from "./savedIndex.js";

/**
 * The saved index of one live corpus, and which write of it (`snapshotVersion`) this process last
 * read or wrote: that write is not read again. Another process (`briefbot ingest` beside `serve`)
 * may write it at any time; its write is a new version, read next time.
 */
export class SavedIndexFile implements SavedIndex {
  private seen: string | null = null;

  constructor(
    readonly file: string,
    /** What a snapshot must have been written for to be used (`readSnapshot`). */
    private readonly expected: { readonly fingerprint: string; readonly corpusDir: string },
    private readonly readFile: CorpusFs["readFile"],
    /** How reading and writing let other work run (`runInTurns`). */
    private readonly turns: TurnOptions,
  ) {}

  /** Reads the file as it is now. */
  async read(): Promise<SnapshotRead> {
    return this.readVersion(await snapshotVersion(this.file));
  }

  /**
   * Reads the file if a write this process has not seen is there; null when there is none or it
   * is not usable. One that cannot be read at all is an error: saving over it could lose what it
   * holds (files ingested from elsewhere), so it is kept, and read again before the next save.
   */
  async readNewer(): Promise<UsableRead | null> {
    const version = await snapshotVersion(this.file);
    if (version === null || version === this.seen) return null;
    const read = await this.readVersion(version);
    if (!read.ok && read.reason === "unavailable") {
      throw new UserError(
        "BAD_INPUT",
        `cannot read the saved index ${this.file}: ${read.detail}; it is kept as it is, and read again before the next save`,
      );
    }
    return read.ok ? read : null;
  }

  /**
   * Writes the snapshot, unless another process wrote the file since this one last read or
   * wrote it (checked just before the new file takes its place): false then, and nothing is
   * written; the caller takes in what the other wrote (`readNewer`) and writes again.
   */
  async write(snapshot: Omit<IndexSnapshot, "format">): Promise<boolean> {
    const version = await writeSnapshot(this.file, snapshot, this.turns, this.seen);
    if (version === null) return false;
    this.seen = version;
    return true;
  }

  forget(): void {
    this.seen = "forgotten";
  }

  /** One machine's: this process reads its folder. */
  async lead(): Promise<boolean> {
    return true;
  }

  /** The caller watches the file's folder (`CorpusWatcher`). */
  watchWrites(): Promise<Closable> | null {
    return null;
  }

  async close(): Promise<void> {}

  /**
   * Reads the file, whose `version` was taken before (a write landing meanwhile is a new version,
   * read next time), and marks that version seen, except when the file could not be read
   * (memory, input/output, perhaps for a moment): it is then read again before any save.
   */
  private async readVersion(version: string | null): Promise<SnapshotRead> {
    const read = await readSnapshot(this.file, this.expected, this.readFile, this.turns);
    if (read.ok || read.reason !== "unavailable") this.seen = version;
    return read;
  }
}
