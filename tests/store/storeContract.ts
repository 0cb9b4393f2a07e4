import { afterEach, beforeEach, expect, it } from "vitest";
import { type Logger, silentLogger } from "../../src/log/logger.js";
import { InvalidRecordError, type Namespace } from "../../src/store/recordStore.js";
import { RECORD_VERSION, subscriptionKey } from "../../src/store/records.js";
import type { Store } from "../../src/store/store.js";
import {
  awkwardCacheValue,
  cursor,
  discordSubscription,
  postedRun,
  recordingLogger,
  slackSubscription,
  sleep,
} from "./fixtures.js";

/** One backend's data, fresh for each test: open it as often as needed, and tamper with it. */
export interface StoreHarness {
  open(logger: Logger): Promise<Store>;
  /** Writes `text` as the stored value of `key` in `namespace`, bypassing Keyv and our codec. */
  writeRaw(namespace: Namespace, key: string, text: string): Promise<void>;
  cleanup(): Promise<void>;
}

const wrapped = (value: unknown) => JSON.stringify({ value });
const discordKey = subscriptionKey("discord", discordSubscription.channelId);
const slackKey = subscriptionKey("slack", slackSubscription.channelId);

/** The record and lock behaviour every backend must have (run by the SQLite and Redis suites). */
export function storeContract(createHarness: () => Promise<StoreHarness>): void {
  let harness: StoreHarness;
  const opened: Store[] = [];
  const open = async (logger: Logger = silentLogger): Promise<Store> => {
    const store = await harness.open(logger);
    opened.push(store);
    return store;
  };

  beforeEach(async () => {
    harness = await createHarness();
  });
  afterEach(async () => {
    await Promise.all(opened.splice(0).map((store) => store.close()));
    await harness.cleanup();
  });

  it("gives back each record type exactly as written", async () => {
    const store = await open();
    await store.subscriptions.set(discordKey, discordSubscription);
    await store.subscriptions.set(slackKey, slackSubscription);
    await store.runs.set(postedRun.key, postedRun);
    await store.cursors.set(discordKey, cursor);
    await store.cache.set("awkward", awkwardCacheValue);
    await store.cache.set("plain string", ":just a string");

    expect(await store.subscriptions.get(discordKey)).toStrictEqual(discordSubscription);
    expect(await store.subscriptions.get(slackKey)).toStrictEqual(slackSubscription);
    expect(await store.runs.get(postedRun.key)).toStrictEqual(postedRun);
    expect(await store.cursors.get(discordKey)).toStrictEqual(cursor);
    expect(await store.cache.get("awkward")).toStrictEqual(awkwardCacheValue);
    expect(await store.cache.get("plain string")).toBe(":just a string");
  });

  it("answers null for a missing key, and delete says whether something was there", async () => {
    const store = await open();
    expect(await store.runs.get("slack:nope:2024-01-01T00:00:00.000Z")).toBeNull();
    await store.subscriptions.set(discordKey, discordSubscription);
    expect(await store.subscriptions.delete(discordKey)).toBe(true);
    expect(await store.subscriptions.delete(discordKey)).toBe(false);
    expect(await store.subscriptions.get(discordKey)).toBeNull();
  });

  it("keeps the records after the store is closed and opened again (a restart)", async () => {
    const first = await open();
    await first.subscriptions.set(discordKey, discordSubscription);
    await first.runs.set(postedRun.key, postedRun);
    await first.cache.set("k", { n: 1 });
    await first.close();

    const second = await open();
    expect(await second.subscriptions.get(discordKey)).toStrictEqual(discordSubscription);
    expect(await second.runs.get(postedRun.key)).toStrictEqual(postedRun);
    expect(await second.cache.get("k")).toStrictEqual({ n: 1 });
  });

  it("lists only the namespace's own records, sorted by key, with keys unchanged", async () => {
    const store = await open();
    await store.subscriptions.set(slackKey, slackSubscription);
    await store.subscriptions.set(discordKey, discordSubscription);
    await store.cursors.set(discordKey, cursor);
    await store.cache.set("cache:looks-prefixed", 1);
    await store.cache.set("subscriptions:other-namespace-name", 2);
    await store.cache.set("with:colons::and spaces", 3);

    expect(await store.subscriptions.list()).toStrictEqual([
      { key: discordKey, value: discordSubscription },
      { key: slackKey, value: slackSubscription },
    ]);
    expect(await store.cursors.list()).toStrictEqual([{ key: discordKey, value: cursor }]);
    expect(await store.runs.list()).toStrictEqual([]);
    expect(await store.cache.list()).toStrictEqual([
      { key: "cache:looks-prefixed", value: 1 },
      { key: "subscriptions:other-namespace-name", value: 2 },
      { key: "with:colons::and spaces", value: 3 },
    ]);
    expect(await store.cache.get("cache:looks-prefixed")).toBe(1);
  });

  it("lists every record when there are more than one page of them", async () => {
    const store = await open();
    const keys = Array.from({ length: 620 }, (_, i) => `k${String(i).padStart(4, "0")}`);
    await Promise.all(keys.map((key, i) => store.cache.set(key, i)));
    const listed = await store.cache.list();
    expect(listed.map((entry) => entry.key)).toStrictEqual(keys);
  });

  it("forgets a record once its ttl has passed, in get and in list", async () => {
    const store = await open();
    await store.cache.set("short", "soon gone", 300);
    expect(await store.cache.get("short")).toBe("soon gone");
    await store.cache.set("kept", "stays");
    await Promise.all(Array.from({ length: 15 }, (_, i) => store.cache.set(`short-${i}`, i, 300)));
    await sleep(350);
    expect(await store.cache.get("short")).toBeNull();
    expect(await store.cache.list()).toStrictEqual([{ key: "kept", value: "stays" }]);
  });

  it("reads the subscriptions, runs and cursors stored when platforms were the closed list discord | slack", async () => {
    // Exactly the text the code before the open PlatformId wrote (Keyv's wrapper, version 1).
    const old = {
      platform: "slack",
      channelId: "C0123456789",
      workspaceId: "T0123456789",
      time: "08:00",
      timezone: "Europe/Paris",
      topics: null,
      createdBy: "U0123456789",
      createdAt: "2026-01-15T12:00:00.000Z",
      updatedAt: "2026-01-15T12:00:00.000Z",
    };
    const oldRun = {
      key: "discord:100000000000000001:2026-01-16T07:00:00.000Z",
      platform: "discord",
      channelId: "100000000000000001",
      slot: "2026-01-16T07:00:00.000Z",
      status: "posted",
      attempts: 1,
      articleIds: ["a1"],
      startedAt: "2026-01-16T07:00:00.000Z",
      finishedAt: "2026-01-16T07:00:01.000Z",
      error: null,
    };
    const oldCursor = {
      platform: "discord",
      channelId: "100000000000000001",
      coveredArticleIds: ["a1"],
      lastSlot: "2026-01-16T07:00:00.000Z",
      lastFailureNoticeAt: null,
    };
    await harness.writeRaw("subscriptions", "slack:C0123456789", wrapped({ v: 1, data: old }));
    await harness.writeRaw("runs", oldRun.key, wrapped({ v: 1, data: oldRun }));
    await harness.writeRaw(
      "cursors",
      "discord:100000000000000001",
      wrapped({ v: 1, data: oldCursor }),
    );
    const store = await open();
    expect(await store.subscriptions.list()).toStrictEqual([
      { key: "slack:C0123456789", value: old },
    ]);
    expect(await store.runs.get(oldRun.key)).toStrictEqual(oldRun);
    expect(await store.cursors.get("discord:100000000000000001")).toStrictEqual(oldCursor);
    // And the same records written again by the new code read back unchanged.
    await store.subscriptions.set("slack:C0123456789", old);
    expect(await store.subscriptions.get("slack:C0123456789")).toStrictEqual(old);
  });

  it("skips unreadable records, logging each once with namespace and key, and keeps the rest", async () => {
    const { logger, lines } = recordingLogger();
    const store = await open(logger);
    await store.subscriptions.set(discordKey, discordSubscription);
    const withoutPlatform = Object.fromEntries(
      Object.entries(slackSubscription).filter(([field]) => field !== "platform"),
    );
    await harness.writeRaw("subscriptions", "slack:garbage", "{not json");
    await harness.writeRaw("subscriptions", "slack:bare", wrapped(["not", "a", "record"]));
    await harness.writeRaw("subscriptions", "slack:unwrapped", JSON.stringify(slackSubscription));
    await harness.writeRaw(
      "subscriptions",
      "slack:future",
      wrapped({ v: RECORD_VERSION + 1, data: slackSubscription }),
    );
    await harness.writeRaw(
      "subscriptions",
      "slack:schema",
      wrapped({ v: RECORD_VERSION, data: withoutPlatform }),
    );

    for (let round = 0; round < 2; round++) {
      expect(await store.subscriptions.list()).toStrictEqual([
        { key: discordKey, value: discordSubscription },
      ]);
      expect(await store.subscriptions.get("slack:garbage")).toBeNull();
      expect(await store.subscriptions.get("slack:future")).toBeNull();
      expect(await store.subscriptions.get(discordKey)).toStrictEqual(discordSubscription);
    }

    const warnings = lines.filter((line) => line.level === "warn");
    expect(
      warnings.map(({ fields }) => [fields.namespace, fields.key, fields.reason]).sort(),
    ).toStrictEqual([
      ["subscriptions", "slack:bare", "not a versioned record"],
      ["subscriptions", "slack:future", `unknown version ${RECORD_VERSION + 1}`],
      ["subscriptions", "slack:garbage", "not a JSON Keyv entry"],
      [
        "subscriptions",
        "slack:schema",
        // The platform is an open id now (any adapter createApp knows), no longer an enum.
        "fails the schema (platform: Invalid input: expected string, received undefined)",
      ],
      ["subscriptions", "slack:unwrapped", "not a JSON Keyv entry"],
    ]);
    expect(JSON.stringify(warnings)).not.toContain(slackSubscription.createdBy);
  });

  it("a record that was unreadable and is written again reads normally", async () => {
    const store = await open();
    await harness.writeRaw("cursors", discordKey, "][");
    expect(await store.cursors.get(discordKey)).toBeNull();
    await store.cursors.set(discordKey, cursor);
    expect(await store.cursors.get(discordKey)).toStrictEqual(cursor);
  });

  it("throws on an invalid value or a mismatched key, and writes nothing", async () => {
    const store = await open();
    const bad = { ...discordSubscription, time: "8:30" };
    await expect(store.subscriptions.set(discordKey, bad)).rejects.toThrow(
      new InvalidRecordError("subscriptions", discordKey, "time: expected HH:MM (24-hour)"),
    );
    await expect(
      store.subscriptions.set(discordKey, { ...discordSubscription, timezone: "Mars/Olympus" }),
    ).rejects.toThrow("timezone: expected an IANA time zone");
    await expect(store.subscriptions.set(slackKey, discordSubscription)).rejects.toThrow(
      `invalid subscriptions record for key '${slackKey}': it belongs under '${discordKey}'`,
    );
    await expect(
      store.runs.set(postedRun.key, { ...postedRun, key: "slack:C0123ABCD:tomorrow" }),
    ).rejects.toThrow(InvalidRecordError);
    await expect(
      store.runs.set(postedRun.key, { ...postedRun, extra: 1 } as typeof postedRun),
    ).rejects.toThrow(InvalidRecordError);
    await expect(store.cache.set("date", new Date(0))).rejects.toThrow(InvalidRecordError);
    await expect(store.cache.set("nan", { n: Number.NaN })).rejects.toThrow(InvalidRecordError);
    await expect(store.cache.set("undef", { u: undefined })).rejects.toThrow(InvalidRecordError);
    await expect(store.cache.set("", 1)).rejects.toThrow("the key must be a non-empty string");
    await expect(store.cache.set("ttl", 1, 0)).rejects.toThrow("ttlMs must be a positive integer");

    expect(await store.subscriptions.list()).toStrictEqual([]);
    expect(await store.runs.list()).toStrictEqual([]);
    expect(await store.cache.list()).toStrictEqual([]);
  });

  it("refuses a lock to a second owner, and to the holder asking again", async () => {
    const store = await open();
    expect(await store.acquireLock("digest:a", "instance-1", 10_000)).toBe(true);
    expect(await store.acquireLock("digest:a", "instance-2", 10_000)).toBe(false);
    expect(await store.acquireLock("digest:a", "instance-1", 10_000)).toBe(false);
    expect(await store.acquireLock("digest:b", "instance-2", 10_000)).toBe(true);
  });

  it("lets another owner take a lock once it is released, and ignores release by a non-owner", async () => {
    const store = await open();
    expect(await store.acquireLock("digest:a", "instance-1", 10_000)).toBe(true);
    await store.releaseLock("digest:a", "instance-2");
    expect(await store.acquireLock("digest:a", "instance-2", 10_000)).toBe(false);
    await store.releaseLock("digest:a", "instance-1");
    expect(await store.acquireLock("digest:a", "instance-2", 10_000)).toBe(true);
    await store.releaseLock("never-taken", "instance-1");
  });

  it("rejects lock arguments that are bugs", async () => {
    const store = await open();
    await expect(store.acquireLock("", "o", 1000)).rejects.toThrow("lock name");
    await expect(store.acquireLock("n", "", 1000)).rejects.toThrow("lock owner");
    await expect(store.acquireLock("n", "o", 0)).rejects.toThrow("lock ttlMs");
    await expect(store.acquireLock("n", "o", 1.5)).rejects.toThrow("lock ttlMs");
  });

  it("gives a lock to exactly one of two instances racing for it 50 times at once", async () => {
    const [a, b] = await Promise.all([open(), open()]);
    const results = await Promise.all(
      Array.from({ length: 50 }, (_, i) =>
        (i % 2 === 0 ? a : b).acquireLock("digest:race", `owner-${i}`, 10_000),
      ),
    );
    expect(results.filter(Boolean)).toHaveLength(1);
  });

  it("lets another instance take over after the holder dies without releasing", async () => {
    const holder = await open();
    const other = await open();
    expect(await holder.acquireLock("digest:x", "dead-instance", 150)).toBe(true);
    await holder.close();
    expect(await other.acquireLock("digest:x", "live-instance", 10_000)).toBe(false);
    await sleep(200);
    expect(await other.acquireLock("digest:x", "live-instance", 10_000)).toBe(true);
    expect(await other.acquireLock("digest:x", "dead-instance", 10_000)).toBe(false);
  });

  it("renews a lock only for its live holder: another owner, or a holder whose time ran out, is refused", async () => {
    const store = await open();
    expect(await store.acquireLock("digest:r", "instance-1", 150)).toBe(true);
    expect(await store.renewLock("digest:r", "instance-2", 10_000)).toBe(false);
    expect(await store.renewLock("digest:r", "instance-1", 10_000)).toBe(true);
    await sleep(200);
    expect(await store.acquireLock("digest:r", "instance-2", 10_000)).toBe(false);
    expect(await store.acquireLock("digest:e", "instance-1", 100)).toBe(true);
    await sleep(150);
    expect(await store.renewLock("digest:e", "instance-1", 10_000)).toBe(false);
    expect(await store.renewLock("never-taken", "instance-1", 10_000)).toBe(false);
  });

  it("closing twice is harmless", async () => {
    const store = await open();
    await store.close();
    await store.close();
  });
}
