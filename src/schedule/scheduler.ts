import cron from "node-cron";
import type { Logger } from "../log/logger.js";
import { digestRunKey, type Subscription, subscriptionKey } from "../store/records.js";
import { type DigestRunDeps, runDigest } from "./runDigest.js";
import { parseTime, previousSlot } from "./slots.js";

/** Starts calling `onFire` at each slot of a subscription; returns how to stop it. */
export type TriggerFactory = (subscription: Subscription, onFire: () => void) => { stop(): void };

/**
 * node-cron, one task per subscription in the subscription's own timezone
 * (`MM HH * * *` with `timezone`): node-cron handles the daylight-saving changes.
 */
export const cronTrigger: TriggerFactory = (subscription, onFire) => {
  const time = parseTime(subscription.time);
  if (!time) throw new Error(`invalid time in subscription ${subscription.channelId}`);
  const task = cron.schedule(`${time.minute} ${time.hour} * * *`, onFire, {
    timezone: subscription.timezone,
    name: subscriptionKey(subscription.platform, subscription.channelId),
  });
  return { stop: () => void task.destroy() };
};

export interface SchedulerDeps extends DigestRunDeps {
  readonly trigger: TriggerFactory;
  readonly logger: Logger;
}

/**
 * Keeps one trigger per stored subscription and runs its digest when it fires. `refresh()`
 * re-reads the subscriptions (called by /subscribe and /unsubscribe, and every minute for changes
 * made by other instances), so schedules follow changes without a restart. At start-up, each
 * subscription's last slot is caught up once if it was missed by at most the grace window;
 * older misses are logged and skipped — never a flood.
 */
export class DigestScheduler {
  private readonly tasks = new Map<string, { signature: string; stop(): void }>();
  private readonly running = new Set<Promise<unknown>>();
  private poll: ReturnType<typeof setInterval> | null = null;

  constructor(private readonly deps: SchedulerDeps) {}

  async start(options: { pollMs?: number } = {}): Promise<void> {
    await this.refresh();
    await this.catchUp();
    if (options.pollMs !== 0) {
      this.poll = setInterval(() => void this.refresh(), options.pollMs ?? 60_000);
      this.poll.unref();
    }
  }

  /** Re-reads the subscriptions and adds, reschedules or removes triggers. */
  async refresh(): Promise<void> {
    const subscriptions = await this.deps.store.subscriptions.list();
    const seen = new Set<string>();
    for (const { value } of subscriptions) {
      const key = subscriptionKey(value.platform, value.channelId);
      seen.add(key);
      const signature = `${value.time}|${value.timezone}`;
      const current = this.tasks.get(key);
      if (current?.signature === signature) continue;
      current?.stop();
      const trigger = this.deps.trigger(value, () => void this.fire(key));
      this.tasks.set(key, { signature, stop: trigger.stop });
      this.deps.logger.info("digest scheduled", {
        platform: value.platform,
        channel: value.channelId,
        time: value.time,
        timezone: value.timezone,
      });
    }
    for (const [key, task] of this.tasks) {
      if (!seen.has(key)) {
        task.stop();
        this.tasks.delete(key);
        this.deps.logger.info("digest unscheduled", { subscription: key });
      }
    }
  }

  /** Runs the digest of the slot that just came (a trigger fired). */
  async fire(key: string): Promise<void> {
    const subscription = await this.deps.store.subscriptions.get(key);
    const time = subscription ? parseTime(subscription.time) : null;
    if (!subscription || !time) return;
    const slot = previousSlot(this.deps.now(), time, subscription.timezone);
    await this.track(runDigest(subscription, slot, this.deps));
  }

  /** Posts, once, each subscription's latest slot missed within the grace window. */
  async catchUp(): Promise<void> {
    const now = this.deps.now();
    const grace = this.deps.settings.graceMinutes * 60_000;
    for (const { value } of await this.deps.store.subscriptions.list()) {
      const time = parseTime(value.time);
      if (!time) continue;
      const slot = previousSlot(now, time, value.timezone);
      if (slot.getTime() < Date.parse(value.createdAt)) continue;
      const key = digestRunKey(value.platform, value.channelId, slot.toISOString());
      if (await this.deps.store.runs.get(key)) continue;
      const late = now.getTime() - slot.getTime();
      if (late <= grace) {
        this.deps.logger.info("catching up a missed digest", {
          platform: value.platform,
          channel: value.channelId,
          slot: slot.toISOString(),
          lateMinutes: Math.round(late / 60_000),
        });
        await this.track(runDigest(value, slot, this.deps));
      } else {
        this.deps.logger.warn("missed digest skipped (outside the grace window)", {
          platform: value.platform,
          channel: value.channelId,
          slot: slot.toISOString(),
          lateMinutes: Math.round(late / 60_000),
        });
      }
    }
  }

  /** Stops every trigger and waits for the runs in progress. */
  async stop(): Promise<void> {
    if (this.poll) clearInterval(this.poll);
    for (const task of this.tasks.values()) task.stop();
    this.tasks.clear();
    await Promise.allSettled([...this.running]);
  }

  get scheduled(): readonly string[] {
    return [...this.tasks.keys()];
  }

  private async track<T>(work: Promise<T>): Promise<T> {
    this.running.add(work);
    try {
      return await work;
    } catch (error) {
      this.deps.logger.error("digest run crashed", { error });
      throw error;
    } finally {
      this.running.delete(work);
    }
  }
}
