import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { subscriptions as subscriptionsCommand } from "../../commands/subscriptions.js";
import type { ChatPlace, Reply } from "../../commands/types.js";
import { DEFAULT_SCHEDULE, type ScheduleSettings } from "../../src/config/scheduleSettings.js";
import { type DigestRunDeps, runDigest } from "../../src/schedule/runDigest.js";
import { DigestScheduler, type Repeater } from "../../src/schedule/scheduler.js";
import { openStore } from "../../src/store/openStore.js";
import { digestRunKey, type Subscription } from "../../src/store/records.js";
import type { Store } from "../../src/store/store.js";
import { extractiveSummarizer as summarizer } from "../../src/summarize/extractiveSummarizer.js";
import { bundled } from "../helpers/engine.js";
import { recordingLogger, sleep } from "../store/fixtures.js";
import { deadRun, FakeChannels } from "./fakePoster.js";

/**
 * Issue 18, delivery: each test is one way the old scheduler lost or doubled a digest. The
 * platform is FakeChannels (3 messages per digest), the store a SQLite file, the clock set by
 * hand; the periodic sweep is ticked by the test. Lock expiry is real time on a short lock.
 */

const dirs: string[] = [];
const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

const subscription: Subscription = {
  platform: "discord",
  channelId: "111111111111111111",
  workspaceId: "222222222222222222",
  time: "08:00",
  timezone: "UTC",
  topics: null,
  createdBy: "333333333333333333",
  createdAt: "2026-01-01T00:00:00.000Z",
  updatedAt: "2026-01-01T00:00:00.000Z",
};
const SUB_KEY = "discord:111111111111111111";
const SLOT = "2026-01-16T08:00:00.000Z";
const RUN_KEY = digestRunKey("discord", subscription.channelId, SLOT);
const LOCK = `digest:${RUN_KEY}`;
/**
 * A short lock, so a dead holder's lock runs out within the test; long enough that a live holder
 * on a loaded machine still renews it between two steps.
 */
const SHORT_LOCK_MS = 1000;
const settings: ScheduleSettings = {
  ...DEFAULT_SCHEDULE,
  retryBaseMs: 1,
  retryMaxMs: 8,
  lockTtlMs: SHORT_LOCK_MS,
};

async function sqliteStore(dir?: string): Promise<{ store: Store; dir: string }> {
  const where = dir ?? mkdtempSync(join(tmpdir(), "briefbot-delivery-"));
  if (!dir) dirs.push(where);
  const { logger } = recordingLogger();
  const store = await openStore({ url: null, dataDir: where, logger });
  cleanups.push(() => store.close());
  return { store, dir: where };
}

/** A clock the test moves, and the sweep's repeater the test ticks. */
function controls(at: string) {
  let now = Date.parse(at);
  const ticks: (() => void)[] = [];
  const every: Repeater = (_ms, tick) => {
    ticks.push(tick);
    return { stop: () => ticks.splice(ticks.indexOf(tick), 1) };
  };
  return {
    now: () => new Date(now),
    set: (iso: string) => {
      now = Date.parse(iso);
    },
    every,
    /** What every repeater (poll, sweep) does at its next interval. */
    tick: () => {
      for (const tick of [...ticks]) tick();
    },
  };
}

async function runDeps(
  store: Store,
  channels: FakeChannels,
  now: () => Date,
  instanceId: string,
): Promise<DigestRunDeps & { lines: ReturnType<typeof recordingLogger>["lines"] }> {
  const { index } = await bundled();
  const { logger, lines } = recordingLogger();
  return {
    store,
    index: async () => index,
    summarizer,
    post: channels.poster,
    logger,
    now,
    sleep: async () => {},
    instanceId,
    settings,
    lines,
  };
}

async function scheduler(
  store: Store,
  channels: FakeChannels,
  clock: ReturnType<typeof controls>,
  instanceId: string,
) {
  const deps = await runDeps(store, channels, clock.now, instanceId);
  const s = new DigestScheduler({ ...deps, trigger: () => ({ stop() {} }), every: clock.every });
  cleanups.push(() => s.stop());
  return { scheduler: s, lines: deps.lines };
}

/** Until `check` holds, ticking the sweep; real time only lets short locks run out. */
async function sweepUntil(tick: () => void, check: () => Promise<boolean>): Promise<void> {
  for (let i = 0; i < 800; i++) {
    if (await check()) return;
    tick();
    await sleep(25);
  }
  throw new Error("expected the sweep to finish the slot, found it unfinished after 800 ticks");
}

const posted = async (store: Store) => (await store.runs.get(RUN_KEY))?.status === "posted";

function indexes(channels: FakeChannels): number[] {
  return channels.landed.map((m) => m.index);
}

