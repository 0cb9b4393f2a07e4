import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { COMMANDS } from "../../commands/index.js";
import { discordCommandPayloads } from "../../src/adapters/discord/commandPayloads.js";
import type { DiscordHandlerDeps } from "../../src/adapters/discord/handleInteraction.js";
import { type RunningDiscordBot, startDiscordBot } from "../../src/adapters/discord/listen.js";
import { RequestLimits } from "../../src/adapters/requestLimits.js";
import { loadEngine } from "../../src/app.js";
import { Secret } from "../../src/config/secret.js";
import type { CorpusIndex } from "../../src/index/corpusIndex.js";
import { createLogger } from "../../src/log/logger.js";
import { extractiveSummarizer as summarizer } from "../../src/summarize/extractiveSummarizer.js";
import { FakeDiscord } from "../fakes/discord/fakeDiscord.js";
import { bundled, CONFIG_DIR } from "../helpers/engine.js";

const now = () => new Date("2026-01-15T08:00:00Z");
const fakes: FakeDiscord[] = [];
const bots: RunningDiscordBot[] = [];
const dirs: string[] = [];
afterEach(async () => {
  await Promise.all(bots.splice(0).map((b) => b.stop()));
  await Promise.all(fakes.splice(0).map((f) => f.stop()));
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

interface Started {
  fake: FakeDiscord;
  logs: string[];
}

async function startBot(
  options: {
    index?: () => Promise<CorpusIndex>;
    deferAfterMs?: number;
    limits?: RequestLimits | null;
  } = {},
): Promise<Started> {
  const fake = await FakeDiscord.start();
  fakes.push(fake);
  const logs: string[] = [];
  const { index } = await bundled();
  const deps: DiscordHandlerDeps = {
    index: options.index ?? (async () => index),
    summarizer,
    logger: createLogger({ level: "debug", format: "json", write: (l) => logs.push(l), now }),
    limits: options.limits ?? null,
    now,
    deferAfterMs: options.deferAfterMs ?? 2000,
  };
  const settings = {
    token: new Secret(fake.token),
    applicationId: fake.applicationId,
    guildId: fake.guild.id,
    apiUrl: fake.apiUrl,
  };
  bots.push(await startDiscordBot(settings, deps));
  return { fake, logs };
}

function embedsOf(
  body: unknown,
): { title?: string; description?: string; footer?: { text: string } }[] {
  const data = (body as { data?: { embeds?: unknown[] }; embeds?: unknown[] }) ?? {};
  return (data.data?.embeds ?? data.embeds ?? []) as { title?: string; description?: string }[];
}

describe("Discord adapter against a Discord stand-in", () => {
  it("registers the command layer's commands on start-up with one bulk overwrite", async () => {
    const { fake } = await startBot();
    const puts = fake.requests.filter((r) => r.method === "PUT" && r.path.includes("/commands"));
    expect(puts).toHaveLength(1);
    expect(puts[0]?.path).toBe(
      `/api/v10/applications/${fake.applicationId}/guilds/${fake.guild.id}/commands`,
    );
    expect(puts[0]?.body).toEqual(discordCommandPayloads(COMMANDS.map((c) => c.definition)));
    expect(fake.registeredCommands(fake.guild.id).map((c) => c.name)).toEqual([
      "brief",
      "official",
      "digest",
      "stories",
      "search",
      "topics",
      "officials",
      "subscribe",
      "unsubscribe",
      "subscriptions",
      "sources",
      "help",
    ]);
  });

  it("answers /brief geneva-talks within the deadline with embeds citing sources, mentions disabled", async () => {
    const { fake, logs } = await startBot();
    const interaction = fake.slashCommand({ name: "brief", options: { topic: "geneva-talks" } });
    fake.sendInteraction(interaction);
    const callback = await fake.waitForCallback(interaction.id);
    const body = callback.body as {
      type: number;
      data: { flags?: number; allowed_mentions: unknown };
    };
    expect(body.type).toBe(4);
    expect(body.data.flags ?? 0).toBe(0);
    expect(body.data.allowed_mentions).toEqual({ parse: [], replied_user: false });
    const embeds = embedsOf(body);
    expect(embeds[0]?.title).toBe("US–Russia talks in Geneva");
    expect(embeds[0]?.description).toMatch(/^\*\*1\.\*\* .+ \[1\]/);
    expect(embeds.map((e) => e.title)).toContain("Sources");
    const line = logs.map((l) => JSON.parse(l)).find((l) => l.msg === "command");
    expect(line).toMatchObject({ command: "brief", platform: "discord", outcome: "ok" });
    expect(logs.join("")).not.toContain(fake.token);
  });

  it("answers /official Bliken for Antony Blinken", async () => {
    const { fake } = await startBot();
    const interaction = fake.slashCommand({ name: "official", options: { name: "Bliken" } });
    fake.sendInteraction(interaction);
    const callback = await fake.waitForCallback(interaction.id);
    expect(embedsOf(callback.body)[0]?.title).toBe("Antony Blinken — secrétaire d'État américain");
  });

  it("answers an unknown topic privately with a suggestion", async () => {
    const { fake } = await startBot();
    const interaction = fake.slashCommand({ name: "brief", options: { topic: "natoo" } });
    fake.sendInteraction(interaction);
    const callback = await fake.waitForCallback(interaction.id);
    const body = callback.body as { type: number; data: { flags: number; content: string } };
    expect(body.type).toBe(4);
    expect(body.data.flags & 64).toBe(64);
    expect(body.data.content).toBe("⚠️ unknown topic 'natoo' — did you mean nato-unity?");
  });

  it("offers ranked autocomplete choices for topic and name", async () => {
    const { fake } = await startBot();
    const topic = fake.autocomplete({ name: "brief", focused: "topic", value: "gen" });
    fake.sendInteraction(topic);
    const topicBody = (await fake.waitForCallback(topic.id)).body as {
      type: number;
      data: { choices: unknown[] };
    };
    expect(topicBody).toEqual({
      type: 8,
      data: {
        choices: [
          { name: "US–Russia talks in Geneva (geneva-talks)", value: "geneva-talks" },
          // A story whose headline names Genève, after the topics.
          {
            name: "À l’issue d’une réunion avec la Russie visant à éviter un nouveau conflit en Ukraine… (s307ad1c)",
            value: "s307ad1c",
          },
        ],
      },
    });
    const name = fake.autocomplete({ name: "official", focused: "name", value: "serg" });
    fake.sendInteraction(name);
    const nameBody = (await fake.waitForCallback(name.id)).body as {
      data: { choices: { value: string }[] };
    };
    expect(nameBody.data.choices.map((c) => c.value)).toEqual([
      "Sergueï Lavrov",
      "Sergueï Riabkov",
    ]);
  });

  it("defers when the answer is slow, then edits the reply", async () => {
    const { index } = await bundled();
    const { fake } = await startBot({
      deferAfterMs: 50,
      index: () => new Promise((resolve) => setTimeout(() => resolve(index), 300)),
    });
    const interaction = fake.slashCommand({ name: "topics" });
    fake.sendInteraction(interaction);
    const callback = await fake.waitForCallback(interaction.id);
    expect((callback.body as { type: number }).type).toBe(5);
    const edit = await fake.waitForRequest(
      (r) => r.method === "PATCH" && decodeURIComponent(r.path).endsWith("/messages/@original"),
      3000,
    );
    expect(embedsOf(edit.body)[0]?.title).toBe("Topics");
  });

  it("honours a 429 with Retry-After on the callback and still replies", async () => {
    const { fake } = await startBot();
    fake.failNext({
      method: "POST",
      pathPattern: /\/callback$/,
      status: 429,
      retryAfterSeconds: 0.2,
    });
    const interaction = fake.slashCommand({ name: "help" });
    const sent = Date.now();
    fake.sendInteraction(interaction);
    await fake.waitForCallback(interaction.id, 4000);
    const attempts = fake.requests.filter(
      (r) => r.method === "POST" && r.path.includes(`/interactions/${interaction.id}/`),
    );
    expect(attempts.map((r) => r.status)).toEqual([429, 204]);
    expect(Date.now() - sent).toBeGreaterThanOrEqual(200);
  });

  it("never lets corpus text ping @everyone", async () => {
    const dir = mkdtempSync(join(tmpdir(), "briefbot-discord-"));
    dirs.push(dir);
    writeFileSync(
      join(dir, "ping.txt"),
      "Les alliés de l'OTAN ont salué @everyone et <@123456789012345678> face à la Russie lors du sommet de Bruxelles mardi soir.\n\nLe secrétaire général de l'OTAN, Jens Stoltenberg, a défendu l'unité des alliés face à la Russie à Bruxelles.",
    );
    const index = await loadEngine({ corpusDir: dir, configDir: CONFIG_DIR });
    const { fake } = await startBot({ index: async () => index });
    const interaction = fake.slashCommand({ name: "brief", options: { topic: "nato-unity" } });
    fake.sendInteraction(interaction);
    const body = (await fake.waitForCallback(interaction.id)).body as {
      data: { allowed_mentions: unknown };
    };
    expect(body.data.allowed_mentions).toEqual({ parse: [], replied_user: false });
    const text = JSON.stringify(embedsOf(body));
    expect(text).toContain("@\u200beveryone");
    expect(text).not.toMatch(/@everyone|<@1/);
  });

  it("splits a long digest over several messages within Discord's limits", async () => {
    const { fake } = await startBot();
    const interaction = fake.slashCommand({ name: "digest", options: { limit: 10 } });
    fake.sendInteraction(interaction);
    await fake.waitForCallback(interaction.id);
    const record = fake.interaction(interaction.id);
    expect(record).toBeDefined();
    const all = [
      (await fake.waitForCallback(interaction.id)).body,
      ...fake.requests
        .filter((r) => r.method === "POST" && r.path.includes("/webhooks/"))
        .map((r) => r.body),
    ];
    for (const body of all) {
      const embeds = embedsOf(body);
      expect(embeds.length).toBeLessThanOrEqual(10);
      const total = embeds.reduce(
        (n, e) =>
          n + (e.title?.length ?? 0) + (e.description?.length ?? 0) + (e.footer?.text.length ?? 0),
        0,
      );
      expect(total).toBeLessThanOrEqual(6000);
    }
  });

  it("answers a question that mentions the bot with the same command", async () => {
    const { fake } = await startBot();
    fake.sendMessage(
      fake.messageCreate({
        content: `<@${fake.botUser.id}> what did Lavrov say?`,
        mentionsBot: true,
      }),
    );
    const posted = await fake.waitForRequest(
      (r) => r.method === "POST" && /\/channels\/\d+\/messages$/.test(r.path),
      3000,
    );
    expect(embedsOf(posted.body)[0]?.title).toBe(
      "Sergueï Lavrov — ministre russe des Affaires étrangères",
    );
    expect((posted.body as { allowed_mentions: unknown }).allowed_mentions).toEqual({
      parse: [],
      replied_user: false,
    });
  });

  it("keeps a user from flooding: the second briefing within the cooldown is refused privately", async () => {
    const { fake } = await startBot({
      limits: new RequestLimits(
        { cooldownSeconds: 30, perChannelPerMinute: 0, perWorkspacePerMinute: 0 },
        now,
      ),
    });
    const first = fake.slashCommand({ name: "brief", options: { topic: "iran" } });
    fake.sendInteraction(first);
    await fake.waitForCallback(first.id);
    const second = fake.slashCommand({ name: "brief", options: { topic: "iran" } });
    fake.sendInteraction(second);
    const body = (await fake.waitForCallback(second.id)).body as {
      data: { flags: number; content: string };
    };
    expect(body.data.flags & 64).toBe(64);
    expect(body.data.content).toBe("⚠️ please wait 30 s before asking for another briefing");
  });

  it("keeps a channel from flooding: past the per-channel limit, any command is refused privately", async () => {
    const { fake } = await startBot({
      limits: new RequestLimits(
        { cooldownSeconds: 0, perChannelPerMinute: 2, perWorkspacePerMinute: 0 },
        now,
      ),
    });
    const contents: string[] = [];
    for (let i = 0; i < 3; i++) {
      const asked = fake.slashCommand({ name: "topics" });
      fake.sendInteraction(asked);
      const body = (await fake.waitForCallback(asked.id)).body as {
        data: { flags?: number; content?: string };
      };
      contents.push(i < 2 ? "answered" : `${(body.data.flags ?? 0) & 64} ${body.data.content}`);
    }
    expect(contents).toEqual([
      "answered",
      "answered",
      "64 ⚠️ this channel has asked 2 times in the last minute — please wait 60 s",
    ]);
  });

  it("logs a failing REST call with context, apologises privately and keeps answering", async () => {
    const { fake, logs } = await startBot();
    fake.failNext({ method: "POST", pathPattern: /\/callback$/, status: 500, times: 4 });
    const failing = fake.slashCommand({ name: "topics" });
    fake.sendInteraction(failing);
    const apology = await fake.waitForRequest(
      (r) =>
        r.method === "POST" && r.path.includes(`/interactions/${failing.id}/`) && r.status === 204,
      5000,
    );
    expect(apology.body).toMatchObject({
      type: 4,
      data: {
        content: "Sorry — I could not answer this time. Please try again in a moment.",
        flags: 64,
      },
    });
    const error = logs
      .map((l) => JSON.parse(l))
      .find((l) => l.msg === "discord interaction failed");
    expect(error).toMatchObject({
      level: "error",
      platform: "discord",
      command: "topics",
      interaction: failing.id,
    });
    const next = fake.slashCommand({ name: "help" });
    fake.sendInteraction(next);
    expect(((await fake.waitForCallback(next.id)).body as { type: number }).type).toBe(4);
  });

  it("survives a dropped gateway connection and answers after resuming", async () => {
    const { fake } = await startBot();
    fake.closeGateway(4000, "test drop");
    await fake.waitForGatewayFrame(
      (f) => f.direction === "received" && (f.op === 6 || f.op === 2) && f.connection > 1,
      5000,
    );
    const interaction = fake.slashCommand({ name: "help" });
    const deadline = Date.now() + 5000;
    for (;;) {
      try {
        fake.sendInteraction(interaction);
        break;
      } catch (error) {
        if (Date.now() > deadline) throw error;
        await new Promise((r) => setTimeout(r, 50));
      }
    }
    expect(((await fake.waitForCallback(interaction.id)).body as { type: number }).type).toBe(4);
  });
});
