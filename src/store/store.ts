import type { ChannelCursor, DigestRun, Subscription } from "./records.js";

/**
 * Typed records under one namespace. Writes are validated (an invalid value is a bug and throws);
 * reads are validated too, and a record that cannot be read (bad JSON, unknown version, failing
 * schema) is logged once and treated as absent, so one bad record never stops the others.
 * Storage failures (disk, network) do throw: "could not read" must never look like "not there".
 */
export interface RecordStore<T> {
  get(key: string): Promise<T | null>;
  /** `ttlMs`: the record disappears after that many milliseconds (omit to keep it). */
  set(key: string, value: T, ttlMs?: number): Promise<void>;
  /** True when a record (readable or not) was there. */
  delete(key: string): Promise<boolean>;
  /** Every readable record of this namespace, sorted by key. */
  list(): Promise<{ key: string; value: T }[]>;
}

export type StoreKind = "sqlite" | "redis";

export interface Store {
  readonly kind: StoreKind;
  /** Keyed by `subscriptionKey(platform, channelId)`. */
  readonly subscriptions: RecordStore<Subscription>;
  /** Keyed by the run's idempotency key, `digestRunKey(platform, channelId, slot)`. */
  readonly runs: RecordStore<DigestRun>;
  /** Keyed by `channelCursorKey(platform, channelId)`. */
  readonly cursors: RecordStore<ChannelCursor>;
  /** Any JSON value, usually with a ttl. */
  readonly cache: RecordStore<unknown>;
  /**
   * What following live sources keeps (src/sources/sourcesStore.ts checks each record's shape):
   * the sources added at run time, each feed's polling state and health, and the keys of
   * articles already stored (with a ttl).
   */
  readonly sources: RecordStore<unknown>;
  /**
   * Takes the named lock for `ttlMs` if nobody holds it (or the holder's time ran out).
   * Not re-entrant: the current owner asking again is refused too, on both backends.
   */
  acquireLock(name: string, owner: string, ttlMs: number): Promise<boolean>;
  /**
   * Extends a lock `owner` still holds to `ttlMs` from now; false when it expired or is another's,
   * so a long run can tell it lost its lease before it does anything more.
   */
  renewLock(name: string, owner: string, ttlMs: number): Promise<boolean>;
  /** Releases the lock if `owner` still holds it; otherwise does nothing. */
  releaseLock(name: string, owner: string): Promise<void>;
  /** Closes the connections; safe to call twice. */
  close(): Promise<void>;
}