describe("delivery: a run left 'running' is taken over (defect 1)", () => {
  it("posts a slot whose run record says 'running' from a holder that died, at start-up", async () => {
    const { store } = await sqliteStore();
    await store.subscriptions.set(SUB_KEY, subscription);
    await store.runs.set(RUN_KEY, await deadRun(subscription, SLOT));
    const clock = controls("2026-01-16T08:05:00Z");
    const channels = new FakeChannels(3);
    const { scheduler: s } = await scheduler(store, channels, clock, "restarted");
    await s.start({ pollMs: 0 });
    expect(await store.runs.get(RUN_KEY)).toMatchObject({ status: "posted" });
    expect(indexes(channels)).toEqual([0, 1, 2]);
  });

  it("takes over a run whose instance died between writing 'running' and posting (SQLite)", async () => {
    const { store } = await sqliteStore();
    await store.subscriptions.set(SUB_KEY, subscription);
    const clock = controls(SLOT);
    const channels = new FakeChannels(3);
    // Instance a starts the run and never returns from its first post: killed there.
    let a: DigestRunDeps = await runDeps(store, channels, clock.now, "a");
    const killed = new Promise<void>((resolve) => {
      a = {
        ...a,
        post: (sub, reply) => ({
          ...channels.poster(sub, reply),
          send: () => {
            resolve();
            return new Promise<string>(() => {});
          },
        }),
      };
    });
    await Promise.race([killed, runDigest(subscription, new Date(SLOT), a)]);
    expect((await store.runs.get(RUN_KEY))?.status).toBe("running");
    clock.set("2026-01-16T08:01:00Z");
    const { scheduler: b } = await scheduler(store, channels, clock, "b");
    await b.start({ pollMs: 0 });
    await sweepUntil(clock.tick, () => posted(store));
    expect(indexes(channels)).toEqual([0, 1, 2]);
    expect(channels.doubles()).toEqual([]);
  });
});

describe("delivery: a dead instance's lock does not block the slot for good (defect 2)", () => {
  it("is told 'held' at start-up, then delivers the slot at a later sweep once the lock ran out", async () => {
    const { store } = await sqliteStore();
    await store.subscriptions.set(SUB_KEY, subscription);
    // The previous process took the lock and wrote 'running', then was killed.
    const lockedAt = Date.now();
    expect(await store.acquireLock(LOCK, "previous-process", SHORT_LOCK_MS)).toBe(true);
    await store.runs.set(RUN_KEY, await deadRun(subscription, SLOT));
    const clock = controls("2026-01-16T08:00:30Z");
    const channels = new FakeChannels(3);
    const { scheduler: s } = await scheduler(store, channels, clock, "new-process");
    await s.start({ pollMs: 0 });
    await sweepUntil(clock.tick, () => posted(store));
    expect(indexes(channels)).toEqual([0, 1, 2]);
    expect(channels.landed[0]?.at).toBeGreaterThanOrEqual(lockedAt + SHORT_LOCK_MS);
  });
});

describe("delivery: a post whose outcome is unknown is not doubled (defect 3)", () => {
  it("looks for a message the platform accepted before the connection was cut, and does not send it again", async () => {
    const { store } = await sqliteStore();
    const clock = controls(SLOT);
    const channels = new FakeChannels(3);
    channels.script = ["accept-then-cut"];
    const deps = await runDeps(store, channels, clock.now, "a");
    expect(await runDigest(subscription, new Date(SLOT), deps)).toBe("posted");
    expect(indexes(channels)).toEqual([0, 1, 2]);
    expect(channels.sends.map((s) => s.index)).toEqual([0, 1, 2]);
    expect(channels.finds).toEqual([{ ref: channels.landed[0]?.ref, index: 0 }]);
    expect(await store.runs.get(RUN_KEY)).toMatchObject({
      status: "posted",
      attempts: 2,
      error: "other side closed",
      delivered: channels.landed.map((m) => m.id),
    });
  });
});

