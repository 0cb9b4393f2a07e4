import { z } from "zod";
import type { Store } from "../store/store.js";
import { MAX_NAME_LENGTH, type Source } from "./source.js";

/**
 * The typed records of live sources in the store's `sources` namespace:
 * - `registry`: the sources added at run time (one record, changed under a lock);
 * - `feed:<id>`: each feed's polling state and health;
 * - `seen:<key>`: an article already stored (`articleKeys`), kept `SEEN_TTL_MS` after it was
 *   last seen in a feed, so neither a restart nor another instance posts it again.
 * A record that fails its schema reads as absent (and is rewritten by the next poll).
 */

/** How long an article's keys are remembered after a feed last listed it. */
export const SEEN_TTL_MS = 90 * 24 * 60 * 60 * 1000;
/** A key seen again is written again (its ttl pushed back) at most this often. */
const SEEN_REFRESH_MS = 7 * 24 * 60 * 60 * 1000;

const instant = z.iso.datetime({ offset: true });

const addedSourceSchema = z.strictObject({
  id: z.string().min(1),
  url: z.string().min(1),
  name: z.string().min(1).max(MAX_NAME_LENGTH).nullable(),
  intervalMinutes: z.int().positive().nullable(),
  addedAt: instant,
  addedBy: z.string().min(1),
});
type AddedSource = z.infer<typeof addedSourceSchema>;
const registrySchema = z.strictObject({ sources: z.array(addedSourceSchema) });

export const feedStateSchema = z.strictObject({
  validators: z.strictObject({ etag: z.string().optional(), lastModified: z.string().optional() }),
  /** The feed's own title, from its last successful read. */
  title: z.string().nullable(),
  lastPollAt: instant.nullable(),
  lastSuccessAt: instant.nullable(),
  lastError: z.strictObject({ kind: z.string(), message: z.string(), at: instant }).nullable(),
  /** The first failure of the current run of failures; null while the feed works. */
  failingSince: instant.nullable(),
  /** Failures in a row (the backoff's exponent). */
  failures: z.int().nonnegative(),
  nextPollAt: instant.nullable(),
  /** Items the feed listed at its last successful read. */
  itemsSeen: z.int().nonnegative(),
  /** Articles this feed brought into the corpus, in all. */
  articlesAdded: z.int().nonnegative(),
  /** What the last poll could not do in full ("2 pages could not be read: …"), or null. */
  note: z.string().nullable(),
});
export type FeedState = z.infer<typeof feedStateSchema>;

export const EMPTY_FEED_STATE: FeedState = Object.freeze({
  validators: {},
  title: null,
  lastPollAt: null,
  lastSuccessAt: null,
  lastError: null,
  failingSince: null,
  failures: 0,
  nextPollAt: null,
  itemsSeen: 0,
  articlesAdded: 0,
  note: null,
});

const seenSchema = z.strictObject({
  firstSeen: instant,
  lastSeen: instant,
  /** The corpus file the article went to (relative to the corpus folder). */
  file: z.string(),
});
export type SeenArticle = z.infer<typeof seenSchema>;

const REGISTRY_KEY = "registry";
const REGISTRY_LOCK = "sources-registry";
const CLAIM_LOCK = "sources-article";
/** Longest a registry change or an article's storing holds its lock (a dead holder's runs out). */
const LOCK_TTL_MS = 10_000;

export class SourcesStore {
  constructor(private readonly store: Store) {}

  async addedSources(): Promise<Source[]> {
    const parsed = registrySchema.safeParse(await this.store.sources.get(REGISTRY_KEY));
    if (!parsed.success) return [];
    return parsed.data.sources.map((s) => ({ ...s, origin: "added" as const }));
  }

  /**
   * Changes the added sources under a lock, so two instances adding at once lose neither;
   * `change` returns the new list, or null to leave it as it is.
   */
  async changeAdded(
    owner: string,
    change: (sources: readonly Source[]) => readonly Source[] | null,
  ): Promise<boolean> {
    return this.withLock(REGISTRY_LOCK, owner, "the sources registry", async () => {
      const next = change(await this.addedSources());
      if (next === null) return false;
      const sources: AddedSource[] = next.map((s) => ({
        id: s.id,
        url: s.url,
        name: s.name,
        intervalMinutes: s.intervalMinutes,
        addedAt: s.addedAt ?? new Date(0).toISOString(),
        addedBy: s.addedBy ?? "unknown",
      }));
      await this.store.sources.set(REGISTRY_KEY, { sources });
      return true;
    });
  }

  /**
   * Runs `work` as the one instance storing an article (every instance on the store takes
   * turns), so two instances polling two feeds that carry one article store it once.
   */
  claimArticle<T>(owner: string, work: () => Promise<T>): Promise<T> {
    return this.withLock(CLAIM_LOCK, owner, "storing articles", work);
  }

  /** `work` under the store lock `name`, waiting for it up to 5 seconds (a short hold each). */
  private async withLock<T>(
    name: string,
    owner: string,
    what: string,
    work: () => Promise<T>,
  ): Promise<T> {
    for (let attempt = 0; attempt < 50; attempt++) {
      if (await this.store.acquireLock(name, owner, LOCK_TTL_MS)) {
        try {
          return await work();
        } finally {
          await this.store.releaseLock(name, owner);
        }
      }
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    throw new Error(`${what} stayed locked by another instance for 5 seconds`);
  }

  async feedState(id: string): Promise<FeedState> {
    const parsed = feedStateSchema.safeParse(await this.store.sources.get(`feed:${id}`));
    return parsed.success ? parsed.data : EMPTY_FEED_STATE;
  }

  setFeedState(id: string, state: FeedState): Promise<void> {
    return this.store.sources.set(`feed:${id}`, state);
  }

  async deleteFeedState(id: string): Promise<void> {
    await this.store.sources.delete(`feed:${id}`);
  }

  /** The first of `keys` already stored, with its record; null when none is. */
  async seen(keys: readonly string[]): Promise<{ key: string; seen: SeenArticle } | null> {
    for (const key of keys) {
      const parsed = seenSchema.safeParse(await this.store.sources.get(`seen:${key}`));
      if (parsed.success) return { key, seen: parsed.data };
    }
    return null;
  }

  /**
   * Remembers every key of an article (`file`: where it went), keeping the first sighting; a
   * key seen again is written again only when its last sighting is old, to push back its ttl.
   */
  async remember(keys: readonly string[], file: string, now: Date): Promise<void> {
    for (const key of keys) {
      const stored = seenSchema.safeParse(await this.store.sources.get(`seen:${key}`));
      if (stored.success && now.getTime() - Date.parse(stored.data.lastSeen) < SEEN_REFRESH_MS)
        continue;
      const at = now.toISOString();
      await this.store.sources.set(
        `seen:${key}`,
        { firstSeen: stored.success ? stored.data.firstSeen : at, lastSeen: at, file },
        SEEN_TTL_MS,
      );
    }
  }

  acquireFeedLock(id: string, owner: string, ttlMs: number): Promise<boolean> {
    return this.store.acquireLock(`source-poll:${id}`, owner, ttlMs);
  }

  renewFeedLock(id: string, owner: string, ttlMs: number): Promise<boolean> {
    return this.store.renewLock(`source-poll:${id}`, owner, ttlMs);
  }

  releaseFeedLock(id: string, owner: string): Promise<void> {
    return this.store.releaseLock(`source-poll:${id}`, owner);
  }
}
