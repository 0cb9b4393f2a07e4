import { afterEach, describe, expect, it } from "vitest";
import { buildDigest } from "../../briefings/digest.js";
import { digest } from "../../commands/digest.js";
import type { Reply } from "../../commands/types.js";
import { DEFAULT_SCHEDULE } from "../../src/config/scheduleSettings.js";
import { silentLogger } from "../../src/log/logger.js";
import { present } from "../../src/present/present.js";
import type { ScheduledPost } from "../../src/schedule/delivery.js";
import { runDigest } from "../../src/schedule/runDigest.js";
import { failingFeeds } from "../../src/sources/sourceStatus.js";
import { SourceFetchError } from "../../src/sources/types.js";
import { type Subscription, subscriptionKey } from "../../src/store/records.js";
import { extractiveSummarizer as summarizer } from "../../src/summarize/extractiveSummarizer.js";
import { bundled } from "../helpers/engine.js";
import { discordSubscription } from "../store/fixtures.js";
import { cleanUp, configOf, rig } from "./harness.js";

afterEach(cleanUp);

const HOUR = 60 * 60 * 1000;
const FEED = "https://news.test/feed.xml";

describe("a feed failing for a day, in the digest", () => {
  it("is named in the footer of the channel's digest, and leads in a terminal", async () => {
    const { index } = await bundled();
    const built = buildDigest(index, { now: new Date("2026-01-15T08:00:00Z"), summarizer });
    const reply: Reply = {
      kind: "digest",
      digest: built,
      failingFeeds: [{ name: "News", failingSince: "2026-01-14T07:00:00.000Z" }],
    };
    const chat = present(reply, "chat");
    expect(chat.sections[0]?.footer).toMatch(
      / · ⚠ 1 feed failing for over a day: News — see \/sources$/,
    );
    const terminal = present(reply, "terminal");
    expect(terminal.preface).toContainEqual({
      kind: "text",
      text: "⚠ 1 feed failing for over a day: News — see /sources",
    });
    expect(present({ kind: "digest", digest: built }, "chat").sections[0]?.footer).not.toContain(
      "⚠",
    );
  });

  it("is named in /digest to people who may manage the channel, and to them only", async () => {
    const { fetcher, clock, wiring } = await rig({
      config: configOf([{ url: FEED, name: "News" }]),
    });
    fetcher.feeds.set(FEED, { items: [], error: new SourceFetchError("network", "ECONNREFUSED") });
    await wiring.poller.pollOnce();
    clock.advance(25 * HOUR);
    const { index } = await bundled();
    const asked = async (canManage: boolean) => {
      const reply = await digest.execute(
        {},
        {
          index,
          summarizer,
          now: clock.now,
          sources: wiring.registry,
          place: {
            platform: "slack",
            channelId: "C1",
            workspaceId: "T1",
            userId: "U1",
            canManage: async () => canManage,
          },
        },
      );
      return reply.kind === "digest" ? (reply.failingFeeds ?? []) : null;
    };
    expect(await asked(true)).toEqual([{ name: "News", failingSince: "2026-01-15T08:00:00.000Z" }]);
    expect(await asked(false)).toEqual([]);
  });

  it("reaches the scheduled digest once the feed has failed for 24 hours by the clock", async () => {
    const { fetcher, clock, store, wiring } = await rig({
      config: configOf([{ url: FEED, name: "News" }]),
    });
    fetcher.feeds.set(FEED, { items: [], error: new SourceFetchError("network", "ECONNREFUSED") });
    await wiring.poller.pollOnce();
    clock.advance(24 * HOUR);
    const { index } = await bundled();
    const subscription: Subscription = { ...discordSubscription, topics: null };
    await store.subscriptions.set(
      subscriptionKey(subscription.platform, subscription.channelId),
      subscription,
    );
    const posted: ScheduledPost[] = [];
    const outcome = await runDigest(subscription, clock.now(), {
      store,
      index: async () => index,
      summarizer,
      post: (_sub, reply) => {
        posted.push(reply);
        return { count: 1, send: async () => "m1", find: async () => null };
      },
      logger: silentLogger,
      now: clock.now,
      sleep: async () => {},
      instanceId: "test",
      settings: DEFAULT_SCHEDULE,
      failingFeeds: async () => failingFeeds(await wiring.registry.list()),
    });
    expect(outcome).toBe("posted");
    expect(posted[0]).toMatchObject({
      kind: "digest",
      failingFeeds: [{ name: "News", failingSince: "2026-01-15T08:00:00.000Z" }],
    });
  });
});
