import { afterEach, describe, expect, it } from "vitest";
import { type RunningSlackApp, startSlackApp } from "../../src/adapters/slack/listen.js";
import { Secret } from "../../src/config/secret.js";
import { createLogger } from "../../src/log/logger.js";
import { extractiveSummarizer as summarizer } from "../../src/summarize/extractiveSummarizer.js";
import { FakeSlack } from "../fakes/slack/fakeSlack.js";
import { bundled } from "../helpers/engine.js";

const now = () => new Date("2026-01-15T08:00:00Z");
const fakes: FakeSlack[] = [];
const apps: RunningSlackApp[] = [];
afterEach(async () => {
  await Promise.all(apps.splice(0).map((a) => a.stop()));
  await Promise.all(fakes.splice(0).map((f) => f.stop()));
});

type Block = { type: string; text?: { text: string } };

async function fakeSlack(): Promise<FakeSlack> {
  const fake = await FakeSlack.start();
  fakes.push(fake);
  return fake;
}

/** briefbot's Slack adapter in Socket Mode (no signing secret, no port) against `fake`. */
async function startAdapter(fake: FakeSlack, logs: string[], appToken = fake.appToken) {
  const { index } = await bundled();
  const running = await startSlackApp(
    {
      botToken: new Secret(fake.botToken),
      signingSecret: null,
      appToken: new Secret(appToken),
      port: 0,
      host: "127.0.0.1",
      apiUrl: fake.apiUrl,
    },
    {
      index: async () => index,
      summarizer,
      logger: createLogger({ level: "debug", format: "json", write: (l) => logs.push(l), now }),
      limits: null,
      now,
    },
  );
  apps.push(running);
  return running;
}

async function start() {
  const fake = await fakeSlack();
  const logs: string[] = [];
  return { fake, logs, running: await startAdapter(fake, logs) };
}

function blocksOf(args: Readonly<Record<string, unknown>>): Block[] {
  const raw = args.blocks;
  return (typeof raw === "string" ? JSON.parse(raw) : raw) as Block[];
}

describe("Slack adapter in Socket Mode against a Slack stand-in", () => {
  it("acks /brief geneva within 3 s and answers at the response_url with the briefing", async () => {
    const { fake, running, logs } = await start();
    expect(running.port).toBeNull();
    expect(fake.socketConnections).toBe(1);
    const responseUrl = fake.responseUrl();

    const envelopeId = fake.socketSlashCommand({ command: "/brief", text: "geneva", responseUrl });
    const ack = await fake.waitForAck(envelopeId, 3000);
    const response = await fake.waitForResponse(responseUrl, 3000);

    expect(ack).toMatchObject({ type: "slash_commands", payload: {} });
    expect(ack.ackMs).toBeLessThan(3000);
    expect(response).toMatchObject({ status: 200, responseType: "in_channel" });
    expect((response.blocks as Block[])[0]).toEqual({
      type: "header",
      text: { type: "plain_text", text: "US–Russia talks in Geneva", emoji: true },
    });
    const lines = logs.map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(lines.find((l) => l.msg === "slack connected")).toMatchObject({ mode: "socket" });
    expect(logs.join("")).not.toContain(fake.appToken);
    expect(logs.join("")).not.toContain(fake.botToken);
  });

  it("answers an app_mention about Lavrov in its thread with chat.postMessage", async () => {
    const { fake } = await start();

    const envelopeId = fake.socketAppMention({
      text: `<@${fake.world.bot.id}> what did Lavrov say?`,
      ts: "1700000000.000100",
    });
    const ack = await fake.waitForAck(envelopeId, 3000);
    const call = await fake.waitForCall("chat.postMessage", undefined, 3000);

    expect(ack.type).toBe("events_api");
    expect(call).toMatchObject({
      status: 200,
      args: { channel: fake.world.channel.id, thread_ts: "1700000000.000100" },
    });
    expect(blocksOf(call.args)[0]?.text?.text).toBe(
      "Sergueï Lavrov — ministre russe des Affaires étrangères",
    );
  });

  it("answers a direct message over the socket", async () => {
    const { fake } = await start();

    fake.socketDirectMessage({ text: "briefing on Iran" });
    const call = await fake.waitForCall("chat.postMessage", undefined, 3000);

    expect(call.args.channel).toBe(fake.world.im.id);
    expect(blocksOf(call.args)[0]?.text?.text).toBe("Iran nuclear talks");
  });

  it("stop() closes the WebSocket: the stand-in sees no connection left", async () => {
    const { fake, running } = await start();

    await running.stop();
    await fake.waitForSocketConnections(0, 2000);

    expect(fake.socketConnections).toBe(0);
    expect(fake.socketConnectionChanges().at(-1)).toMatchObject({ change: "close", code: 1000 });
  });

  it("a wrong app token makes startSlackApp reject without opening a socket", async () => {
    const fake = await fakeSlack();
    const logs: string[] = [];
    const wrong = "xapp-1-A0000000000-1-wrong";

    await expect(startAdapter(fake, logs, wrong)).rejects.toThrow(
      "Slack rejected SLACK_APP_TOKEN (invalid_auth)",
    );
    expect(fake.calls("apps.connections.open")).toMatchObject([
      { auth: "invalid", token: wrong, response: { ok: false, error: "invalid_auth" } },
    ]);
    expect(fake.socketConnections).toBe(0);
    expect(logs.join("")).not.toContain(wrong);
  });
});
