import { App, type webApi } from "@slack/bolt";
import { describe, expect, it, vi } from "vitest";
import { boltOptions, useFakeSlack } from "./harness.js";

const harness = useFakeSlack();

const briefBlocks = [
  { type: "header", text: { type: "plain_text", text: "Geneva" } },
  { type: "section", text: { type: "mrkdwn", text: "*Talks resume* on Monday." } },
  {
    type: "context",
    elements: [{ type: "mrkdwn", text: "Source: <https://example.org|Example>" }],
  },
];

describe("fake Slack with a real Bolt app", () => {
  it("acknowledges a signed /brief at once and respond() reaches the response_url with blocks", async () => {
    const { app, slack, sender } = await harness.startApp();
    const seen: string[] = [];
    app.command("/brief", async ({ command, ack, respond }) => {
      await ack();
      seen.push(command.text);
      await respond({ response_type: "in_channel", text: "Geneva briefing", blocks: briefBlocks });
    });

    const delivery = await sender.slashCommand({ command: "/brief", text: "geneva" });
    const post = await slack.waitForResponse(delivery.payload.response_url ?? "");

    expect(delivery.status).toBe(200);
    expect(delivery.body).toBe("");
    expect(delivery.ackMs).toBeLessThan(1_000);
    expect(seen).toEqual(["geneva"]);
    expect(post).toMatchObject({
      use: 1,
      status: 200,
      error: null,
      responseType: "in_channel",
      text: "Geneva briefing",
      blocks: briefBlocks,
    });
    expect(Object.keys(delivery.payload)).toEqual([
      "token",
      "team_id",
      "team_domain",
      "channel_id",
      "channel_name",
      "user_id",
      "user_name",
      "command",
      "text",
      "api_app_id",
      "is_enterprise_install",
      "response_url",
      "trigger_id",
    ]);
  });

  it("answers an app_mention in its thread with chat.postMessage on the fake Web API", async () => {
    const { app, slack, sender } = await harness.startApp();
    app.event("app_mention", async ({ event, client }) => {
      await client.chat.postMessage({ channel: event.channel, thread_ts: event.ts, text: "x" });
    });

    const delivery = await sender.appMention();
    const call = await slack.waitForCall("chat.postMessage");

    expect(delivery.status).toBe(200);
    expect(delivery.payload.event.text).toBe(`<@${slack.world.bot.id}> what did Lavrov say?`);
    expect(call).toMatchObject({
      encoding: "form",
      auth: "valid",
      tokenSource: "header",
      status: 200,
      args: {
        channel: slack.world.channel.id,
        thread_ts: delivery.payload.event.ts,
        text: "x",
        // Bolt gives the listener's client the event's team id, and web-api sends it along.
        team_id: slack.world.team.id,
      },
    });
    expect(slack.messages(slack.world.channel.id)).toMatchObject([
      { text: "x", threadTs: delivery.payload.event.ts, user: slack.world.bot.id },
    ]);
  });

  it("delivers a direct message (channel_type im) to app.message and ignores the bot's own", async () => {
    const { app, slack, sender } = await harness.startApp();
    const heard: string[] = [];
    app.message(async ({ message }) => {
      if ("text" in message && typeof message.text === "string") heard.push(message.text);
    });

    const own = await sender.directMessage({ text: "echo", userId: slack.world.bot.id });
    const theirs = await sender.directMessage({ text: "what about Kyiv?" });

    expect([own.status, theirs.status]).toEqual([200, 200]);
    expect(theirs.payload.event).toMatchObject({ channel: slack.world.im.id, channel_type: "im" });
    await vi.waitFor(() => expect(heard).toEqual(["what about Kyiv?"]));
  });

  it("rejects a corrupted or missing signature with 401 and never runs the listener", async () => {
    const { app, slack, sender } = await harness.startApp();
    const listener = vi.fn(async ({ ack }: { ack: () => Promise<void> }) => ack());
    app.command("/brief", listener);

    const corrupted = await sender.slashCommand({ command: "/brief" }, { signature: "corrupt" });
    const missing = await sender.slashCommand({ command: "/brief" }, { signature: "missing" });
    const wrongSecret = await sender.appMention({}, { signingSecret: "not-the-secret" });

    expect([corrupted.status, missing.status, wrongSecret.status]).toEqual([401, 401, 401]);
    expect(listener).not.toHaveBeenCalled();
    expect(slack.responses()).toEqual([]);
  });

  it("rejects a request signed 6 minutes ago with 401, and accepts one 4 minutes old", async () => {
    const { app, sender } = await harness.startApp();
    app.command("/brief", async ({ ack }) => ack());

    const stale = await sender.slashCommand({ command: "/brief" }, { ageSeconds: 360 });
    const recent = await sender.slashCommand({ command: "/brief" }, { ageSeconds: 240 });

    expect(stale.status).toBe(401);
    expect(recent.status).toBe(200);
  });

  it("echoes the challenge of a signed url_verification", async () => {
    const { sender } = await harness.startApp();

    const delivery = await sender.urlVerification(
      "3eZbrw1aBm2rZgRNFdxV2595E9CY3gmdALWMmHkvFXO7tYXAYM8P",
    );

    expect(delivery.status).toBe(200);
    expect(delivery.json).toEqual({
      challenge: "3eZbrw1aBm2rZgRNFdxV2595E9CY3gmdALWMmHkvFXO7tYXAYM8P",
    });
  });

  it("retries chat.postMessage after a 429 with Retry-After: 1, and the retry succeeds", async () => {
    const { app, slack, sender } = await harness.startApp();
    const posted: Promise<webApi.ChatPostMessageResponse>[] = [];
    app.event("app_mention", async ({ event, client }) => {
      posted.push(client.chat.postMessage({ channel: event.channel, text: "after the limit" }));
    });
    slack.failNext({ method: "chat.postMessage", status: 429, retryAfterSeconds: 1 });

    await sender.appMention();
    const [limited, retried] = await slack.waitForCalls("chat.postMessage", 2, undefined, 6_000);

    expect(limited).toMatchObject({ status: 429, fault: { retryAfterSeconds: 1 } });
    expect(retried).toMatchObject({ status: 200, fault: null, args: { text: "after the limit" } });
    expect((retried?.at ?? 0) - (limited?.at ?? 0)).toBeGreaterThanOrEqual(1_000);
    await expect(posted[0]).resolves.toMatchObject({ ok: true, channel: slack.world.channel.id });
    expect(slack.calls("chat.postMessage")).toHaveLength(2);
  });

  it("surfaces an injected ok:false at once as a platform error, without retrying", async () => {
    const { app, slack, sender } = await harness.startApp();
    const failures: unknown[] = [];
    app.event("app_mention", async ({ event, client }) => {
      await client.chat
        .postMessage({ channel: event.channel, text: "x" })
        .catch((error: unknown) => failures.push(error));
    });
    slack.failNext({ method: "chat.postMessage", error: "channel_not_found" });

    await sender.appMention();
    await vi.waitFor(() => expect(failures).toHaveLength(1));

    expect(failures[0]).toMatchObject({
      code: "slack_webapi_platform_error",
      data: { ok: false, error: "channel_not_found" },
    });
    expect(slack.calls("chat.postMessage")).toHaveLength(1);
  });

  it("auth.test is the only call at initialisation, made with the bot token", async () => {
    const { slack } = await harness.startApp();

    expect(slack.calls().map((c) => c.method)).toEqual(["auth.test"]);
    expect(slack.calls("auth.test")[0]).toMatchObject({
      token: slack.botToken,
      tokenSource: "header",
      auth: "valid",
      args: { token: slack.botToken },
      response: { ok: true, user_id: slack.world.bot.id, bot_id: slack.world.bot.botId },
    });
  });

  it("without deferInitialization, the App constructor calls auth.test and listeners get its ids", async () => {
    const { app, slack, sender } = await harness.startApp({ app: { deferInitialization: false } });
    const botUserIds: unknown[] = [];
    app.command("/brief", async ({ ack, context }) => {
      botUserIds.push(context.botUserId);
      await ack();
    });

    const call = await slack.waitForCall("auth.test");
    await sender.slashCommand({ command: "/brief" });

    expect(call.token).toBe(slack.botToken);
    expect(botUserIds).toEqual([slack.world.bot.id]);
    expect(slack.calls("auth.test")).toHaveLength(1);
  });

  it("respond() with 51 blocks is refused with 400 invalid_blocks, so the listener sees it fail", async () => {
    const { app, slack, sender } = await harness.startApp();
    const failures: unknown[] = [];
    const tooMany = Array.from({ length: 51 }, () => ({ type: "divider" }));
    app.command("/brief", async ({ ack, respond }) => {
      await ack();
      await respond({ text: "long", blocks: tooMany }).catch((e: unknown) => failures.push(e));
    });

    const delivery = await sender.slashCommand({ command: "/brief" });
    const post = await slack.waitForResponse(delivery.payload.response_url ?? "");

    expect(post).toMatchObject({ status: 400, error: "invalid_blocks", responseType: "ephemeral" });
    await vi.waitFor(() => expect(failures).toHaveLength(1));
    expect(failures[0]).toMatchObject({ response: { status: 400 } });
  });

  it("a wrong bot token makes app.init() reject with invalid_auth", async () => {
    const slack = await harness.start();
    const app = new App(boltOptions(slack, { token: "xoxb-0-0-wrong", deferInitialization: true }));

    await expect(app.init()).rejects.toMatchObject({ data: { error: "invalid_auth" } });
    expect(slack.calls("auth.test")[0]).toMatchObject({ auth: "invalid", status: 200 });
  });
});
