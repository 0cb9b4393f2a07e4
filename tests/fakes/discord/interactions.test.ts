import { type AutocompleteInteraction, MessageFlags, PermissionFlagsBits } from "discord.js";
import { describe, expect, it } from "vitest";
import type { RecordedRequest } from "./fakeDiscord.js";
import { isCallback, nextInteraction, slash, useFakeDiscord } from "./harness.js";

const harness = useFakeDiscord();

describe("fake Discord interactions with the real discord.js client", () => {
  it("delivers a slash command with its options, and an ephemeral reply reaches the callback as type 4", async () => {
    const f = await harness.start();
    const client = await harness.ready(f);
    const { payload, interaction } = await slash(client, f, {
      name: "brief",
      options: { topic: "energy", days: 3 },
    });

    expect(interaction.commandName).toBe("brief");
    expect(interaction.options.getString("topic")).toBe("energy");
    expect(interaction.options.getInteger("days")).toBe(3);
    expect(interaction.guildId).toBe(f.guild.id);
    expect(interaction.channelId).toBe(f.guild.textChannelId);
    expect(interaction.user.id).toBe(f.guild.owner.id);
    await interaction.reply({
      content: "Energy briefing",
      allowedMentions: { parse: [] },
      flags: MessageFlags.Ephemeral,
    });

    const callback = await f.waitForCallback(payload.id);
    expect(callback).toMatchObject({
      auth: "absent",
      status: 204,
      query: { with_response: "false" },
      body: {
        type: 4,
        data: {
          content: "Energy briefing",
          allowed_mentions: { parse: [] },
          flags: MessageFlags.Ephemeral,
        },
      },
    });
    expect(f.interaction(payload.id)?.original).toMatchObject({
      content: "Energy briefing",
      flags: MessageFlags.Ephemeral,
      type: 20,
    });
  });

  it("returns the interaction callback response when asked with withResponse", async () => {
    const f = await harness.start();
    const client = await harness.ready(f);
    const { interaction } = await slash(client, f, { name: "brief" });

    const response = await interaction.reply({ content: "Here you go", withResponse: true });

    expect(response.interaction.id).toBe(interaction.id);
    expect(response.interaction.responseMessageEphemeral).toBe(false);
    expect(response.resource?.message?.content).toBe("Here you go");
    expect(response.resource?.message?.author.id).toBe(f.botUser.id);
  });

  it("turns deferReply then editReply into callback type 5, then PATCH @original with the embeds", async () => {
    const f = await harness.start();
    const client = await harness.ready(f);
    const { payload, interaction } = await slash(client, f, { name: "brief" });

    await interaction.deferReply();
    const edited = await interaction.editReply({
      embeds: [{ title: "Energy", description: "Three stories today." }],
    });

    const calls = f.requests.filter((r) => isCallback(r) || r.path.includes("/webhooks/"));
    expect(calls.map((r) => r.route)).toEqual([
      "POST /interactions/:id/:token/callback",
      "PATCH /webhooks/:appId/:token/messages/:messageId",
    ]);
    expect(calls[0]?.body).toEqual({ type: 5, data: { flags: 0 } });
    expect(calls[1]).toMatchObject({
      auth: "absent",
      status: 200,
      params: { appId: f.applicationId, token: payload.token, messageId: "@original" },
      body: { embeds: [{ title: "Energy", description: "Three stories today." }] },
    });
    expect(edited.embeds[0]?.title).toBe("Energy");
    expect(f.interaction(payload.id)?.original?.flags).toBe(0);
  });

  it("sends files as multipart: payload_json is parsed and the file recorded", async () => {
    const f = await harness.start();
    const client = await harness.ready(f);
    const { payload, interaction } = await slash(client, f, { name: "brief" });

    await interaction.reply({
      content: "Full briefing attached",
      files: [{ attachment: Buffer.from("line one\n"), name: "briefing.txt" }],
    });

    const callback = await f.waitForCallback(payload.id);
    expect(callback.bodyKind).toBe("multipart");
    expect(callback.body).toMatchObject({ type: 4, data: { content: "Full briefing attached" } });
    expect(callback.files).toMatchObject([{ field: "files[0]", name: "briefing.txt", size: 9 }]);
  });

  it("carries the member's and the bot's permissions as given, @everyone's and the bot role's by default", async () => {
    const f = await harness.start();
    const client = await harness.ready(f);
    const plain = await slash(client, f, { name: "subscribe" });
    const manager = await slash(client, f, {
      name: "subscribe",
      userId: "400000000000000001",
      memberPermissions: PermissionFlagsBits.ViewChannel | PermissionFlagsBits.ManageChannels,
      appPermissions: PermissionFlagsBits.SendMessages,
    });

    expect(plain.interaction.memberPermissions?.has(PermissionFlagsBits.ManageChannels)).toBe(
      false,
    );
    expect(plain.interaction.appPermissions.has(PermissionFlagsBits.ManageMessages)).toBe(true);
    expect(manager.interaction.memberPermissions?.has(PermissionFlagsBits.ManageChannels)).toBe(
      true,
    );
    expect(manager.payload.member?.permissions).toBe("1040");
    expect(manager.payload.app_permissions).toBe("2048");
    await Promise.all([plain, manager].map(({ interaction }) => interaction.reply("ok")));
  });

  it("answers autocomplete: respond() reaches callback type 8 with the choices", async () => {
    const f = await harness.start();
    const client = await harness.ready(f);
    const payload = f.autocomplete({ name: "brief", focused: "topic", value: "ene" });
    const arrived = nextInteraction(client);
    f.sendInteraction(payload);
    const interaction = (await arrived) as AutocompleteInteraction;

    expect(interaction.isAutocomplete()).toBe(true);
    expect(interaction.options.getFocused(true)).toMatchObject({ name: "topic", value: "ene" });
    await interaction.respond([{ name: "Energy", value: "energy" }]);

    const callback = await f.waitForCallback(payload.id);
    expect(callback.status).toBe(204);
    expect(callback.body).toEqual({
      type: 8,
      data: { choices: [{ name: "Energy", value: "energy" }] },
    });
  });

  it("rejects what Discord rejects: a 2001-character reply, a second ack, a late ack", async () => {
    const f = await harness.start({ interactionDeadlineMs: 100 });
    const client = await harness.ready(f);
    const first = await slash(client, f, { name: "brief" });

    await expect(first.interaction.reply("x".repeat(2001))).rejects.toMatchObject({
      status: 400,
      code: 50035,
      rawError: { errors: { data: { content: { _errors: [{ code: "BASE_TYPE_MAX_LENGTH" }] } } } },
    });
    await first.interaction.reply("ok");
    first.interaction.replied = false;
    await expect(first.interaction.reply("again")).rejects.toMatchObject({
      status: 400,
      code: 40060,
    });

    const late = await slash(client, f, { name: "brief" });
    await new Promise((resolve) => setTimeout(resolve, 150));
    await expect(late.interaction.reply("too late")).rejects.toMatchObject({
      status: 404,
      code: 10062,
    });
  });

  it("retries a 429 on the callback after Retry-After, and the reply still arrives", async () => {
    const f = await harness.start();
    const client = await harness.ready(f);
    f.failNext({
      method: "POST",
      pathPattern: "/interactions/:id/:token/callback",
      status: 429,
      retryAfterSeconds: 0.2,
    });
    const { payload, interaction } = await slash(client, f, { name: "brief" });

    await interaction.reply({ content: "after the limit" });

    const attempts = f.requests.filter(isCallback);
    expect(attempts.map((r) => r.status)).toEqual([429, 204]);
    expect(attempts[0]?.fault).toEqual({ status: 429, retryAfterSeconds: 0.2, global: false });
    const [limited, accepted] = attempts as [RecordedRequest, RecordedRequest];
    expect(accepted.at - limited.at).toBeGreaterThanOrEqual(200);
    expect((await f.waitForCallback(payload.id)).body).toMatchObject({
      data: { content: "after the limit" },
    });
  });

  it("retries a single 500 silently; four in a row surface as an HTTPError", async () => {
    const f = await harness.start();
    const client = await harness.ready(f);
    const pathPattern = /^\/interactions\//;
    f.failNext({ pathPattern, status: 500 });
    const first = await slash(client, f, { name: "brief" });
    await first.interaction.reply("fine");
    expect(f.requests.filter(isCallback).map((r) => r.status)).toEqual([500, 204]);

    f.failNext({ pathPattern, status: 500, times: 4 });
    const second = await slash(client, f, { name: "brief" });
    await expect(second.interaction.reply("lost")).rejects.toMatchObject({
      name: "HTTPError",
      status: 500,
    });
  });

  it("lets a follow-up after deferReply fill the placeholder, then deleteReply remove it", async () => {
    const f = await harness.start();
    const client = await harness.ready(f);
    const { payload, interaction } = await slash(client, f, { name: "brief" });

    await interaction.deferReply({ flags: MessageFlags.Ephemeral });
    const followUp = await interaction.followUp({ content: "Done" });
    expect(followUp.id).toBe(f.interaction(payload.id)?.original?.id);
    expect(f.interaction(payload.id)?.original).toMatchObject({
      content: "Done",
      flags: MessageFlags.Ephemeral,
    });
    await interaction.deleteReply();

    expect(f.requests.at(-2)).toMatchObject({
      route: "POST /webhooks/:appId/:token",
      query: { wait: "true" },
    });
    expect(f.requests.at(-1)).toMatchObject({ method: "DELETE", status: 204 });
    expect(f.interaction(payload.id)?.original).toBeNull();
  });
});
