import { describe, expect, it } from "vitest";
import { silentLogger } from "../../src/log/logger.js";
import { openStore } from "../../src/store/openStore.js";
import { RedisProxy } from "../chaos/redisProxy.js";

const REDIS_URL = process.env.REDIS_URL ?? "";
if (REDIS_URL === "") {
  console.warn("tests/store/redisClose.test.ts: REDIS_URL is not set; skipping.");
}

describe.skipIf(REDIS_URL === "")("Redis store: closing with Redis gone (REDIS_URL)", () => {
  it("returns even when Redis stopped answering and a command is pending", async () => {
    const proxy = await RedisProxy.start(REDIS_URL);
    const store = await openStore({
      url: proxy.url,
      dataDir: "/unused",
      logger: silentLogger,
      redisKeyPrefix: `briefbot-test:close-${process.pid}:`,
    });
    // Redis goes away for good: the pending read can never be answered.
    await proxy.stop();
    const pending = store.subscriptions.get("discord:1").catch(() => "rejected");
    const outcome = await Promise.race([
      store.close().then(() => "closed"),
      new Promise((resolve) => setTimeout(() => resolve("still waiting"), 20_000)),
    ]);
    expect(outcome).toBe("closed");
    await pending;
  }, 30_000);
});
