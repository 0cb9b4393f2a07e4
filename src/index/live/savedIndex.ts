import type { IndexSnapshot, SnapshotRead } from "../indexSnapshot.js";

/** A snapshot read that could be used. */
export type UsableRead = Extract<SnapshotRead, { ok: true }>;

/** Something to stop: a watch, a subscription. */
export interface Closable {
  close(): void;
}

/**
 * Where a live corpus keeps its index between runs: a file in the data folder
 * (`SavedIndexFile`), or PostgreSQL for instances that share it (`PostgresSavedIndex`). Several
 * processes may write it; every write says which version it replaces, and one written by another
 * process since is never saved over (`write` returns false, the caller takes it in and retries).
 */
export interface SavedIndex {
  /** Reads it as it is now. */
  read(): Promise<SnapshotRead>;
  /**
   * Reads it if a write this process has not seen is there; null when there is none or it is
   * not usable. One that cannot be read at all is an error (`UserError`): it is kept, and read
   * again before the next save.
   */
  readNewer(): Promise<UsableRead | null>;
  /**
   * After what was read could not be taken in (a failed update): the next write must read again
   * first, as if another process had written.
   */
  forget(): void;
  /**
   * Writes the snapshot unless another process wrote since this one last read or wrote: false
   * then, and nothing is written.
   */
  write(snapshot: Omit<IndexSnapshot, "format">): Promise<boolean>;
  /**
   * Whether this process reads its corpus folder into the index. A file is one machine's: always.
   * A shared index has one such process at a time (a lock it holds until it stops); the others
   * follow what it saves, and ask again later (it may have stopped).
   */
  lead(): Promise<boolean>;
  /**
   * Calls back when another process may have written, where the store can tell (PostgreSQL's
   * notifications); null where the caller watches for itself (the file's folder).
   */
  watchWrites(onWrite: () => void): Promise<Closable> | null;
  /** Lets go of what it holds (connections, the lock). */
  close(): Promise<void>;
}
