import { App, type Logger, LogLevel } from "@slack/bolt";
import { describe, expect, it } from "vitest";
import { WebSocket } from "ws";
import { boltOptions, useFakeSlack } from "./harness.js";

const harness = useFakeSlack();

const briefBlocks = [
  { type: "header", text: { type: "plain_text", text: "Geneva" } },
  { type: "section", text: { type: "mrkdwn", text: "*Talks resume* on Monday." } },
];

/** Opens a raw WebSocket on `url` and resolves with its first message, or rejects on its error. */
function firstMessage(url: string): Promise<{ socket: WebSocket; message: unknown }> {
  return new Promise((resolve, reject) => {
    const socket = new WebSocket(url);
    socket.once("message", (data) => resolve({ socket, message: JSON.parse(String(data)) }));
    socket.once("error", reject);
  });
}

/** A Bolt logger that keeps error lines instead of printing them. */
function capturingLogger(errors: string[]): Logger {
  return {
    debug: () => {},
    info: () => {},
    warn: () => {},
    error: (...msg) => {
      errors.push(msg.map(String).join(" "));
    },
    setLevel: () => {},
    getLevel: () => LogLevel.ERROR,
    setName: () => {},
  };
}

async function openConnection(apiUrl: string, token: string): Promise<Record<string, unknown>> {
  const res = await fetch(`${apiUrl}apps.connections.open`, {
    method: "POST",
    headers: { authorization: `Bearer ${token}` },
  });
  return (await res.json()) as Record<string, unknown>;
}

