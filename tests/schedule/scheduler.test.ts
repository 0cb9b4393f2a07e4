import { randomUUID } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import type { Reply } from "../../commands/types.js";
import { DEFAULT_SCHEDULE } from "../../src/config/scheduleSettings.js";
import type { DeliveryMark, ScheduledPost } from "../../src/schedule/delivery.js";
import { runDigest } from "../../src/schedule/runDigest.js";
import { DigestScheduler, type TriggerFactory } from "../../src/schedule/scheduler.js";
import { openStore } from "../../src/store/openStore.js";
import type { Subscription } from "../../src/store/records.js";
import type { Store } from "../../src/store/store.js";
import { extractiveSummarizer as summarizer } from "../../src/summarize/extractiveSummarizer.js";
import { bundled } from "../helpers/engine.js";
import { recordingLogger } from "../store/fixtures.js";
import { FakeChannels } from "./fakePoster.js";

const dirs: string[] = [];
const stores: Store[] = [];
const schedulers: DigestScheduler[] = [];
afterEach(async () => {
  await Promise.all(schedulers.splice(0).map((s) => s.stop()));
  await Promise.all(stores.splice(0).map((s) => s.close()));
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), "briefbot-schedule-"));
  dirs.push(dir);
  return dir;
}

async function sqlite(dir = tempDir()): Promise<{ store: Store; dir: string }> {
  const { logger } = recordingLogger();
  const store = await openStore({ url: null, dataDir: dir, logger });
  stores.push(store);
  return { store, dir };
}

const subscription: Subscription = {
  platform: "discord",
  channelId: "111111111111111111",
  workspaceId: "222222222222222222",
  time: "08:00",
  timezone: "Europe/Paris",
  topics: ["iran-talks"],
  createdBy: "333333333333333333",
  createdAt: "2026-01-01T00:00:00.000Z",
  updatedAt: "2026-01-01T00:00:00.000Z",
};
const KEY = "discord:111111111111111111";
const SLOT = new Date("2026-01-16T07:00:00.000Z");

/** A trigger factory the test drives: it records who is scheduled and fires on demand. */
function manualTriggers() {
  const active = new Map<string, { subscription: Subscription; fire: () => void }>();
  const history: string[] = [];
  const factory: TriggerFactory = (sub, onFire) => {
    const key = `${sub.platform}:${sub.channelId}`;
    active.set(key, { subscription: sub, fire: onFire });
    history.push(`start ${key} ${sub.time} ${sub.timezone}`);
    return {
      stop: () => {
        active.delete(key);
        history.push(`stop ${key}`);
      },
    };
  };
  return { factory, active, history };
}

/** Deps for runDigest and the scheduler; `posted` collects each delivered reply once. */
async function deps(
  store: Store,
  now: () => Date,
  posted: Reply[],
  options: { fail?: number; instanceId?: string; channels?: FakeChannels } = {},
) {
  const { index } = await bundled();
  const { logger, lines } = recordingLogger();
  const channels = options.channels ?? new FakeChannels(1);
  channels.script.push(...Array.from({ length: options.fail ?? 0 }, () => "refuse" as const));
  return {
    lines,
    channels,
    value: {
      store,
      index: async () => index,
      summarizer,
      post: (sub: Subscription, reply: ScheduledPost) => {
        const prepared = channels.poster(sub, reply);
        return {
          ...prepared,
          send: async (mark: DeliveryMark) => {
            const id = await prepared.send(mark);
            if (mark.index === 0) posted.push(reply);
            return id;
          },
        };
      },
      logger,
      now,
      sleep: async () => {},
      instanceId: options.instanceId ?? "test-instance",
      settings: { ...DEFAULT_SCHEDULE, retryBaseMs: 1 },
      trigger: manualTriggers().factory,
      every: () => ({ stop() {} }),
    },
  };
}

