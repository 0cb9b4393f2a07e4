import { PermissionFlagsBits } from "discord.js";
import { afterEach, describe, expect, it, vi } from "vitest";
import { shownText } from "../../briefings/candidatePool.js";
import { discordPoster } from "../../src/adapters/discord/discordPoster.js";
import { startDiscordBot } from "../../src/adapters/discord/listen.js";
import { startSlackApp } from "../../src/adapters/slack/listen.js";
import { slackPoster } from "../../src/adapters/slack/slackPoster.js";
import { Secret } from "../../src/config/secret.js";
import { digestRunKey, type Subscription, subscriptionKey } from "../../src/store/records.js";
import { extractiveSummarizer as summarizer } from "../../src/summarize/extractiveSummarizer.js";
import {
  FakeDiscord,
  type InteractionSpec,
  type RecordedRequest,
} from "../fakes/discord/fakeDiscord.js";
import { EVERYONE_PERMISSIONS } from "../fakes/discord/guildPayloads.js";
import { FakeSlack, type ResponseUrlPost } from "../fakes/slack/fakeSlack.js";
import { bundled } from "../helpers/engine.js";
import { DigestHarness } from "./digestHarness.js";

/** Stopped in reverse order after each test: scheduler, adapter, stand-in, store and folder. */
const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

const TOPIC_TITLES = [
  "NATO unity",
  "US–Russia talks in Geneva",
  "Iran nuclear talks",
  "UK statements",
];
/** When the subscriptions are made: a Thursday in winter (Paris is UTC+1). */
const SUBSCRIBED_AT = "2026-01-15T12:00:00Z";
/** 08:00 in Paris the next morning. */
const PARIS_SLOT = "2026-01-16T07:00:00.000Z";
const quietPeriod = () => new Promise((resolve) => setTimeout(resolve, 300));

async function harness(): Promise<DigestHarness> {
  const h = await DigestHarness.open(SUBSCRIBED_AT);
  cleanups.push(() => h.close());
  return h;
}

/** Copies the subscription at `key` to another channel of its server, for all topics. */
async function copyToChannel(
  h: DigestHarness,
  key: string,
  changes: Pick<Subscription, "channelId" | "time" | "timezone">,
): Promise<void> {
  const copy = { ...((await h.store.subscriptions.get(key)) as Subscription), ...changes };
  await h.store.subscriptions.set(subscriptionKey(copy.platform, copy.channelId), {
    ...copy,
    topics: null,
  });
}

// --- Discord -------------------------------------------------------------------------------

const MANAGER = "400000000000000001";
const READER = "400000000000000002";
const MANAGE_CHANNELS = EVERYONE_PERMISSIONS | PermissionFlagsBits.ManageChannels;
const CHANNEL_POST = "POST /channels/:channelId/messages";

type InteractionCallback = {
  type: number;
  data: { content?: string; flags?: number };
};
type Embed = { title?: string; description?: string };
type ChannelMessageBody = { embeds?: Embed[]; allowed_mentions?: unknown };

async function startDiscord(h: DigestHarness) {
  const fake = await FakeDiscord.start();
  cleanups.push(() => fake.stop());
  const { index } = await bundled();
  const bot = await startDiscordBot(
    {
      token: new Secret(fake.token),
      applicationId: fake.applicationId,
      guildId: fake.guild.id,
      apiUrl: fake.apiUrl,
    },
    {
      index: async () => index,
      summarizer,
      logger: h.logger,
      limits: null,
      now: h.clock.now,
      deferAfterMs: 2000,
      subscriptions: h.subscriptions,
    },
  );
  cleanups.push(() => bot.stop());
  h.posters.discord = discordPoster(bot.client.rest);
  await h.startScheduler();
  cleanups.push(() => h.stopScheduler());
  const channelId = fake.guild.textChannelId;
  return {
    fake,
    channelId,
    key: subscriptionKey("discord", channelId),
    async command(spec: InteractionSpec): Promise<InteractionCallback> {
      const interaction = fake.slashCommand(spec);
      fake.sendInteraction(interaction);
      return (await fake.waitForCallback(interaction.id, 5000)).body as InteractionCallback;
    },
    /** What the bot posted to channels outside interactions: the scheduled digests. */
    channelPosts(): RecordedRequest[] {
      return fake.requests.filter((r) => r.route === CHANNEL_POST);
    },
  };
}

