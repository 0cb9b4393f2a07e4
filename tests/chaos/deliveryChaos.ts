import { randomUUID } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { REST } from "discord.js";
import { mulberry32 } from "../../bench/perf/prng.js";
import type { Reply } from "../../commands/types.js";
import { discordPoster } from "../../src/adapters/discord/discordPoster.js";
import type { DiscordMessage } from "../../src/adapters/discord/embeds.js";
import { renderDiscord } from "../../src/adapters/discord/renderDiscord.js";
import { DEFAULT_SCHEDULE, type ScheduleSettings } from "../../src/config/scheduleSettings.js";
import type { Logger } from "../../src/log/logger.js";
import type { ChannelPoster, PreparedPost } from "../../src/schedule/delivery.js";
import { DigestScheduler, type Repeater } from "../../src/schedule/scheduler.js";
import { openStore } from "../../src/store/openStore.js";
import { digestRunKey, subscriptionKey } from "../../src/store/records.js";
import type { RecordStore, Store } from "../../src/store/store.js";
import { extractiveSummarizer as summarizer } from "../../src/summarize/extractiveSummarizer.js";
import type { ChaosAction } from "../fakes/discord/fakeDiscord.js";
import { bundled } from "../helpers/engine.js";
import {
  CHANNEL_HISTORY,
  faultyDiscord,
  judgeRound,
  roundDropper,
  subscribeRound,
} from "./chaosShared.js";
import { RedisProxy } from "./redisProxy.js";

/**
 * Delivery under chaos (issue 18): two scheduler instances share a store (Redis through a proxy
 * that drops connections, or one SQLite file) and post to a fake Discord REST on 127.0.0.1
 * through discord.js, while instances are killed at random I/O boundaries and restarted, the
 * fake stalls, answers 503, and cuts connections before or after creating a message. Every round
 * is one slot for `channels` fresh subscriptions; when every run of the round is finished, each
 * channel's messages are read back by their `digest i/n · ref` mark: a slot is lost when a part
 * is missing (or the run failed), doubled when a part is there twice.
 *
 * A kill is in-process but abrupt: the instance's next store or platform call (or the answer of
 * the one in flight) never returns, its timers stop, its Redis connection closes; what it had
 * already sent to Discord still lands, and its lock stays until it expires — what kill -9 leaves.
 *
 * Randomness: one seeded stream per source (platform faults, kills of each instance generation,
 * restarts, Redis drops), so a seed replays the same decisions in call order; the interleaving of
 * the two instances depends on timing, so a replay is close, not identical.
 */

export interface ChaosOptions {
  readonly seed: number;
  readonly backend: "redis" | "sqlite";
  /** Required for the Redis backend. */
  readonly redisUrl?: string;
  /** Fresh subscriptions per round (one slot each). */
  readonly channels: number;
  readonly rounds: number;
  /** Probability that a store or platform call kills its instance (before or after it). */
  readonly killRate?: number;
  /** Give up on a round after this long (a hang is a failure, not a pass). */
  readonly roundTimeoutMs?: number;
}

export interface ChaosReport {
  readonly seed: number;
  readonly backend: "redis" | "sqlite";
  readonly slots: number;
  readonly lost: string[];
  readonly doubled: string[];
  readonly messages: number;
  readonly kills: number;
  readonly redisDrops: number;
  readonly faults: Readonly<Record<ChaosAction["kind"], number>>;
  readonly nonceDeduplications: number;
  readonly lookups: number;
  readonly durationMs: number;
}

const DAY_MS = 86_400_000;
const FIRST_SLOT = Date.parse("2026-01-16T08:00:00.000Z");

/** Scaled-down production timings: a lock outlives the longest step (3 tries of 400 ms). */
const SETTINGS: ScheduleSettings = {
  ...DEFAULT_SCHEDULE,
  lockTtlMs: 2_500,
  sweepMs: 100,
  retryBaseMs: 20,
  retryMaxMs: 200,
};

const quiet: Logger = { debug() {}, info() {}, warn() {}, error() {} };
const never = <T>(): Promise<T> => new Promise<T>(() => {});
const pause = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** Whether an instance is alive; `around` runs one I/O call as a killable process would. */
class Life {
  dead = false;
  onDeath: () => void = () => {};

  constructor(
    private readonly random: () => number,
    private readonly killRate: number,
  ) {}