describe("DigestScheduler", () => {
  it("follows subscription changes without a restart", async () => {
    const { store } = await sqlite();
    const triggers = manualTriggers();
    const posted: Reply[] = [];
    const d = await deps(store, () => SLOT, posted);
    const scheduler = new DigestScheduler({ ...d.value, trigger: triggers.factory });
    schedulers.push(scheduler);
    await scheduler.start({ pollMs: 0 });
    expect(scheduler.scheduled).toEqual([]);
    await store.subscriptions.set(KEY, subscription);
    await scheduler.refresh();
    await store.subscriptions.set(KEY, { ...subscription, time: "09:30" });
    await scheduler.refresh();
    await scheduler.refresh();
    await store.subscriptions.delete(KEY);
    await scheduler.refresh();
    expect(triggers.history).toEqual([
      `start ${KEY} 08:00 Europe/Paris`,
      `stop ${KEY}`,
      `start ${KEY} 09:30 Europe/Paris`,
      `stop ${KEY}`,
    ]);
  });

  it("posts the subscription's topics when the trigger fires, and never twice for one slot", async () => {
    const { store } = await sqlite();
    await store.subscriptions.set(KEY, subscription);
    const triggers = manualTriggers();
    const posted: Reply[] = [];
    const d = await deps(store, () => new Date(SLOT.getTime() + 1000), posted);
    const scheduler = new DigestScheduler({ ...d.value, trigger: triggers.factory });
    schedulers.push(scheduler);
    await scheduler.start({ pollMs: 0 });
    await scheduler.fire(KEY);
    await scheduler.fire(KEY);
    expect(posted).toHaveLength(1);
    const digest = posted[0];
    expect(digest?.kind).toBe("digest");
    if (digest?.kind === "digest")
      expect(digest.digest.sections.map((s) => s.topic.id)).toEqual(["iran-talks"]);
    const run = await store.runs.get(`${KEY}:${SLOT.toISOString()}`);
    expect(run).toMatchObject({ status: "posted", attempts: 1 });
    expect((await store.cursors.get(KEY))?.coveredArticleIds.length).toBeGreaterThan(0);
  });

  it("covers only new articles: the next slot has nothing new and posts the one-line notice", async () => {
    const { store } = await sqlite();
    const posted: Reply[] = [];
    const d = await deps(store, () => SLOT, posted);
    expect(await runDigest(subscription, SLOT, d.value)).toBe("posted");
    const next = new Date(SLOT.getTime() + 86_400_000);
    expect(await runDigest(subscription, next, d.value)).toBe("nothing-new");
    expect(posted[1]).toEqual({
      kind: "notice",
      message: "No new articles on your topics since the last digest.",
    });
    const silent = {
      ...d.value,
      settings: { ...d.value.settings, whenNothingNew: "silent" as const },
    };
    expect(await runDigest(subscription, new Date(next.getTime() + 86_400_000), silent)).toBe(
      "nothing-new",
    );
    expect(posted).toHaveLength(2);
  });

  it("retries a failing post with back-off, then records the run failed and tells the channel once", async () => {
    const { store } = await sqlite();
    const posted: Reply[] = [];
    const d = await deps(store, () => SLOT, posted, { fail: 99 });
    expect(await runDigest(subscription, SLOT, d.value)).toBe("failed");
    expect(await store.runs.get(`${KEY}:${SLOT.toISOString()}`)).toMatchObject({
      status: "failed",
      attempts: 4,
      error: "Missing Access",
    });
    expect(d.lines.filter((l) => l.message === "digest post failed")).toHaveLength(4);
    expect(d.lines.find((l) => l.message === "digest failed")?.level).toBe("error");
    expect(await runDigest(subscription, SLOT, d.value)).toBe("already-done");
  });

  it("survives a restart: a missed slot inside the grace window is posted once, outside it is skipped", async () => {
    const dir = tempDir();
    const first = await sqlite(dir);
    await first.store.subscriptions.set(KEY, subscription);
    await first.store.close();
    stores.splice(stores.indexOf(first.store), 1);

    const posted: Reply[] = [];
    const again = await sqlite(dir);
    const late = await deps(again.store, () => new Date(SLOT.getTime() + 30 * 60_000), posted);
    const scheduler = new DigestScheduler({ ...late.value, trigger: manualTriggers().factory });
    schedulers.push(scheduler);
    await scheduler.start({ pollMs: 0 });
    expect(posted).toHaveLength(1);
    const restarted = new DigestScheduler({ ...late.value, trigger: manualTriggers().factory });
    schedulers.push(restarted);
    await restarted.start({ pollMs: 0 });
    expect(posted).toHaveLength(1);

    const other = await sqlite();
    await other.store.subscriptions.set(KEY, subscription);
    const tooLate = await deps(other.store, () => new Date(SLOT.getTime() + 3 * 3_600_000), posted);
    const skipping = new DigestScheduler({ ...tooLate.value, trigger: manualTriggers().factory });
    schedulers.push(skipping);
    await skipping.start({ pollMs: 0 });
    expect(posted).toHaveLength(1);
    expect(
      tooLate.lines.find((l) => l.message === "missed digest skipped (outside the grace window)")
        ?.fields,
    ).toMatchObject({
      slot: SLOT.toISOString(),
      lateMinutes: 180,
    });
  });
});

