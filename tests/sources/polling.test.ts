import { randomUUID } from "node:crypto";
import { afterEach, describe, expect, it } from "vitest";
import { silentLogger } from "../../src/log/logger.js";
import { SourcesPoller } from "../../src/sources/sourcesPoller.js";
import { SourcesStore } from "../../src/sources/sourcesStore.js";
import { SourceFetchError } from "../../src/sources/types.js";
import { openStore } from "../../src/store/openStore.js";
import { articleText, FakeFetcher } from "./fakeFetcher.js";
import { articleFiles, cleanUp, configOf, rig, sibling, tempDir } from "./harness.js";

afterEach(cleanUp);

const MIN = 60_000;
const FEED = "https://news.test/feed.xml";

describe("polling a feed on its schedule", () => {
  it("polls a new feed at once, then not before its jittered interval", async () => {
    const { fetcher, clock, wiring } = await rig({
      config: configOf([{ url: FEED, name: "News" }]),
    });
    fetcher.feeds.set(FEED, { items: [] });
    expect((await wiring.poller.pollOnce()).map((r) => r.outcome)).toEqual(["nothing-new"]);
    const [status] = await wiring.registry.list();
    // random() = 0.5: exactly the interval.
    expect(status?.nextPollAt).toBe("2026-01-15T08:15:00.000Z");
    clock.advance(14 * MIN);
    expect(await wiring.poller.pollOnce()).toEqual([]);
    clock.advance(1 * MIN);
    expect(await wiring.poller.pollOnce()).toHaveLength(1);
    expect(fetcher.calls.filter((c) => c.kind === "feed")).toHaveLength(2);
  });

  it("spreads polls within ±10 % of the interval with the injected random", async () => {
    const early = await rig({ config: configOf([{ url: FEED }]), random: () => 0 });
    early.fetcher.feeds.set(FEED, { items: [] });
    await early.wiring.poller.pollOnce();
    expect((await early.wiring.registry.list())[0]?.nextPollAt).toBe("2026-01-15T08:13:30.000Z");
  });

  it("sends back the ETag it was given and counts a 304 as a success", async () => {
    const { fetcher, clock, wiring } = await rig({ config: configOf([{ url: FEED }]) });
    fetcher.feeds.set(FEED, { items: [], etag: '"v1"' });
    await wiring.poller.pollOnce();
    clock.advance(15 * MIN);
    const [second] = await wiring.poller.pollOnce();
    expect(second?.outcome).toBe("not-modified");
    expect(fetcher.calls.map((c) => c.validators)).toEqual([{}, { etag: '"v1"' }]);
  });

  it("backs off after failures, doubling, and honours Retry-After", async () => {
    const { fetcher, clock, wiring } = await rig({ config: configOf([{ url: FEED }]) });
    fetcher.feeds.set(FEED, {
      items: [],
      error: new SourceFetchError("http", "503 Service Unavailable", { status: 503 }),
    });
    const nextPolls: string[] = [];
    for (let i = 0; i < 3; i++) {
      await wiring.poller.pollOnce({ all: true });
      nextPolls.push(String((await wiring.registry.list())[0]?.nextPollAt));
      clock.advance(0);
    }
    // 15, then 30, then 60 minutes after 08:00 (the clock stands still).
    expect(nextPolls).toEqual([
      "2026-01-15T08:15:00.000Z",
      "2026-01-15T08:30:00.000Z",
      "2026-01-15T09:00:00.000Z",
    ]);
    fetcher.feeds.set(FEED, {
      items: [],
      error: new SourceFetchError("http", "429 Too Many Requests", {
        status: 429,
        retryAfterMs: 5 * 60 * MIN,
      }),
    });
    await wiring.poller.pollOnce({ all: true });
    const [status] = await wiring.registry.list();
    expect(status?.nextPollAt).toBe("2026-01-15T13:00:00.000Z");
    expect(status?.lastError).toEqual({
      kind: "http",
      message: "429 Too Many Requests",
      at: "2026-01-15T08:00:00.000Z",
    });
    // Success resets the backoff.
    fetcher.feeds.set(FEED, { items: [] });
    clock.advance(5 * 60 * MIN);
    await wiring.poller.pollOnce();
    const [healed] = await wiring.registry.list();
    expect([healed?.failingSince, healed?.nextPollAt]).toEqual([null, "2026-01-15T13:15:00.000Z"]);
  });

  it("never runs more than 2 requests to one host, nor 4 in all", async () => {
    const fetcher = new FakeFetcher();
    const feeds = [
      ...Array.from({ length: 5 }, (_, i) => `https://one.test/feed${i}.xml`),
      ...Array.from({ length: 5 }, (_, i) => `https://two.test/feed${i}.xml`),
      ...Array.from({ length: 5 }, (_, i) => `https://three.test/feed${i}.xml`),
    ];
    for (const url of feeds) fetcher.feeds.set(url, { items: [] });
    const { wiring } = await rig({ fetcher, config: configOf(feeds.map((url) => ({ url }))) });
    fetcher.hold = true;
    const round = wiring.poller.pollOnce();
    await fetcher.held(4);
    // Give the gate a chance to let a fifth through, were it wrong.
    await new Promise((r) => setTimeout(r, 20));
    expect(fetcher.maxConcurrent).toBe(4);
    fetcher.release();
    expect(await round).toHaveLength(15);
    expect(fetcher.maxConcurrent).toBe(4);
    expect(Math.max(...fetcher.maxPerHost.values())).toBe(2);
  });

  it("flags a feed failing for 24 hours, by the clock, in the list", async () => {
    const { fetcher, clock, wiring } = await rig({
      config: configOf([{ url: FEED, name: "News" }]),
    });
    fetcher.feeds.set(FEED, {
      items: [],
      error: new SourceFetchError("timeout", "no answer in 30 s"),
    });
    await wiring.poller.pollOnce();
    clock.advance(23 * 60 * MIN);
    await wiring.poller.pollOnce({ all: true });
    expect((await wiring.registry.list())[0]?.failingForADay).toBe(false);
    clock.advance(60 * MIN);
    const [status] = await wiring.registry.list();
    expect(status).toMatchObject({
      name: "News",
      failingSince: "2026-01-15T08:00:00.000Z",
      failingForADay: true,
      lastError: { kind: "timeout", message: "no answer in 30 s" },
    });
  });

  it("with two instances on one store, polls each due feed once", async () => {
    const first = await rig({ config: configOf([{ url: FEED }]), owner: "instance-a" });
    first.fetcher.feeds.set(FEED, {
      items: [{ text: articleText("alpha"), teaser: false, guid: "1" }],
    });
    const second = await sibling(first, configOf([{ url: FEED }]), "instance-b");
    const [a, b] = await Promise.all([
      first.wiring.poller.pollOnce(),
      second.wiring.poller.pollOnce(),
    ]);
    expect([...(a ?? []), ...(b ?? [])].map((r) => r.added.length)).toEqual([1]);
    expect(first.fetcher.calls.filter((c) => c.kind === "feed")).toHaveLength(1);
    expect(articleFiles(first.corpusDir)).toHaveLength(1);
  });
});

