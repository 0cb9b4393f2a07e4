import { SerialQueue } from "../index/live/serialQueue.js";
import type { Logger } from "../log/logger.js";
import { ConcurrencyLimits, type ConcurrencySettings } from "./concurrency.js";
import { type FeedPollResult, pollFeed } from "./pollFeed.js";
import type { Source } from "./source.js";
import type { SourcesRegistry } from "./sourcesRegistry.js";
import type { SourcesStore } from "./sourcesStore.js";
import type { SourcesFetcher } from "./types.js";

/** How often `serve` looks for feeds that are due. */
export const POLL_TICK_MS = 30_000;
/**
 * How long one instance holds a feed while polling it (the store's lock), renewed every third
 * of it while the poll lasts; an instance that dies lets it run out.
 */
export const FEED_LOCK_TTL_MS = 10 * 60 * 1000;

export interface PollerDeps {
  readonly registry: SourcesRegistry;
  readonly store: SourcesStore;
  readonly fetcher: SourcesFetcher;
  /** The corpus folder: articles go to its `sources/` folder. */
  readonly corpusDir: string;
  readonly now: () => Date;
  readonly random: () => number;
  readonly logger: Logger;
  /** This instance, as the owner of the feed locks. */
  readonly owner: string;
  readonly concurrency?: ConcurrencySettings;
  /**
   * Brings the new files into the index (the live corpus's `sync` and `save`), once per round
   * that added any, before the round ends; after a failure, again at the next round.
   */
  readonly afterAdding?: (results: readonly FeedPollResult[]) => Promise<void>;
  /**
   * Whether this instance polls now; always unless given. A follower of a shared index does not:
   * what it fetched would go to a folder nobody reads into the index.
   */
  readonly mayPoll?: () => boolean;
  /** Calls `tick` every `ms` until stopped (setInterval unless a test drives it). */
  readonly every?: (ms: number, tick: () => void) => { stop(): void };
}

/**
 * Polls the followed feeds: each when it is due (its `nextPollAt`), by one instance at a time
 * (a lock per feed in the store, so several instances on Redis share the work), requests
 * bounded in all and per host (`ConcurrencyLimits`). A round runs in the background: commands
 * never wait for it, and a round still running when the next tick comes is not doubled.
 */
export class SourcesPoller {
  private readonly limits: ConcurrencyLimits;
  private readonly claims = new SerialQueue();
  private readonly inFlight = new Set<string>();
  private readonly abort = new AbortController();
  private round: Promise<unknown> | null = null;
  /** Files were written that the index has not taken in yet (its update failed): retried. */
  private unsynced = false;
  private repeater: { stop(): void } | null = null;

  constructor(private readonly deps: PollerDeps) {
    this.limits = new ConcurrencyLimits(deps.concurrency);
  }

  /**
   * Polls every due feed once (`all`: every feed), then brings what was added into the index.
   * Returns one result per feed this instance polled.
   */
  async pollOnce(options: { readonly all?: boolean } = {}): Promise<FeedPollResult[]> {
    const sources = await this.deps.registry.all();
    const results = await Promise.all(sources.map((s) => this.pollIfDue(s, options.all === true)));
    const polled = results.filter((r): r is FeedPollResult => r !== null);
    if (this.unsynced || polled.some((r) => r.added.length > 0)) {
      this.unsynced = true;
      await this.deps.afterAdding?.(polled);
      this.unsynced = false;
    }
    return polled;
  }

  /** Starts polling in the background: a round now, then one every `tickMs`. */
  start(tickMs: number = POLL_TICK_MS): void {
    const tick = () => {
      if (this.round !== null || this.abort.signal.aborted) return;
      this.round = this.pollOnce()
        .then((results) => this.logRound(results))
        .catch((error: unknown) => this.deps.logger.error("polling sources failed", { error }))
        .finally(() => {
          this.round = null;
        });
    };
    const every =
      this.deps.every ??
      ((ms, run) => {
        // Not unref'd: a `serve` that only polls feeds (no chat adapter listening) has nothing
        // else keeping it running.
        const timer = setInterval(run, ms);
        return { stop: () => clearInterval(timer) };
      });
    this.repeater = every(tickMs, tick);
    tick();
  }

  /** Stops polling: requests under way are aborted, and the round in progress is awaited. */
  async stop(): Promise<void> {
    this.repeater?.stop();
    this.repeater = null;
    this.abort.abort(new Error("briefbot is stopping"));
    await this.round;
  }

  /** Resolves once the round in progress (if any) is over: for tests and `--once` runs. */
  async idle(): Promise<void> {
    await this.round;
  }

  private async pollIfDue(source: Source, all: boolean): Promise<FeedPollResult | null> {
    if (this.inFlight.has(source.id) || this.abort.signal.aborted) return null;
    if (this.deps.mayPoll && !this.deps.mayPoll()) return null;
    if (!all && !(await this.due(source))) return null;
    const { store, owner } = this.deps;
    if (!(await store.acquireFeedLock(source.id, owner, FEED_LOCK_TTL_MS))) return null;
    this.inFlight.add(source.id);
    // A long poll (many pages, slow servers) keeps its lease: renewed a third of the way in.
    const lease = setInterval(() => {
      store.renewFeedLock(source.id, owner, FEED_LOCK_TTL_MS).catch((error: unknown) => {
        this.deps.logger.warn("could not renew a feed's poll lock", { source: source.id, error });
      });
    }, FEED_LOCK_TTL_MS / 3);
    lease.unref();
    try {
      // Another instance may have polled it between our look and our lock.
      if (!all && !(await this.due(source))) return null;
      return await pollFeed(source, this.deps.registry.intervalOf(source), {
        fetcher: this.deps.fetcher,
        store,
        corpusDir: this.deps.corpusDir,
        now: this.deps.now,
        random: this.deps.random,
        limits: this.limits,
        claims: this.claims,
        owner,
        logger: this.deps.logger,
        signal: this.abort.signal,
      });
    } finally {
      clearInterval(lease);
      this.inFlight.delete(source.id);
      await store.releaseFeedLock(source.id, owner);
    }
  }

  private async due(source: Source): Promise<boolean> {
    const next = (await this.deps.store.feedState(source.id)).nextPollAt;
    return next === null || Date.parse(next) <= this.deps.now().getTime();
  }

  private logRound(results: readonly FeedPollResult[]): void {
    for (const result of results) {
      if (result.outcome === "failed") {
        this.deps.logger.warn("source failed", {
          source: result.name,
          kind: result.error?.kind,
          error: result.error?.message,
        });
      } else if (result.added.length > 0) {
        this.deps.logger.info("source added articles", {
          source: result.name,
          added: result.added.length,
        });
      }
    }
  }
}