const subscribeIran = {
  name: "subscribe",
  options: { time: "08:00", timezone: "Europe/Paris", topics: "iran-talks" },
  userId: MANAGER,
  memberPermissions: MANAGE_CHANNELS,
} satisfies InteractionSpec;

function embedTitles(posts: readonly RecordedRequest[]): string[] {
  return posts.flatMap((p) =>
    ((p.body as ChannelMessageBody).embeds ?? []).map((e) =>
      (e.title ?? "").replace(/ \(continued\)$/, ""),
    ),
  );
}

describe("digest subscriptions on Discord", () => {
  it("confirms /subscribe from a member with Manage Channels, stores it and schedules it", async () => {
    const h = await harness();
    const discord = await startDiscord(h);
    const reply = await discord.command(subscribeIran);
    expect(reply.type).toBe(4);
    expect(reply.data.flags ?? 0).toBe(0);
    expect(reply.data.content).toBe(
      "Subscribed: a daily digest here at 08:00 (Europe/Paris) on Iran nuclear talks. Next one: 2026-01-16 07:00 UTC.",
    );
    expect(await h.store.subscriptions.get(discord.key)).toEqual({
      platform: "discord",
      channelId: discord.channelId,
      workspaceId: discord.fake.guild.id,
      time: "08:00",
      timezone: "Europe/Paris",
      topics: ["iran-talks"],
      createdBy: MANAGER,
      createdAt: "2026-01-15T12:00:00.000Z",
      updatedAt: "2026-01-15T12:00:00.000Z",
    });
    expect(h.scheduler.scheduled).toEqual([discord.key]);
    expect(h.triggers.history).toEqual([`start ${discord.key} 08:00 Europe/Paris`]);
  });

  it("refuses /subscribe privately to a member without Manage Channels and stores nothing", async () => {
    const h = await harness();
    const discord = await startDiscord(h);
    const reply = await discord.command({
      ...subscribeIran,
      userId: READER,
      memberPermissions: EVERYONE_PERMISSIONS,
    });
    expect(reply.type).toBe(4);
    expect((reply.data.flags ?? 0) & 64).toBe(64);
    expect(reply.data.content).toBe(
      "⚠️ only people who can manage this channel can change its digest — ask a channel admin",
    );
    expect(await h.store.subscriptions.list()).toEqual([]);
    expect(h.scheduler.scheduled).toEqual([]);
  });

  it("shows a manager the server's digests, other channels included, privately; a reader this channel's, publicly", async () => {
    const h = await harness();
    const discord = await startDiscord(h);
    await discord.command(subscribeIran);
    // After the fake's channel id in key order (list() sorts by key).
    const other = "999999999999999999";
    await copyToChannel(h, discord.key, { channelId: other, time: "09:30", timezone: "UTC" });
    const managerView = await discord.command({
      name: "subscriptions",
      options: {},
      userId: MANAGER,
      memberPermissions: MANAGE_CHANNELS,
    });
    expect((managerView.data.flags ?? 0) & 64).toBe(64);
    expect(managerView.data.content).toBe(
      `Daily digests:\n• this channel: 08:00 (Europe/Paris), iran-talks\n• channel ${other}: 09:30 (UTC), all topics`,
    );
    const readerView = await discord.command({
      name: "subscriptions",
      options: {},
      userId: READER,
      memberPermissions: EVERYONE_PERMISSIONS,
    });
    expect(readerView.data.flags ?? 0).toBe(0);
    expect(readerView.data.content).toBe(
      "Daily digests:\n• this channel: 08:00 (Europe/Paris), iran-talks",
    );
  });

  it("answers an invalid time or timezone privately with the expected format and an example", async () => {
    const h = await harness();
    const discord = await startDiscord(h);
    const badTime = await discord.command({
      ...subscribeIran,
      options: { ...subscribeIran.options, time: "8h" },
    });
    const badZone = await discord.command({
      ...subscribeIran,
      options: { ...subscribeIran.options, timezone: "Mars/Olympus" },
    });
    expect([badTime.data.content, badZone.data.content]).toEqual([
      "⚠️ invalid time '8h' — use 24-hour HH:MM, for example 08:00",
      "⚠️ unknown timezone 'Mars/Olympus' — use an IANA name, for example Europe/Paris",
    ]);
    expect([badTime.data.flags, badZone.data.flags].map((f) => (f ?? 0) & 64)).toEqual([64, 64]);
    expect(await h.store.subscriptions.list()).toEqual([]);
  });

  it("posts only the subscribed topic to the subscribed channel when the slot fires, and only once per slot", async () => {
    const h = await harness();
    const discord = await startDiscord(h);
    await discord.command(subscribeIran);

    h.clock.set(PARIS_SLOT);
    h.triggers.fire(discord.key);
    await discord.fake.waitForRequest((r) => r.route === CHANNEL_POST, 5000);
    const runKey = digestRunKey("discord", discord.channelId, PARIS_SLOT);
    await vi.waitFor(
      async () =>
        expect(await h.store.runs.get(runKey)).toMatchObject({ status: "posted", attempts: 1 }),
      { timeout: 3000, interval: 20 },
    );
    const posts = discord.channelPosts();
    for (const post of posts) {
      expect(post.path).toBe(`/api/v10/channels/${discord.channelId}/messages`);
      expect(post.status).toBe(200);
      expect((post.body as ChannelMessageBody).allowed_mentions).toEqual({
        parse: [],
        replied_user: false,
      });
    }
    const titles = embedTitles(posts);
    expect(new Set(titles)).toEqual(
      new Set(["Daily briefing — top stories", "Iran nuclear talks", "Sources"]),
    );
    const topStories = posts.flatMap((p) => (p.body as ChannelMessageBody).embeds ?? [])[0];
    // Each top story's sentence (tagged with its story's headline) is on the subscribed topic.
    const { index } = await bundled();
    const onIran = new Set(
      // As shown: a quote it does not attribute itself comes with its speaker in front.
      index.sentences.filter((s) => s.topics.has("iran-talks")).map((s) => shownText(index, s)),
    );
    const lines = topStories?.description?.split("\n") ?? [];
    expect(lines.length).toBeGreaterThan(0);
    for (const line of lines) {
      const sentence = /^\*\*\d+\.\*\* (.*) \[\d+\] — \*.+\*$/.exec(line)?.[1];
      expect(onIran.has(sentence ?? ""), line).toBe(true);
    }
    expect(discord.fake.channelMessages(discord.channelId)).toHaveLength(posts.length);

    h.triggers.fire(discord.key);
    await quietPeriod();
    expect(discord.channelPosts()).toHaveLength(posts.length);
    expect(await h.store.runs.list()).toHaveLength(1);
  });

  it("stops the digest on /unsubscribe: the record and the trigger are gone, a late fire posts nothing", async () => {
    const h = await harness();
    const discord = await startDiscord(h);
    await discord.command(subscribeIran);
    const staleFire = h.triggers.callback(discord.key);

    const reply = await discord.command({
      name: "unsubscribe",
      userId: MANAGER,
      memberPermissions: MANAGE_CHANNELS,
    });
    expect(reply.data.content).toBe("Unsubscribed: no more daily digest in this channel.");
    expect(await h.store.subscriptions.get(discord.key)).toBeNull();
    expect(h.scheduler.scheduled).toEqual([]);
    expect(h.triggers.history).toEqual([
      `start ${discord.key} 08:00 Europe/Paris`,
      `stop ${discord.key}`,
    ]);

    h.clock.set(PARIS_SLOT);
    staleFire();
    await quietPeriod();
    expect(discord.channelPosts()).toEqual([]);
  });
});