describe("delivery: digests of several messages, late cron fires, storage errors (defect 4)", () => {
  it("resumes at the failed message: message 1 is not sent again when message 2 fails", async () => {
    const { store } = await sqliteStore();
    const clock = controls(SLOT);
    const channels = new FakeChannels(3);
    channels.script = ["ok", "transient", "transient"];
    const deps = await runDeps(store, channels, clock.now, "a");
    expect(await runDigest(subscription, new Date(SLOT), deps)).toBe("posted");
    expect(channels.sends.map((s) => `${s.index}:${s.action}`)).toEqual([
      "0:ok",
      "1:transient",
      "1:transient",
      "1:ok",
      "2:ok",
    ]);
    expect(channels.doubles()).toEqual([]);
  });

  it("completes half a digest left by a crash between messages, from the first unposted one", async () => {
    const { store } = await sqliteStore();
    await store.subscriptions.set(SUB_KEY, subscription);
    const clock = controls(SLOT);
    const channels = new FakeChannels(3);
    // Message 1 lands; instance a is killed while sending message 2.
    let a: DigestRunDeps = await runDeps(store, channels, clock.now, "a");
    const firstSent = new Promise<void>((resolve) => {
      const poster = channels.poster;
      a = {
        ...a,
        post: (sub, reply) => {
          const prepared = poster(sub, reply);
          return {
            ...prepared,
            send: async (mark) => {
              if (mark.index === 1) {
                resolve();
                return new Promise<string>(() => {});
              }
              return prepared.send(mark);
            },
          };
        },
      };
    });
    await Promise.race([firstSent, runDigest(subscription, new Date(SLOT), a)]);
    const { scheduler: b } = await scheduler(store, channels, clock, "b");
    await b.start({ pollMs: 0 });
    await sweepUntil(clock.tick, () => posted(store));
    expect(indexes(channels)).toEqual([0, 1, 2]);
    expect(channels.sends.filter((s) => s.index === 0)).toHaveLength(1);
  });

  it("delivers a slot whose cron fire never came (node-cron skipped it) at the next sweep", async () => {
    const { store } = await sqliteStore();
    await store.subscriptions.set(SUB_KEY, subscription);
    const clock = controls("2026-01-16T07:59:00Z");
    const channels = new FakeChannels(3);
    const { scheduler: s, lines } = await scheduler(store, channels, clock, "a");
    await s.start({ pollMs: 0 });
    expect(channels.landed).toEqual([]);
    clock.set("2026-01-16T08:00:40Z");
    await sweepUntil(clock.tick, () => posted(store));
    expect(indexes(channels)).toEqual([0, 1, 2]);
    expect(lines.find((l) => l.message === "catching up a missed digest")?.fields).toMatchObject({
      slot: SLOT,
    });
  });

  it("finishes a run interrupted by a storage error after a message landed, without sending it again", async () => {
    const { store } = await sqliteStore();
    await store.subscriptions.set(SUB_KEY, subscription);
    const clock = controls(SLOT);
    const channels = new FakeChannels(3);
    // The write recording message 1 fails (a Redis error mid-run), once.
    let failWrites = 1;
    const flaky: Store = {
      ...store,
      runs: {
        ...store.runs,
        async set(key, value, ttl) {
          if ((value.delivered ?? []).length === 1 && failWrites > 0) {
            failWrites--;
            throw new Error("Socket closed unexpectedly");
          }
          return store.runs.set(key, value, ttl);
        },
      },
    };
    const { scheduler: s, lines } = await scheduler(flaky, channels, clock, "a");
    await s.start({ pollMs: 0 });
    expect(indexes(channels)).toEqual([0]);
    expect(lines.find((l) => l.message.startsWith("digest run interrupted"))?.level).toBe("error");
    await sweepUntil(clock.tick, () => posted(store));
    expect(indexes(channels)).toEqual([0, 1, 2]);
    expect(channels.sends.filter((s) => s.index === 0)).toHaveLength(1);
  });

  it("retries transient failures past maxAttempts until the window closes, then records the cause and shows it in /subscriptions", async () => {
    const { store } = await sqliteStore();
    await store.subscriptions.set(SUB_KEY, subscription);
    const clock = controls(SLOT);
    const channels = new FakeChannels(3);
    channels.script = Array.from({ length: 200 }, () => "transient" as const);
    const { scheduler: s, lines } = await scheduler(store, channels, clock, "a");
    await s.start({ pollMs: 0 });
    const waiting = await store.runs.get(RUN_KEY);
    expect(waiting).toMatchObject({ status: "running", attempts: 4 });
    expect(waiting?.retryAt).not.toBeNull();
    // Sweeps before retryAt leave it alone; after it, the run is tried again.
    await s.sweep();
    expect((await store.runs.get(RUN_KEY))?.attempts).toBe(4);
    clock.set("2026-01-16T08:30:00Z");
    await s.sweep();
    expect((await store.runs.get(RUN_KEY))?.attempts).toBe(8);
    clock.set("2026-01-16T10:01:00Z");
    await s.sweep();
    const failed = await store.runs.get(RUN_KEY);
    expect(failed).toMatchObject({
      status: "failed",
      error: "not delivered within the catch-up window (120 min): 503 Service Unavailable",
    });
    expect(lines.find((l) => l.message === "digest failed")?.level).toBe("error");

    const place: ChatPlace = {
      platform: "discord",
      channelId: subscription.channelId,
      workspaceId: subscription.workspaceId,
      userId: "333333333333333333",
      canManage: async () => true,
    };
    const { index } = await bundled();
    const reply: Reply = await subscriptionsCommand.execute(
      {},
      {
        index,
        summarizer,
        now: clock.now,
        place,
        subscriptions: {
          store,
          defaults: { time: "08:00", timezone: "UTC" },
          changed: async () => {},
        },
      },
    );
    expect(reply).toEqual({
      kind: "notice",
      message:
        "Daily digests:\n• this channel: 08:00 (UTC), all topics — last digest 2026-01-16 08:00 UTC: failed (not delivered within the catch-up window (120 min): 503 Service Unavailable)",
      // The manager's view names the workspace's channels: shown to them alone.
      private: true,
    });
  });
});
