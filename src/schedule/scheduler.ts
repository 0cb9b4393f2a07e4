import cron from "node-cron";
import { parseTime } from "../config/localTime.js";
import type { Logger } from "../log/logger.js";
import { digestRunKey, type Subscription, subscriptionKey } from "../store/records.js";
import { type DigestRunDeps, runDigest } from "./runDigest.js";
import { previousSlot } from "./slots.js";

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

/** Calls `tick` every `ms` milliseconds until stopped. */
export type Repeater = (ms: number, tick: () => void) => { stop(): void };

/** setInterval, not keeping the process alive on its own. */
export const intervalRepeater: Repeater = (ms, tick) => {
  const timer = setInterval(tick, ms);
  timer.unref();
  return { stop: () => clearInterval(timer) };
};

export interface SchedulerDeps extends DigestRunDeps {
  readonly trigger: TriggerFactory;
  /** Drives the subscription poll and the delivery sweep. */
  readonly every: Repeater;
  readonly logger: Logger;
}

/**
 * Keeps one trigger per stored subscription and runs its digest when it fires. `refresh()`
 * re-reads the subscriptions (called by /subscribe and /unsubscribe, and every minute for changes
 * made by other instances), so schedules follow changes without a restart.
 *
 * Cron is not the only way a slot gets delivered: every `sweepMs` (and at start-up) `sweep()`
 * looks at each subscription's latest slot and runs it when it has no record yet (cron missed it:
 * the process was down, or node-cron skipped a late fire) or is still "running" (its holder died,
 * its lock will expire; or it waits out a transient failure until its `retryAt`), as long as the
 * slot is inside the catch-up window. Older misses are logged once and skipped — never a flood.
 */
export class DigestScheduler {
  private readonly tasks = new Map<string, { signature: string; stop(): void }>();
  private readonly running = new Set<Promise<unknown>>();
  /** Run keys this instance is running now, so a sweep never starts a second run beside one. */
  private readonly inFlight = new Set<string>();
  /** Run keys already reported as missed, so each is logged once per process. */
  private readonly reportedMisses = new Set<string>();
  private readonly repeaters: { stop(): void }[] = [];
  private stopped = false;

  constructor(private readonly deps: SchedulerDeps) {}

  /** `pollMs`/`sweepMs`: 0 for none (tests drive `refresh` and `sweep` themselves). */
  async start(options: { pollMs?: number; sweepMs?: number } = {}): Promise<void> {
    await this.refresh();
    await this.sweep();
    const pollMs = options.pollMs ?? 60_000;
    const sweepMs = options.sweepMs ?? this.deps.settings.sweepMs;
    if (pollMs !== 0)
      this.repeaters.push(this.deps.every(pollMs, () => void this.safely(() => this.refresh())));
    if (sweepMs !== 0)
      this.repeaters.push(this.deps.every(sweepMs, () => void this.safely(() => this.sweep())));
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
      const trigger = this.deps.trigger(value, () => void this.safely(() => this.fire(key)));
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
    await this.launch(subscription, slot);
  }

  /**
   * Delivers, or takes over, each subscription's latest slot that is inside the catch-up window
   * and not finished; resolves when the runs it started have ended.
   */
  async sweep(): Promise<void> {
    if (this.stopped) return;
    const now = this.deps.now();
    const grace = this.deps.settings.graceMinutes * 60_000;
    const started: Promise<unknown>[] = [];
    for (const { value } of await this.deps.store.subscriptions.list()) {
      const time = parseTime(value.time);
      if (!time) continue;
      const slot = previousSlot(now, time, value.timezone);
      if (slot.getTime() < Date.parse(value.createdAt)) continue;
      const key = digestRunKey(value.platform, value.channelId, slot.toISOString());
      if (this.inFlight.has(key)) continue;
      const run = await this.deps.store.runs.get(key);
      if (run !== null && run.status !== "running") continue;
      if (run?.retryAt && Date.parse(run.retryAt) > now.getTime()) continue;
      const late = now.getTime() - slot.getTime();
      const where = {
        platform: value.platform,
        channel: value.channelId,
        slot: slot.toISOString(),
        lateMinutes: Math.round(late / 60_000),
      };
      if (run === null && late > grace) {
        if (!this.reportedMisses.has(key)) {
          this.reportedMisses.add(key);
          this.deps.logger.warn("missed digest skipped (outside the grace window)", where);
        }
        continue;
      }
      if (run === null) this.deps.logger.info("catching up a missed digest", where);
      else
        this.deps.logger.debug("resuming an unfinished digest", {
          ...where,
          attempts: run.attempts,
        });
      started.push(this.launch(value, slot));
    }
    await Promise.all(started);
  }

  /** The start-up catch-up: one sweep. */
  async catchUp(): Promise<void> {
    await this.sweep();
  }

  /** Stops every trigger and repeater and waits for the runs in progress. */
  async stop(): Promise<void> {
    this.stopped = true;
    for (const repeater of this.repeaters.splice(0)) repeater.stop();
    for (const task of this.tasks.values()) task.stop();
    this.tasks.clear();
    await Promise.allSettled([...this.running]);
  }

  get scheduled(): readonly string[] {
    return [...this.tasks.keys()];
  }

  /** Runs one slot unless this instance is already running it. */
  private async launch(subscription: Subscription, slot: Date): Promise<void> {
    if (this.stopped) return;
    const key = digestRunKey(subscription.platform, subscription.channelId, slot.toISOString());
    if (this.inFlight.has(key)) return;
    this.inFlight.add(key);
    const work = runDigest(subscription, slot, this.deps);
    this.running.add(work);
    try {
      await work;
    } catch (error) {
      // A storage error mid-run: the run stays as recorded, and a later sweep takes it up.
      this.deps.logger.error("digest run interrupted; a later sweep retries it", {
        platform: subscription.platform,
        channel: subscription.channelId,
        slot: slot.toISOString(),
        error,
      });
    } finally {
      this.running.delete(work);
      this.inFlight.delete(key);
    }
  }

  /** Timer callbacks must not reject: a failed poll or sweep is logged and tried next time. */
  private async safely(work: () => Promise<void>): Promise<void> {
    try {
      await work();
    } catch (error) {
      this.deps.logger.warn("scheduler step failed; it runs again at the next tick", { error });
    }
  }
}