// --- Slack ---------------------------------------------------------------------------------

type Block = { type: string; text?: { text: string }; elements?: { text: string }[] };

async function startSlack(h: DigestHarness) {
  const fake = await FakeSlack.start();
  cleanups.push(() => fake.stop());
  const { user: admin, im: adminDm } = fake.addUser("grace", "Grace Hopper", { isAdmin: true });
  const member = fake.addUser("alan", "Alan Turing").user;
  const listed = fake.addUser("edsger", "Edsger Dijkstra").user;
  const channel = fake.addChannel("briefings");
  const { index } = await bundled();
  const running = await startSlackApp(
    {
      botToken: new Secret(fake.botToken),
      signingSecret: new Secret(fake.signingSecret),
      appToken: null,
      port: 0,
      host: "127.0.0.1",
      apiUrl: fake.apiUrl,
    },
    {
      index: async () => index,
      summarizer,
      logger: h.logger,
      limits: null,
      now: h.clock.now,
      subscriptions: h.subscriptions,
      adminUserIds: [listed.id],
    },
  );
  cleanups.push(() => running.stop());
  h.posters.slack = slackPoster(running.digestClient);
  await h.startScheduler();
  cleanups.push(() => h.stopScheduler());
  const sender = fake.client(`http://127.0.0.1:${running.port}/slack/events`);
  return {
    fake,
    users: { admin, member, listed },
    adminDm,
    channelId: channel.id,
    key: subscriptionKey("slack", channel.id),
    /** `/subscribe <text>` from `userId` in `where` (the #briefings channel by default). */
    subscribe(userId: string, text: string, where = channel.id): Promise<ResponseUrlPost> {
      return this.command("/subscribe", userId, text, where);
    },
    /** `<command> <text>` from `userId` in `where` (the #briefings channel by default). */
    async command(
      command: string,
      userId: string,
      text: string,
      where = channel.id,
    ): Promise<ResponseUrlPost> {
      const responseUrl = fake.responseUrl();
      const delivery = await sender.slashCommand({
        command,
        text,
        userId,
        channelId: where,
        responseUrl,
      });
      expect(delivery.status).toBe(200);
      return fake.waitForResponse(responseUrl, 3000);
    },
  };
}

