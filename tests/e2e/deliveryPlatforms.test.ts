import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { webApi } from "@slack/bolt";
import { REST } from "discord.js";
import { afterEach, describe, expect, it } from "vitest";
import type { Reply } from "../../commands/types.js";
import { discordPoster } from "../../src/adapters/discord/discordPoster.js";
import { slackPoster } from "../../src/adapters/slack/slackPoster.js";
import { DEFAULT_SCHEDULE } from "../../src/config/scheduleSettings.js";
import { deliveryMark } from "../../src/schedule/delivery.js";
import { type DigestRunDeps, runDigest } from "../../src/schedule/runDigest.js";
import { openStore } from "../../src/store/openStore.js";
import { digestRunKey, type Subscription } from "../../src/store/records.js";
import type { Store } from "../../src/store/store.js";
import { extractiveSummarizer as summarizer } from "../../src/summarize/extractiveSummarizer.js";
import { FakeDiscord } from "../fakes/discord/fakeDiscord.js";
import { FakeSlack } from "../fakes/slack/fakeSlack.js";
import { bundled } from "../helpers/engine.js";
import { deadRun } from "../schedule/fakePoster.js";
import { recordingLogger } from "../store/fixtures.js";

/**
 * The real posters (discord.js REST, @slack/web-api) against the loopback stand-ins, for the two
 * ways a post can land without the caller knowing (issue 18, defect 3).
 */

const cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

const SLOT = "2026-01-16T08:00:00.000Z";
const CHANNEL_POST = "POST /channels/:channelId/messages";

function subscriptionFor(platform: "discord" | "slack", channelId: string): Subscription {
  return {
    platform,
    channelId,
    workspaceId: null,
    time: "08:00",
    timezone: "UTC",
    topics: null,
    createdBy: "U1",
    createdAt: "2026-01-01T00:00:00.000Z",
    updatedAt: "2026-01-01T00:00:00.000Z",
  };
}

async function store(): Promise<Store> {
  const dir = mkdtempSync(join(tmpdir(), "briefbot-platform-delivery-"));
  const opened = await openStore({ url: null, dataDir: dir, logger: recordingLogger().logger });
  cleanups.push(async () => {
    await opened.close();
    rmSync(dir, { recursive: true, force: true });
  });
  return opened;
}

async function deps(
  s: Store,
  post: (channelId: string, reply: Reply) => ReturnType<DigestRunDeps["post"]>,
): Promise<DigestRunDeps> {
  const { index } = await bundled();
  return {
    store: s,
    index: async () => index,
    summarizer,
    post: (subscription, reply) => post(subscription.channelId, reply),
    logger: recordingLogger().logger,
    now: () => new Date(SLOT),
    sleep: async () => {},
    instanceId: "instance",
    settings: { ...DEFAULT_SCHEDULE, retryBaseMs: 1 },
  };
}

/** One slot's digest for a Discord channel, through discord.js REST. */
async function deliverDiscord(s: Store, rest: REST, channelId: string) {
  return runDigest(
    subscriptionFor("discord", channelId),
    new Date(SLOT),
    await deps(s, discordPoster(rest)),
  );
}

async function discord(options: { timeout?: number } = {}) {
  const fake = await FakeDiscord.start();
  cleanups.push(() => fake.stop());
  const rest = new REST({ api: fake.apiUrl, timeout: options.timeout ?? 15_000 }).setToken(
    fake.token,
  );
  cleanups.push(() => rest.clearHashSweeper());
  return { fake, rest, channelId: fake.guild.textChannelId };
}