  kill(): void {
    if (this.dead) return;
    this.dead = true;
    this.onDeath();
  }

  around<T>(call: () => Promise<T>): Promise<T> {
    if (this.dead) return never();
    if (this.random() < this.killRate / 2) {
      this.kill();
      return never();
    }
    return call().then(
      (value) => {
        if (this.dead) return never<T>();
        if (this.random() < this.killRate / 2) {
          this.kill();
          return never<T>();
        }
        return value;
      },
      (error: unknown) => (this.dead ? never<T>() : Promise.reject(error)),
    );
  }
}

function mortalRecords<T>(records: RecordStore<T>, life: Life): RecordStore<T> {
  return {
    get: (key) => life.around(() => records.get(key)),
    set: (key, value, ttl) => life.around(() => records.set(key, value, ttl)),
    delete: (key) => life.around(() => records.delete(key)),
    list: () => life.around(() => records.list()),
  };
}

function mortalStore(store: Store, life: Life): Store {
  return {
    kind: store.kind,
    subscriptions: mortalRecords(store.subscriptions, life),
    runs: mortalRecords(store.runs, life),
    cursors: mortalRecords(store.cursors, life),
    cache: mortalRecords(store.cache, life),
    sources: mortalRecords(store.sources, life),
    acquireLock: (n, o, t) => life.around(() => store.acquireLock(n, o, t)),
    renewLock: (n, o, t) => life.around(() => store.renewLock(n, o, t)),
    releaseLock: (n, o) => life.around(() => store.releaseLock(n, o)),
    close: () => store.close(),
  };
}

function mortalPoster(poster: ChannelPoster, life: Life): ChannelPoster {
  return (subscription, reply): PreparedPost => {
    const prepared = poster(subscription, reply);
    return {
      count: prepared.count,
      send: (mark) => life.around(() => prepared.send(mark)),
      find: (mark) => life.around(() => prepared.find(mark)),
    };
  };
}

/** One embed per message: digests of several messages, so a run can stop between them. */
function onePerMessage(reply: Reply): DiscordMessage[] {
  return renderDiscord(reply).flatMap((m) =>
    m.embeds.length <= 1 ? [m] : m.embeds.map((e) => ({ ...m, embeds: [e] })),
  );
}