const REDIS_URL = process.env.REDIS_URL;
if (!REDIS_URL)
  console.warn("REDIS_URL is not set: the multi-instance scheduler tests are skipped.");

describe.skipIf(!REDIS_URL)("two scheduler instances sharing Redis", () => {
  async function redisStore(prefix: string): Promise<Store> {
    const { logger } = recordingLogger();
    const store = await openStore({
      url: REDIS_URL ?? "",
      dataDir: tempDir(),
      logger,
      redisKeyPrefix: prefix,
    });
    stores.push(store);
    return store;
  }

  it("post a given digest exactly once", async () => {
    const prefix = `briefbot-test-${randomUUID()}:`;
    const a = await redisStore(prefix);
    const b = await redisStore(prefix);
    const posted: Reply[] = [];
    const da = await deps(a, () => SLOT, posted, { instanceId: "a" });
    const db = await deps(b, () => SLOT, posted, { instanceId: "b" });
    const outcomes = await Promise.all([
      runDigest(subscription, SLOT, da.value),
      runDigest(subscription, SLOT, db.value),
      runDigest(subscription, SLOT, da.value),
      runDigest(subscription, SLOT, db.value),
    ]);
    expect(posted).toHaveLength(1);
    expect(outcomes.filter((o) => o === "posted")).toHaveLength(1);
    await a.runs.delete(`${KEY}:${SLOT.toISOString()}`);
    await a.cursors.delete(KEY);
  });

  it("let another instance take over when the holder dies mid-run", async () => {
    const prefix = `briefbot-test-${randomUUID()}:`;
    const a = await redisStore(prefix);
    const b = await redisStore(prefix);
    const posted: Reply[] = [];
    const short = { ...DEFAULT_SCHEDULE, retryBaseMs: 1, lockTtlMs: 300 };
    // Instance a takes the lock and starts the run, then dies before posting.
    const lock = `digest:${KEY}:${SLOT.toISOString()}`;
    expect(await a.acquireLock(lock, "a", short.lockTtlMs)).toBe(true);
    const db = await deps(b, () => SLOT, posted, { instanceId: "b" });
    expect(await runDigest(subscription, SLOT, { ...db.value, settings: short })).toBe("locked");
    expect(posted).toHaveLength(0);
    await new Promise((r) => setTimeout(r, 400));
    expect(await runDigest(subscription, SLOT, { ...db.value, settings: short })).toBe("posted");
    expect(await runDigest(subscription, SLOT, { ...db.value, settings: short })).toBe(
      "already-done",
    );
    expect(posted).toHaveLength(1);
    await b.runs.delete(`${KEY}:${SLOT.toISOString()}`);
    await b.cursors.delete(KEY);
  });
});
