import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Reply, SubscriptionService } from "../../commands/types.js";
import { DEFAULT_SCHEDULE } from "../../src/config/scheduleSettings.js";
import type { Logger } from "../../src/log/logger.js";
import type { PreparedPost } from "../../src/schedule/delivery.js";
import { DigestScheduler, type TriggerFactory } from "../../src/schedule/scheduler.js";
import { openStore } from "../../src/store/openStore.js";
import type { Platform, Subscription } from "../../src/store/records.js";
import type { Store } from "../../src/store/store.js";
import { extractiveSummarizer as summarizer } from "../../src/summarize/extractiveSummarizer.js";
import { bundled } from "../helpers/engine.js";
import { type LoggedLine, recordingLogger } from "../store/fixtures.js";

/** A clock the test sets by hand; `now` is what the adapters and the scheduler read. */
export class ManualClock {
  #at: number;

  constructor(iso: string) {
    this.#at = Date.parse(iso);
  }

  readonly now = (): Date => new Date(this.#at);

  set(iso: string): void {
    this.#at = Date.parse(iso);
  }
}

/**
 * Stands in for node-cron: records each subscription's `onFire` (keyed `platform:channelId`) and
 * calls it when the test says the slot has come. `history` lists starts and stops in order.
 */
export class ManualTriggers {
  readonly #active = new Map<string, () => void>();
  readonly history: string[] = [];

  readonly factory: TriggerFactory = (subscription: Subscription, onFire) => {
    const key = `${subscription.platform}:${subscription.channelId}`;
    this.#active.set(key, onFire);
    this.history.push(`start ${key} ${subscription.time} ${subscription.timezone}`);
    return {
      stop: () => {
        this.#active.delete(key);
        this.history.push(`stop ${key}`);
      },
    };
  };

  /** The callback of a running trigger; throws when the subscription is not scheduled. */
  callback(key: string): () => void {
    const onFire = this.#active.get(key);
    if (!onFire) {
      const running = [...this.#active.keys()].join(", ") || "none";
      throw new Error(`expected a running trigger for ${key}, found ${running}`);
    }
    return onFire;
  }

  /** What node-cron does at the subscription's time. */
  fire(key: string): void {
    this.callback(key)();
  }

  get active(): readonly string[] {
    return [...this.#active.keys()];
  }
}

export type ChannelPost = (channelId: string, reply: Reply) => PreparedPost;

/**
 * What `serve` wires around the chat adapters, with the clock, the cron and the sleep under the
 * test's control: a SQLite store in a temporary folder, the subscription service the adapters
 * get, and a DigestScheduler posting through whichever platform posters are set.
 * `restart` closes the scheduler and the store and reopens both on the same file, as a new
 * process would.
 */
export class DigestHarness {
  readonly clock: ManualClock;
  readonly logs: LoggedLine[];
  readonly logger: Logger;
  readonly dataDir: string;
  /** Set once the adapters are running, as `serve` does. */
  readonly posters: Partial<Record<Platform, ChannelPost>> = {};
  readonly subscriptions: SubscriptionService;
  #store: Store;
  #scheduler: DigestScheduler | null = null;
  #triggers = new ManualTriggers();

  private constructor(
    clock: ManualClock,
    dataDir: string,
    store: Store,
    { logger, lines }: ReturnType<typeof recordingLogger>,
  ) {
    this.clock = clock;
    this.logs = lines;
    this.logger = logger;
    this.dataDir = dataDir;
    this.#store = store;
    const current = () => this.#store;
    const refresh = async () => {
      await this.#scheduler?.refresh();
    };
    this.subscriptions = {
      get store() {
        return current();
      },
      defaults: { time: DEFAULT_SCHEDULE.defaultTime, timezone: DEFAULT_SCHEDULE.defaultTimezone },
      changed: refresh,
    };
  }

  static async open(now: string): Promise<DigestHarness> {
    const dataDir = mkdtempSync(join(tmpdir(), "briefbot-subscriptions-"));
    const recording = recordingLogger();
    const store = await openStore({ url: null, dataDir, logger: recording.logger });
    return new DigestHarness(new ManualClock(now), dataDir, store, recording);
  }

  get store(): Store {
    return this.#store;
  }

  get scheduler(): DigestScheduler {
    if (!this.#scheduler) throw new Error("expected a started scheduler, found none");
    return this.#scheduler;
  }

  /** The triggers of the current scheduler (a restart starts with none). */
  get triggers(): ManualTriggers {
    return this.#triggers;
  }

  /** Starts a scheduler (with its start-up catch-up) on the current store; no polling. */
  async startScheduler(): Promise<void> {
    const { index } = await bundled();
    this.#triggers = new ManualTriggers();
    const scheduler = new DigestScheduler({
      store: this.#store,
      index: async () => index,
      summarizer,
      post: (subscription, reply) => {
        const post = this.posters[subscription.platform];
        if (!post) throw new Error(`the ${subscription.platform} adapter is not running`);
        return post(subscription.channelId, reply);
      },
      logger: this.logger,
      now: this.clock.now,
      sleep: async () => {},
      instanceId: "e2e-instance",
      settings: DEFAULT_SCHEDULE,
      trigger: this.#triggers.factory,
      every: () => ({ stop() {} }),
    });
    this.#scheduler = scheduler;
    await scheduler.start({ pollMs: 0 });
  }

  async stopScheduler(): Promise<void> {
    await this.#scheduler?.stop();
    this.#scheduler = null;
  }

  /** Stops the scheduler, closes the store, moves the clock, reopens both on the same file. */
  async restart(now: string): Promise<void> {
    await this.stopScheduler();
    await this.#store.close();
    this.clock.set(now);
    this.#store = await openStore({ url: null, dataDir: this.dataDir, logger: this.logger });
    await this.startScheduler();
  }

  /** Closes the store and removes its folder; stop the scheduler and the adapters first. */
  async close(): Promise<void> {
    await this.stopScheduler();
    await this.#store.close();
    rmSync(this.dataDir, { recursive: true, force: true });
  }
}