export async function runDeliveryChaos(options: ChaosOptions): Promise<ChaosReport> {
  const started = Date.now();
  const killRate = options.killRate ?? 0.004;
  const platformRandom = mulberry32(options.seed * 7 + 1);
  const restartRandom = mulberry32(options.seed * 7 + 2);
  const dropRandom = mulberry32(options.seed * 7 + 3);
  const total = options.channels * options.rounds;
  const { fake, faults } = await faultyDiscord(total, platformRandom);

  const dataDir = mkdtempSync(join(tmpdir(), "briefbot-chaos-"));
  const prefix = `briefbot-chaos-${options.seed}-${randomUUID().slice(0, 8)}:`;
  let proxy: RedisProxy | null = null;
  if (options.backend === "redis") {
    if (!options.redisUrl)
      throw new Error("expected a Redis URL for the redis backend, found none");
    proxy = await RedisProxy.start(options.redisUrl);
  }
  const open = (via: "proxy" | "direct") =>
    openStore({
      url:
        options.backend === "sqlite"
          ? null
          : via === "proxy"
            ? (proxy?.url ?? null)
            : (options.redisUrl ?? null),
      dataDir,
      logger: quiet,
      redisKeyPrefix: prefix,
    });
  const observer = await open("direct");
  const { index } = await bundled();
  const channelIds = fake.guilds.map((g) => g.textChannelId);
  /** Every other channel gets its digest as one message per embed (several messages). */
  const paged = new Set(channelIds.filter((_, i) => i % 2 === 0));

  let now = FIRST_SLOT;
  let generation = 0;
  let kills = 0;
  const live = new Map<number, { life: Life; scheduler: DigestScheduler; store: Store }>();
  const zombies: Store[] = [];
  let stopping = false;

  const startInstance = async (): Promise<void> => {
    const id = ++generation;
    const life = new Life(mulberry32(options.seed * 7919 + id), killRate);
    const raw = await open("proxy");
    const store = mortalStore(raw, life);
    const rest = new REST({
      api: fake.apiUrl,
      timeout: 400,
      retries: 2,
      hashSweepInterval: 0,
      handlerSweepInterval: 0,
    }).setToken(fake.token);
    const byEmbed = discordPoster(rest, onePerMessage);
    const whole = discordPoster(rest);
    const poster: ChannelPoster = (subscription, reply) =>
      (paged.has(subscription.channelId) ? byEmbed : whole)(subscription.channelId, reply);
    const timers: ReturnType<typeof setInterval>[] = [];
    const every: Repeater = (ms, tick) => {
      const timer = setInterval(() => {
        if (!life.dead) tick();
      }, ms);
      timers.push(timer);
      return { stop: () => clearInterval(timer) };
    };
    const scheduler = new DigestScheduler({
      store,
      index: async () => index,
      summarizer,
      post: mortalPoster(poster, life),
      logger: quiet,
      now: () => new Date(now),
      sleep: (ms) => life.around(() => pause(ms)),
      instanceId: `chaos-${id}`,
      settings: SETTINGS,
      trigger: () => ({ stop() {} }),
      every,
    });
    life.onDeath = () => {
      kills++;
      for (const timer of timers) clearInterval(timer);
      live.delete(id);
      zombies.push(raw);
      // A killed process's connections close with it; its lock stays until it expires.
      void raw.close().catch(() => {});
      if (!stopping) void restart();
    };
    live.set(id, { life, scheduler, store: raw });
    // start() sweeps once; the instance may die inside it, which is the point.
    void scheduler.start({ pollMs: 0 }).catch(() => {});
  };

  /**
   * A supervisor's restart after a random pause; a start that fails (its store cannot connect
   * while the proxy cuts connections) is tried again, as a supervisor would.
   */
  const restart = async (): Promise<void> => {
    await pause(Math.floor(restartRandom() * 400));
    if (stopping) return;
    await startInstance().catch(() => restart());
  };

  const dropper = roundDropper(proxy, dropRandom);

  const lost: string[] = [];
  const doubled: string[] = [];
  let messages = 0;
  try {
    await startInstance().catch(() => restart());
    await startInstance().catch(() => restart());
    for (let round = 0; round < options.rounds; round++) {
      const slot = FIRST_SLOT + round * DAY_MS;
      const roundStart = Date.now();
      dropper.newRound();
      // The virtual clock: a minute after the slot, then running with real time.
      const clockTimer = setInterval(() => {
        now = slot + 60_000 + (Date.now() - roundStart);
      }, 10);
      now = slot + 60_000;
      const ids = channelIds.slice(round * options.channels, (round + 1) * options.channels);
      const subscriptions = await subscribeRound(observer, ids, slot);
      const keys = ids.map((id) => digestRunKey("discord", id, new Date(slot).toISOString()));
      const deadline = Date.now() + (options.roundTimeoutMs ?? 120_000);
      while (Date.now() < deadline) {
        const runs = await Promise.all(keys.map((k) => observer.runs.get(k)));
        if (runs.every((r) => r !== null && r.status !== "running")) break;
        await pause(100);
      }
      clearInterval(clockTimer);
      const judged = await judgeRound(fake, observer, keys, ids);
      lost.push(...judged.lost);
      doubled.push(...judged.doubled);
      messages += judged.messages;
      for (const s of subscriptions)
        await observer.subscriptions.delete(subscriptionKey("discord", s.channelId));
    }
  } finally {
    stopping = true;
    dropper.stop();
    const instances = [...live.values()];
    await Promise.all(instances.map((i) => i.scheduler.stop()));
    await Promise.all(instances.map((i) => i.store.close().catch(() => {})));
    await Promise.all(zombies.map((z) => z.close().catch(() => {})));
    if (options.backend === "redis") {
      for (const ns of [observer.subscriptions, observer.runs, observer.cursors]) {
        for (const { key } of await (ns as RecordStore<unknown>).list()) await ns.delete(key);
      }
    }
    await observer.close();
    await proxy?.stop();
    await fake.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
  const requests = fake.requests;
  return {
    seed: options.seed,
    backend: options.backend,
    slots: total,
    lost,
    doubled,
    messages,
    kills,
    redisDrops: proxy?.drops ?? 0,
    faults,
    nonceDeduplications: fake.nonceDeduplications,
    lookups: requests.filter((r) => r.route === CHANNEL_HISTORY).length,
    durationMs: Date.now() - started,
  };
}