describe("Discord delivery through discord.js REST", () => {
  it("sends each message with a nonce from the run and enforce_nonce, and a 'digest i/n · ref' footer", async () => {
    const { fake, rest, channelId } = await discord();
    const s = await store();
    expect(await deliverDiscord(s, rest, channelId)).toBe("posted");
    const posts = fake.requests.filter((r) => r.route === CHANNEL_POST);
    expect(posts.length).toBeGreaterThan(0);
    const key = digestRunKey("discord", channelId, SLOT);
    for (const [i, post] of posts.entries()) {
      const mark = deliveryMark(key, i, posts.length);
      const body = post.body as {
        nonce: string;
        enforce_nonce: boolean;
        embeds: { footer?: { text: string } }[];
      };
      expect(body.nonce).toBe(`bb${mark.ref}-${i}`);
      expect(body.nonce.length).toBeLessThanOrEqual(25);
      expect(body.enforce_nonce).toBe(true);
      expect(body.embeds.at(-1)?.footer?.text).toContain(
        `digest ${i + 1}/${posts.length} · ref ${mark.ref}`,
      );
    }
  });

  it("posts a message once when Discord accepts it and the connection is cut before the answer", async () => {
    const { fake, rest, channelId } = await discord();
    let cut = false;
    fake.setChaos(({ route }) => {
      if (route !== CHANNEL_POST || cut) return null;
      cut = true;
      return { kind: "cut-after" };
    });
    const s = await store();
    expect(await deliverDiscord(s, rest, channelId)).toBe("posted");
    const run = await s.runs.get(digestRunKey("discord", channelId, SLOT));
    const messages = fake.channelMessages(channelId);
    expect(messages.map((m) => m.id)).toEqual(run?.delivered);
    expect(messages).toHaveLength(run?.messages ?? -1);
  });

  it("posts a message once when discord.js times out on a stalled POST and sends it again itself", async () => {
    const { fake, rest, channelId } = await discord({ timeout: 300 });
    let stalled = false;
    fake.setChaos(({ route }) => {
      if (route !== CHANNEL_POST || stalled) return null;
      stalled = true;
      return { kind: "stall", ms: 800 };
    });
    const s = await store();
    expect(await deliverDiscord(s, rest, channelId)).toBe("posted");
    // The stalled first POST lands after its retry: Discord answers it with the same message.
    await fake.waitForRequest((r) => r.chaos === "stall", 5000);
    const run = await s.runs.get(digestRunKey("discord", channelId, SLOT));
    expect(fake.channelMessages(channelId)).toHaveLength(run?.messages ?? -1);
    expect(fake.nonceDeduplications).toBe(1);
  });
});

/** The stand-in with a #briefings channel, and a client that retries nothing (as serve's). */
async function slack() {
  const fake = await FakeSlack.start();
  cleanups.push(() => fake.stop());
  const channel = fake.addChannel("briefings");
  const client = new webApi.WebClient(fake.botToken, {
    slackApiUrl: fake.apiUrl,
    retryConfig: { retries: 0 },
  });
  return { fake, channel, client };
}

describe("Slack delivery through @slack/web-api", () => {
  it("does not post again a message a killed instance had posted: it finds its metadata in conversations.history", async () => {
    const { fake, channel, client } = await slack();
    const s = await store();
    const sub = subscriptionFor("slack", channel.id);
    const d = await deps(s, slackPoster(client));
    const key = digestRunKey("slack", channel.id, SLOT);
    // The killed instance: wrote 'running', posted message 1, died before recording it.
    const { index } = await bundled();
    await s.runs.set(key, await deadRun(sub, SLOT));
    const { buildDigest } = await import("../../briefings/digest.js");
    const digest = buildDigest(index, {
      now: new Date(SLOT),
      summarizer,
      articleIds: new Set(index.articles.map((a) => a.id)),
    });
    const prepared = slackPoster(client)(channel.id, { kind: "digest", digest });
    await prepared.send(deliveryMark(key, 0, prepared.count));

    expect(await runDigest(sub, new Date(SLOT), d)).toBe("posted");
    const posts = fake.calls("chat.postMessage");
    expect(posts).toHaveLength(prepared.count);
    expect(fake.calls("conversations.history")).toHaveLength(1);
    expect(
      posts.map((c) => (c.args.metadata as { event_payload: { part: number } }).event_payload.part),
    ).toEqual(Array.from({ length: prepared.count }, (_, i) => i + 1));
    expect(fake.messages(channel.id).map((m) => m.ts)).toEqual((await s.runs.get(key))?.delivered);
  });

  it("sends again after a transient failure when the app lacks the history scope (missing_scope), once", async () => {
    const { fake, channel, client } = await slack();
    fake.failNext({ method: "chat.postMessage", error: "service_unavailable" });
    fake.failNext({ method: "conversations.history", error: "missing_scope" });
    const s = await store();
    const outcome = await runDigest(
      subscriptionFor("slack", channel.id),
      new Date(SLOT),
      await deps(s, slackPoster(client)),
    );
    expect(outcome).toBe("posted");
    expect(fake.messages(channel.id)).toHaveLength(1);
    expect(fake.calls("chat.postMessage").map((c) => (c.response as { ok: boolean }).ok)).toEqual([
      false,
      true,
    ]);
  });
});
