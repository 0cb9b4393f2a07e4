import { once } from "node:events";
import {
  ApplicationCommandOptionType,
  type ChatInputApplicationCommandData,
  Events,
  GatewayIntentBits,
  type Message,
} from "discord.js";
import { describe, expect, it, vi } from "vitest";
import { useFakeDiscord } from "./harness.js";

const harness = useFakeDiscord();

describe("fake Discord REST with the real discord.js client", () => {
  const definitions: ChatInputApplicationCommandData[] = [
    {
      name: "brief",
      description: "A briefing on one topic",
      options: [
        {
          type: ApplicationCommandOptionType.String,
          name: "topic",
          description: "Topic",
          required: true,
          autocomplete: true,
        },
        { type: ApplicationCommandOptionType.Number, name: "days", description: "How far back" },
      ],
    },
  ];

  it("receives application.commands.set as a bulk-overwrite PUT and echoes the commands with ids", async () => {
    const f = await harness.start();
    const client = await harness.ready(f);

    const global = await client.application.commands.set(definitions);
    const guild = await client.application.commands.set(definitions, f.guild.id);

    const puts = f.requests.filter((r) => r.method === "PUT");
    expect(puts.map((r) => [r.route, r.auth, r.status])).toEqual([
      ["PUT /applications/:appId/commands", "valid", 200],
      ["PUT /applications/:appId/guilds/:guildId/commands", "valid", 200],
    ]);
    expect(puts[0]?.body).toMatchObject([
      { name: "brief", description: "A briefing on one topic" },
    ]);
    expect(global.first()?.id).toBe(f.registeredCommands()[0]?.id);
    expect(guild.first()?.guildId).toBe(f.guild.id);
    // Built payloads use the registered id and the declared option types.
    const payload = f.slashCommand({ name: "brief", options: { topic: "energy", days: 7 } });
    expect(payload.data.id).toBe(f.registeredCommands(f.guild.id)[0]?.id);
    expect(payload.data.options?.[1]).toEqual({
      name: "days",
      type: ApplicationCommandOptionType.Number,
      value: 7,
    });
  });

  it("rejects an invalid command name with Invalid Form Body, as Discord does", async () => {
    const f = await harness.start();
    const client = await harness.ready(f);

    await expect(
      client.application.commands.set([{ name: "Brief Me", description: "x" }]),
    ).rejects.toMatchObject({
      status: 400,
      code: 50035,
      rawError: {
        errors: { "0": { name: { _errors: [{ code: "APPLICATION_COMMAND_INVALID_NAME" }] } } },
      },
    });
  });

  it("delivers a mention with content but blanks other messages without MESSAGE_CONTENT", async () => {
    const f = await harness.start();
    const client = await harness.ready(f, {
      intents: [GatewayIntentBits.Guilds, GatewayIntentBits.GuildMessages],
    });
    const seen: Message[] = [];
    client.on(Events.MessageCreate, (m) => seen.push(m));

    expect(
      f.sendMessage(f.messageCreate({ content: "brief me on energy", mentionsBot: true })),
    ).toBe(1);
    f.sendMessage(f.messageCreate({ content: "just chatting" }));

    await vi.waitFor(() => expect(seen).toHaveLength(2));
    expect(seen[0]?.content).toBe(`<@${f.botUser.id}> brief me on energy`);
    expect(seen[0]?.mentions.users.has(f.botUser.id)).toBe(true);
    expect(seen[0]?.author.id).toBe(f.guild.owner.id);
    expect(seen[1]?.content).toBe("");
  });

  it("does not dispatch guild messages to a client without GUILD_MESSAGES", async () => {
    const f = await harness.start();
    await harness.ready(f);

    expect(f.sendMessage(f.messageCreate({ content: "hello", mentionsBot: true }))).toBe(0);
  });

  it("records channel.send as POST /channels/:id/messages and echoes the bot's own MESSAGE_CREATE", async () => {
    const f = await harness.start();
    const client = await harness.ready(f, {
      intents: [GatewayIntentBits.Guilds, GatewayIntentBits.GuildMessages],
    });
    const channel = client.channels.cache.get(f.guild.textChannelId);
    if (channel === undefined || !channel.isSendable())
      throw new Error("expected a sendable channel");
    const echoed = once(client, Events.MessageCreate);

    const sent = await channel.send({
      embeds: [{ title: "Morning briefing", description: "Energy." }],
    });

    expect(f.requests.at(-1)).toMatchObject({
      route: "POST /channels/:channelId/messages",
      auth: "valid",
      status: 200,
      body: { embeds: [{ title: "Morning briefing", description: "Energy." }] },
    });
    expect(sent.author.id).toBe(f.botUser.id);
    expect(f.channelMessages(f.guild.textChannelId)).toHaveLength(1);
    const [echo] = (await echoed) as [Message];
    expect(echo.id).toBe(sent.id);
    expect(echo.author.bot).toBe(true);
  });

  it("holds every request after a global 429 until Retry-After has passed", async () => {
    const f = await harness.start();
    const client = await harness.ready(f);
    f.failNext({
      pathPattern: "/channels/:channelId/messages",
      status: 429,
      retryAfterSeconds: 0.2,
      global: true,
    });
    const channel = client.channels.cache.get(f.guild.textChannelId);
    if (channel === undefined || !channel.isSendable())
      throw new Error("expected a sendable channel");

    await channel.send("Evening briefing");

    const posts = f.requests.filter((r) => r.route === "POST /channels/:channelId/messages");
    expect(posts.map((r) => r.status)).toEqual([429, 200]);
    expect(posts[0]?.response).toEqual({
      message: "You are being rate limited.",
      retry_after: 0.2,
      global: true,
      code: 0,
    });
    expect((posts[1]?.at ?? 0) - (posts[0]?.at ?? 0)).toBeGreaterThanOrEqual(200);
  });

  it("answers unknown routes with a Discord-style 404 and records them", async () => {
    const f = await harness.start();
    const client = await harness.ready(f);

    await expect(client.rest.get("/guilds/1/bans")).rejects.toMatchObject({ status: 404, code: 0 });
    expect(f.requests.at(-1)).toMatchObject({
      path: "/api/v10/guilds/1/bans",
      route: null,
      status: 404,
      response: { code: 0, message: "404: Not Found" },
    });
  });
});
