import { createClient } from "@keyv/redis";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { silentLogger } from "../../src/log/logger.js";
import { openStore } from "../../src/store/openStore.js";
import { storeContract } from "./storeContract.js";

/**
 * Runs against the real Redis at REDIS_URL (CI: redis://127.0.0.1:6379). Unset: skipped, and
 * said so. Set but unreachable: every test fails, as openStore does. Each test gets its own key
 * prefix under this run's, and the run's keys are deleted afterwards.
 */
const REDIS_URL = process.env.REDIS_URL ?? "";
if (REDIS_URL === "") {
  console.warn("tests/store/redisStore.test.ts: REDIS_URL is not set; skipping the Redis tests.");
}

const runPrefix = `briefbot-test:${process.pid}-${Date.now().toString(36)}:`;

describe.skipIf(REDIS_URL === "")("Redis store (REDIS_URL)", () => {
  const admin = createClient({ url: REDIS_URL, socket: { reconnectStrategy: false } });
  let testNumber = 0;

  beforeAll(async () => {
    await admin.connect().catch((error: unknown) => {
      throw new Error(`REDIS_URL is set (${REDIS_URL}) but Redis cannot be reached: ${error}`);
    });
  });
  afterAll(async () => {
    if (!admin.isOpen) return;
    const keys: string[] = [];
    for await (const batch of admin.scanIterator({ MATCH: `${runPrefix}*` })) keys.push(...batch);
    if (keys.length > 0) await admin.del(keys);
    await admin.close();
  });

  storeContract(async () => {
    const redisKeyPrefix = `${runPrefix}${++testNumber}:`;
    return {
      open: (logger) => openStore({ url: REDIS_URL, dataDir: "/unused", logger, redisKeyPrefix }),
      writeRaw: async (namespace, key, text) => {
        await admin.set(`${redisKeyPrefix}${namespace}::${key}`, text);
      },
      cleanup: async () => {
        for await (const batch of admin.scanIterator({ MATCH: `${redisKeyPrefix}*` })) {
          if (batch.length > 0) await admin.del(batch);
        }
      },
    };
  });

  it("keeps its keys under the prefix: namespaces with @keyv/redis's '::', locks as lock:<name>", async () => {
    const redisKeyPrefix = `${runPrefix}layout:`;
    const store = await openStore({
      url: REDIS_URL,
      dataDir: "/unused",
      logger: silentLogger,
      redisKeyPrefix,
    });
    try {
      await store.cache.set("k", { a: 1 });
      expect(await store.acquireLock("digest", "me", 10_000)).toBe(true);
      expect(store.kind).toBe("redis");
      expect(await admin.get(`${redisKeyPrefix}cache::k`)).toBe('{"value":{"v":1,"data":{"a":1}}}');
      expect(await admin.get(`${redisKeyPrefix}lock:digest`)).toBe("me");
      const ttl = await admin.pTTL(`${redisKeyPrefix}lock:digest`);
      expect(ttl).toBeGreaterThan(9_000);
      expect(ttl).toBeLessThanOrEqual(10_000);
    } finally {
      await store.close();
    }
  });
});