describe("fake Slack in Socket Mode with a real Bolt app", () => {
  it("Bolt opens its WebSocket through apps.connections.open with the app token", async () => {
    const { slack } = await harness.startSocketApp();

    expect(slack.appToken).toMatch(
      new RegExp(`^xapp-1-${slack.world.appId}-\\d{13}-[0-9a-f]{64}$`),
    );
    expect(slack.socketConnections).toBe(1);
    expect(slack.calls().map((c) => c.method)).toEqual(["auth.test", "apps.connections.open"]);
    const [open] = slack.calls("apps.connections.open");
    expect(open).toMatchObject({ auth: "valid", tokenSource: "header", token: slack.appToken });
    expect((open?.response as { url?: string } | undefined)?.url).toMatch(
      new RegExp(`^ws://127\\.0\\.0\\.1:${slack.port}/link/\\?ticket=[0-9a-f-]{36}&app_id=A`),
    );
    expect(slack.socketConnectionChanges()).toMatchObject([
      { change: "open", connectionId: 1, connections: 1 },
    ]);
  });

  it("acknowledges a slash command envelope at once and respond() reaches the response_url", async () => {
    const { app, slack } = await harness.startSocketApp();
    const seen: string[] = [];
    app.command("/brief", async ({ command, ack, respond }) => {
      await ack();
      seen.push(command.text);
      await respond({ response_type: "in_channel", text: "Geneva briefing", blocks: briefBlocks });
    });
    const responseUrl = slack.responseUrl();

    const envelopeId = slack.socketSlashCommand({ command: "/brief", text: "geneva", responseUrl });
    const ack = await slack.waitForAck(envelopeId);
    const post = await slack.waitForResponse(responseUrl);

    expect(ack).toMatchObject({ envelopeId, type: "slash_commands", payload: {} });
    expect(ack.ackMs).toBeLessThan(1_000);
    expect(seen).toEqual(["geneva"]);
    expect(post).toMatchObject({
      status: 200,
      responseType: "in_channel",
      text: "Geneva briefing",
      blocks: briefBlocks,
    });
  });

  it("records the message an ack carries as the ack's payload", async () => {
    const { app, slack } = await harness.startSocketApp();
    app.command("/brief", async ({ ack }) => {
      await ack({ response_type: "ephemeral", text: "Working on it…" });
    });

    const envelopeId = slack.socketSlashCommand({ command: "/brief", text: "nato" });

    expect((await slack.waitForAck(envelopeId)).payload).toEqual({
      response_type: "ephemeral",
      text: "Working on it…",
    });
  });

  it("delivers an app_mention to its listener, acks it, and the reply reaches the Web API", async () => {
    const { app, slack } = await harness.startSocketApp();
    const seen: { text: string; retryNum: number | undefined }[] = [];
    app.event("app_mention", async ({ event, client, context }) => {
      seen.push({ text: event.text, retryNum: context.retryNum });
      await client.chat.postMessage({ channel: event.channel, thread_ts: event.ts, text: "x" });
    });

    const envelopeId = slack.socketAppMention({ ts: "1700000000.000100" });
    const ack = await slack.waitForAck(envelopeId);
    const call = await slack.waitForCall("chat.postMessage");

    expect(ack).toMatchObject({ type: "events_api", payload: {} });
    expect(seen).toEqual([{ text: `<@${slack.world.bot.id}> what did Lavrov say?`, retryNum: 0 }]);
    expect(call.args).toMatchObject({
      channel: slack.world.channel.id,
      thread_ts: "1700000000.000100",
      text: "x",
    });
  });

  it("passes a redelivery's retry_attempt and retry_reason to Bolt's context", async () => {
    const { app, slack } = await harness.startSocketApp();
    const seen: unknown[] = [];
    app.message(async ({ context }) => {
      seen.push([context.retryNum, context.retryReason]);
    });

    const envelopeId = slack.socketEvent(
      {
        type: "message",
        user: slack.world.human.id,
        text: "hello",
        ts: "1700000000.000200",
        channel: slack.world.im.id,
        channel_type: "im",
      },
      { retry: { attempt: 1, reason: "timeout" } },
    );
    await slack.waitForAck(envelopeId);

    await expect.poll(() => seen).toEqual([[1, "timeout"]]);
  });

  it("app.stop() closes the socket with code 1000; envelopes then have nowhere to go", async () => {
    const { app, slack } = await harness.startSocketApp();

    await app.stop();
    await slack.waitForSocketConnections(0);

    expect(slack.socketConnections).toBe(0);
    expect(slack.socketConnectionChanges().map((c) => [c.change, c.code])).toEqual([
      ["open", null],
      ["close", 1000],
    ]);
    expect(slack.calls("apps.connections.open")).toHaveLength(1);
    expect(() => slack.socketAppMention()).toThrow(/no Socket Mode connection/);
  });

  it("a wrong app token makes app.start() reject with invalid_auth and opens no socket", async () => {
    const slack = await harness.start();
    const errors: string[] = [];
    const app = new App(
      boltOptions(slack, {
        socketMode: true,
        appToken: "xapp-1-A0-1-bad",
        deferInitialization: true,
        logger: capturingLogger(errors),
      }),
    );
    await app.init();

    await expect(app.start()).rejects.toMatchObject({ data: { error: "invalid_auth" } });
    expect(errors).toEqual([
      expect.stringMatching(/Failed to retrieve a new WSS URL.*invalid_auth/),
    ]);
    expect(slack.calls("apps.connections.open")).toMatchObject([
      { auth: "invalid", token: "xapp-1-A0-1-bad", response: { ok: false, error: "invalid_auth" } },
    ]);
    expect(slack.socketConnections).toBe(0);
  });

  it("apps.connections.open takes only the app token: the bot token is invalid_auth", async () => {
    const slack = await harness.start();

    expect(await openConnection(slack.apiUrl, slack.botToken)).toEqual({
      ok: false,
      error: "invalid_auth",
    });
    expect(slack.calls("apps.connections.open")[0]?.auth).toBe("invalid");
  });

  it("greets a connection with hello and accepts each ticket once", async () => {
    const slack = await harness.start({ appToken: "xapp-1-A1-2-fixed" });
    expect(slack.appToken).toBe("xapp-1-A1-2-fixed");
    const { url } = (await openConnection(slack.apiUrl, slack.appToken)) as { url: string };

    const { socket, message } = await firstMessage(url);
    const reuse = firstMessage(url);

    expect(message).toEqual({
      type: "hello",
      num_connections: 1,
      debug_info: expect.objectContaining({ approximate_connection_time: 18_060 }),
      connection_info: { app_id: slack.world.appId },
    });
    await expect(reuse).rejects.toThrow(/Unexpected server response: 401/);
    socket.close(1000);
    await slack.waitForSocketConnections(0);
  });
});