const REDIS_URL = process.env.REDIS_URL;
if (!REDIS_URL) console.warn("REDIS_URL is not set: the live sources' Redis lock test is skipped.");

describe.skipIf(!REDIS_URL)("two instances sharing Redis", () => {
  it("poll a due feed once between them", async () => {
    const prefix = `briefbot-test-${randomUUID()}:`;
    const open = () =>
      openStore({
        url: REDIS_URL ?? "",
        dataDir: tempDir(),
        logger: silentLogger,
        redisKeyPrefix: prefix,
      });
    const [storeA, storeB] = await Promise.all([open(), open()]);
    try {
      const first = await rig({ config: configOf([{ url: FEED }]), owner: "a", store: storeA });
      first.fetcher.feeds.set(FEED, {
        items: [{ text: articleText("redis"), teaser: false, guid: "1" }],
      });
      const second = await rig({
        config: configOf([{ url: FEED }]),
        owner: "b",
        store: storeB,
        fetcher: first.fetcher,
        clock: first.clock,
        corpusDir: first.corpusDir,
      });
      await Promise.all([first.wiring.poller.pollOnce(), second.wiring.poller.pollOnce()]);
      expect(first.fetcher.calls.filter((c) => c.kind === "feed")).toHaveLength(1);
      expect(articleFiles(first.corpusDir)).toHaveLength(1);
    } finally {
      await Promise.all([storeA.close(), storeB.close()]);
    }
  });
});

type Rig = Awaited<ReturnType<typeof rig>>;

/** A second poller on a rig's feeds and store, as another instance would run it. */
function pollerOf(
  r: Pick<Rig, "fetcher" | "clock" | "store" | "corpusDir" | "wiring">,
  owner: string,
  extra: Pick<ConstructorParameters<typeof SourcesPoller>[0], "mayPoll" | "afterAdding">,
): SourcesPoller {
  return new SourcesPoller({
    registry: r.wiring.registry,
    store: new SourcesStore(r.store),
    fetcher: r.fetcher,
    corpusDir: r.corpusDir,
    now: r.clock.now,
    random: () => 0.5,
    logger: silentLogger,
    owner,
    ...extra,
  });
}

describe("an instance that may not poll (a shared index's follower)", () => {
  it("fetches nothing while it may not, and polls the due feed once it may", async () => {
    const { fetcher, clock, store, corpusDir, wiring } = await rig({
      config: configOf([{ url: FEED }]),
    });
    fetcher.feeds.set(FEED, { items: [{ text: articleText("led"), teaser: false, guid: "1" }] });
    let leads = false;
    const poller = pollerOf({ fetcher, clock, store, corpusDir, wiring }, "follower", {
      mayPoll: () => leads,
    });
    expect(await poller.pollOnce()).toEqual([]);
    expect(fetcher.calls).toEqual([]);
    leads = true;
    expect((await poller.pollOnce()).map((r) => r.outcome)).toEqual(["added"]);
    expect(fetcher.calls.filter((c) => c.kind === "feed")).toHaveLength(1);
  });
});

describe("bringing new articles into the index", () => {
  it("retries the index update at the next round when it failed", async () => {
    const { fetcher, clock, store, corpusDir, wiring, rounds } = await rig({
      config: configOf([{ url: FEED }]),
    });
    fetcher.feeds.set(FEED, { items: [{ text: articleText("sync"), teaser: false, guid: "1" }] });
    let failNext = true;
    const poller = pollerOf({ fetcher, clock, store, corpusDir, wiring }, "retrying", {
      afterAdding: async (results) => {
        if (failNext) {
          failNext = false;
          throw new Error("disk full");
        }
        rounds.push(results);
      },
    });
    await expect(poller.pollOnce()).rejects.toThrow("disk full");
    // Nothing is due, but the files written last round still wait for the index.
    expect(await poller.pollOnce()).toEqual([]);
    expect(rounds).toEqual([[]]);
    expect(await poller.pollOnce()).toEqual([]);
    expect(rounds).toHaveLength(1);
  });
});