const SUBSCRIBE_GENEVA = "time:08:00 timezone:UTC topics:geneva-talks";
const GENEVA_CONFIRMATION =
  "Subscribed: a daily digest here at 08:00 (UTC) on US–Russia talks in Geneva. Next one: 2026-01-16 08:00 UTC.";

function blocksOf(raw: unknown): Block[] {
  return (typeof raw === "string" ? JSON.parse(raw) : raw) as Block[];
}

function blockText(blocks: readonly Block[]): string {
  return blocks
    .map((b) => b.text?.text ?? (b.elements ?? []).map((e) => e.text).join("\n"))
    .join("\n");
}

describe("digest subscriptions on Slack", () => {
  it("confirms /subscribe from a workspace admin through response_url and posts only the Geneva section to that channel when the slot fires", async () => {
    const h = await harness();
    const slack = await startSlack(h);
    const response = await slack.subscribe(slack.users.admin.id, SUBSCRIBE_GENEVA);
    expect(response.status).toBe(200);
    expect(response.responseType).toBe("in_channel");
    expect(response.text).toBe(GENEVA_CONFIRMATION);
    expect(
      slack.fake.calls("users.info").map((c) => [c.args.user, (c.response as { ok: boolean }).ok]),
    ).toEqual([[slack.users.admin.id, true]]);
    expect(await h.store.subscriptions.get(slack.key)).toMatchObject({
      platform: "slack",
      channelId: slack.channelId,
      workspaceId: slack.fake.world.team.id,
      time: "08:00",
      timezone: "UTC",
      topics: ["geneva-talks"],
      createdBy: slack.users.admin.id,
    });
    expect(h.scheduler.scheduled).toEqual([slack.key]);

    const slot = "2026-01-16T08:00:00.000Z";
    h.clock.set(slot);
    h.triggers.fire(slack.key);
    await slack.fake.waitForCall("chat.postMessage", undefined, 5000);
    await vi.waitFor(
      async () =>
        expect(await h.store.runs.get(digestRunKey("slack", slack.channelId, slot))).toMatchObject({
          status: "posted",
          attempts: 1,
        }),
      { timeout: 3000, interval: 20 },
    );
    const calls = slack.fake.calls("chat.postMessage");
    expect(calls.map((c) => [c.args.channel, c.status])).toEqual(
      calls.map(() => [slack.channelId, 200]),
    );
    const text = blockText(calls.flatMap((c) => blocksOf(c.args.blocks)));
    expect(text).toContain("*US–Russia talks in Geneva*");
    for (const other of TOPIC_TITLES.filter((t) => t !== "US–Russia talks in Geneva"))
      expect(text).not.toContain(other);
    expect(slack.fake.messages(slack.fake.world.channel.id)).toEqual([]);
  });

  it("shows an admin the workspace's digests, other channels included, ephemerally; a member this channel's, in channel", async () => {
    const h = await harness();
    const slack = await startSlack(h);
    await slack.subscribe(slack.users.admin.id, SUBSCRIBE_GENEVA);
    // After the fake's channel ids in key order (list() sorts by key).
    const other = "CZZZZZZZZZZ";
    await copyToChannel(h, slack.key, {
      channelId: other,
      time: "18:00",
      timezone: "Europe/Paris",
    });
    const adminView = await slack.command("/subscriptions", slack.users.admin.id, "");
    expect(adminView.responseType).toBe("ephemeral");
    expect(adminView.text).toBe(
      `Daily digests:\n• this channel: 08:00 (UTC), geneva-talks\n• channel ${other}: 18:00 (Europe/Paris), all topics`,
    );
    const memberView = await slack.command("/subscriptions", slack.users.member.id, "");
    expect(memberView.responseType).toBe("in_channel");
    expect(memberView.text).toBe("Daily digests:\n• this channel: 08:00 (UTC), geneva-talks");
  });

  it("refuses /subscribe ephemerally to a member who is neither an admin nor on the allow-list", async () => {
    const h = await harness();
    const slack = await startSlack(h);
    const response = await slack.subscribe(slack.users.member.id, SUBSCRIBE_GENEVA);
    expect(response.responseType).toBe("ephemeral");
    expect(response.text).toBe(
      ":warning: only people who can manage this channel can change its digest — ask a channel admin",
    );
    expect(await h.store.subscriptions.list()).toEqual([]);
    expect(h.scheduler.scheduled).toEqual([]);
  });

  // Positional words fill the text options in order, as the usage hint says.
  it("accepts the positional form its usage hint advertises: /subscribe 08:00 Europe/Paris iran-talks", async () => {
    const h = await harness();
    const slack = await startSlack(h);
    const response = await slack.subscribe(slack.users.admin.id, "08:00 Europe/Paris iran-talks");
    expect(response.text).toBe(
      "Subscribed: a daily digest here at 08:00 (Europe/Paris) on Iran nuclear talks. Next one: 2026-01-16 07:00 UTC.",
    );
  });

  // A direct message is not a channel: refused on Slack as on Discord.
  it("refuses /subscribe in a direct message with the bot, as on Discord", async () => {
    const h = await harness();
    const slack = await startSlack(h);
    const response = await slack.subscribe(slack.users.admin.id, "08:00", slack.adminDm.id);
    expect(response.responseType).toBe("ephemeral");
    expect(response.text).toBe(":warning: digests are for channels, not direct messages");
    expect(await h.store.subscriptions.list()).toEqual([]);
  });
});

// --- Restart -------------------------------------------------------------------------------

describe("digest subscriptions across a restart", () => {
  it("posts a slot missed by 30 minutes once at start-up, and nothing more on the next restart", async () => {
    const h = await harness();
    const discord = await startDiscord(h);
    await discord.command(subscribeIran);

    await h.restart("2026-01-16T07:30:00Z");
    const posts = discord.channelPosts();
    expect(posts.length).toBeGreaterThan(0);
    expect(embedTitles(posts)).toContain("Iran nuclear talks");
    expect(h.logs.find((l) => l.message === "catching up a missed digest")?.fields).toEqual({
      platform: "discord",
      channel: discord.channelId,
      slot: PARIS_SLOT,
      lateMinutes: 30,
    });
    expect(
      await h.store.runs.get(digestRunKey("discord", discord.channelId, PARIS_SLOT)),
    ).toMatchObject({
      status: "posted",
    });

    await h.restart("2026-01-16T07:45:00Z");
    expect(discord.channelPosts()).toHaveLength(posts.length);
    expect(h.scheduler.scheduled).toEqual([discord.key]);
  });

  it("skips a slot missed by 3 hours at start-up and logs it", async () => {
    const h = await harness();
    const discord = await startDiscord(h);
    await discord.command(subscribeIran);

    await h.restart("2026-01-16T10:00:00Z");
    expect(discord.channelPosts()).toEqual([]);
    expect(await h.store.runs.list()).toEqual([]);
    const skipped = h.logs.find(
      (l) => l.message === "missed digest skipped (outside the grace window)",
    );
    expect(skipped?.level).toBe("warn");
    expect(skipped?.fields).toEqual({
      platform: "discord",
      channel: discord.channelId,
      slot: PARIS_SLOT,
      lateMinutes: 180,
    });
  });
});
