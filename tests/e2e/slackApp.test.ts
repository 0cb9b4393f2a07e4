import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { request } from "node:http";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterEach, describe, expect, it } from "vitest";
import { SLACK_LIMITS } from "../../src/adapters/slack/blocks.js";
import { MAX_SLACK_BODY_BYTES } from "../../src/adapters/slack/limitedBody.js";
import { type RunningSlackApp, startSlackApp } from "../../src/adapters/slack/listen.js";
import { loadEngine } from "../../src/app.js";
import { Secret } from "../../src/config/secret.js";
import type { CorpusIndex } from "../../src/index/corpusIndex.js";
import { createLogger } from "../../src/log/logger.js";
import { extractiveSummarizer as summarizer } from "../../src/summarize/extractiveSummarizer.js";
import { FakeSlack } from "../fakes/slack/fakeSlack.js";
import { bundled, CONFIG_DIR } from "../helpers/engine.js";

const now = () => new Date("2026-01-15T08:00:00Z");
const fakes: FakeSlack[] = [];
const apps: RunningSlackApp[] = [];
const dirs: string[] = [];
afterEach(async () => {
  await Promise.all(apps.splice(0).map((a) => a.stop()));
  await Promise.all(fakes.splice(0).map((f) => f.stop()));
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

async function start(index?: CorpusIndex) {
  const fake = await FakeSlack.start();
  fakes.push(fake);
  const logs: string[] = [];
  const idx = index ?? (await bundled()).index;
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
      index: async () => idx,
      summarizer,
      logger: createLogger({ level: "debug", format: "json", write: (l) => logs.push(l), now }),
      limits: null,
      now,
    },
  );
  apps.push(running);
  const sender = fake.client(`http://127.0.0.1:${running.port}/slack/events`);
  return { fake, sender, logs };
}

type Block = { type: string; text?: { text: string }; elements?: { text: string }[] };

function allText(blocks: readonly Block[]): string {
  return blocks
    .map((b) => b.text?.text ?? (b.elements ?? []).map((e) => e.text).join("\n"))
    .join("\n");
}

/** A raw HTTP exchange with the app: status and whether the server kept reading. */
function rawPost(
  port: number,
  headers: Record<string, string>,
  body: (write: (chunk: Buffer) => boolean) => void,
): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = request(
      { host: "127.0.0.1", port, path: "/slack/events", method: "POST", headers },
      (res) => {
        res.resume();
        resolve(res.statusCode ?? 0);
      },
    );
    req.on("error", (error) => {
      // The server may close the connection while the client is still sending: also a refusal.
      if ((error as NodeJS.ErrnoException).code === "EPIPE" || /ECONNRESET/.test(String(error)))
        resolve(-1);
      else reject(error);
    });
    body((chunk) => req.write(chunk));
    req.end();
  });
}

describe("Slack HTTP server: bodies are bounded before the signature check", () => {
  it("refuses a declared 300 MB unsigned body with 413 without reading it, and keeps serving", async () => {
    const { fake, sender } = await start();
    const port = Number(new URL(sender.url).port);
    const status = await rawPost(
      port,
      { "content-type": "application/json", "content-length": String(300 * 1024 * 1024) },
      (write) => write(Buffer.alloc(64 * 1024, 120)),
    );
    expect([413, -1]).toContain(status);
    const responseUrl = fake.responseUrl();
    const delivery = await sender.slashCommand({ command: "/topics", text: "", responseUrl });
    expect(delivery.status).toBe(200);
  });

  it("cuts a chunked body as soon as it passes the limit", async () => {
    const { sender } = await start();
    const port = Number(new URL(sender.url).port);
    let written = 0;
    const status = await rawPost(
      port,
      { "content-type": "application/json", "transfer-encoding": "chunked" },
      (write) => {
        for (let i = 0; i < 64; i++) {
          write(Buffer.alloc(16 * 1024, 120));
          written += 16 * 1024;
        }
      },
    );
    expect(written).toBe(MAX_SLACK_BODY_BYTES * 4);
    expect([413, -1]).toContain(status);
  });
});

describe("Slack adapter against a Slack stand-in", () => {
  it("acknowledges /brief geneva in time and answers with valid blocks and sources", async () => {
    const { fake, sender, logs } = await start();
    const responseUrl = fake.responseUrl();
    const delivery = await sender.slashCommand({ command: "/brief", text: "geneva", responseUrl });
    expect(delivery.status).toBe(200);
    expect(delivery.ackMs).toBeLessThan(3000);
    const response = await fake.waitForResponse(responseUrl, 3000);
    expect(response.status).toBe(200);
    expect(response.responseType).toBe("in_channel");
    const blocks = (response.blocks ?? []) as Block[];
    expect(blocks[0]).toEqual({
      type: "header",
      text: { type: "plain_text", text: "US–Russia talks in Geneva", emoji: true },
    });
    expect(allText(blocks)).toMatch(/\*Sources\* · 2022-01-07 to 2022-01-21, 1 undated\n\[1\] /);
    expect(logs.map((l) => JSON.parse(l)).find((l) => l.msg === "command")).toMatchObject({
      command: "brief",
      platform: "slack",
      outcome: "ok",
    });
    expect(logs.join("")).not.toContain(fake.botToken);
    expect(logs.join("")).not.toContain(fake.signingSecret);
  });

  it("answers /official Bliken for Antony Blinken", async () => {
    const { fake, sender } = await start();
    const responseUrl = fake.responseUrl();
    await sender.slashCommand({ command: "/official", text: "Bliken", responseUrl });
    const response = await fake.waitForResponse(responseUrl, 3000);
    expect((response.blocks as Block[])[0]?.text?.text).toBe(
      "Antony Blinken — secrétaire d'État américain",
    );
  });

  it("answers an unknown topic ephemerally with the suggestion", async () => {
    const { fake, sender } = await start();
    const responseUrl = fake.responseUrl();
    await sender.slashCommand({ command: "/brief", text: "natoo", responseUrl });
    const response = await fake.waitForResponse(responseUrl, 3000);
    expect(response.responseType).toBe("ephemeral");
    expect(response.text).toBe(":warning: unknown topic 'natoo' — did you mean nato-unity?");
  });

  it("rejects a bad signature and a timestamp older than five minutes, without replying", async () => {
    const { fake, sender } = await start();
    const url1 = fake.responseUrl();
    const bad = await sender.slashCommand(
      { command: "/brief", text: "geneva", responseUrl: url1 },
      { signature: "corrupt" },
    );
    const url2 = fake.responseUrl();
    const old = await sender.slashCommand(
      { command: "/brief", text: "geneva", responseUrl: url2 },
      { ageSeconds: 6 * 60 },
    );
    expect([bad.status, old.status]).toEqual([401, 401]);
    await new Promise((r) => setTimeout(r, 300));
    expect(fake.responses(url1)).toEqual([]);
    expect(fake.responses(url2)).toEqual([]);
    expect(fake.calls("chat.postMessage")).toEqual([]);
  });

  it("escapes corpus text containing <!channel> and <@U123>", async () => {
    const dir = mkdtempSync(join(tmpdir(), "briefbot-slack-"));
    dirs.push(dir);
    writeFileSync(
      join(dir, "ping.txt"),
      "Les alliés de l'OTAN ont alerté <!channel> et <@U123> face à la Russie lors du sommet de Bruxelles mardi soir.\n\nLe secrétaire général de l'OTAN, Jens Stoltenberg, a défendu l'unité des alliés face à la Russie à Bruxelles.",
    );
    const index = await loadEngine({ corpusDir: dir, configDir: CONFIG_DIR });
    const { fake, sender } = await start(index);
    const responseUrl = fake.responseUrl();
    await sender.slashCommand({ command: "/brief", text: "nato", responseUrl });
    const text = allText((await fake.waitForResponse(responseUrl, 3000)).blocks as Block[]);
    expect(text).toContain("&lt;!channel&gt; et &lt;@U123&gt;");
    expect(text).not.toMatch(/<!channel>|<@U123>/);
  });

  it("answers /officials on a large corpus in one response within Slack's limits: the 25 most mentioned and how many more", async () => {
    // Everyone named in 200 OrangeSum articles: far more than one message holds.
    const index = await loadEngine({
      corpusDir: fileURLToPath(new URL("../../bench/data", import.meta.url)),
      configDir: CONFIG_DIR,
    });
    const { fake, sender } = await start(index);
    const responseUrl = fake.responseUrl();
    await sender.slashCommand({ command: "/officials", text: "", responseUrl });
    await fake.waitForResponses(responseUrl, 1, 5000);
    await new Promise((r) => setTimeout(r, 300));
    const all = fake.responses(responseUrl);
    expect(all).toHaveLength(1);
    const blocks = (all[0]?.blocks ?? []) as Block[];
    expect(all[0]?.status).toBe(200);
    expect(blocks.length).toBeLessThanOrEqual(SLACK_LIMITS.blocksPerMessage);
    expect(allText(blocks).length).toBeLessThanOrEqual(SLACK_LIMITS.messageText);
    const lines = blocks.flatMap((b) =>
      b.type === "section" ? (b.text?.text.split("\n") ?? []) : [],
    );
    const named = index.officials.people.filter((p) => index.officials.mentions.has(p.id)).length;
    expect(lines).toHaveLength(26);
    expect(lines[25]).toBe(
      `…and ${named - 25} more — ask /officials with a topic, or /official &lt;name&gt; for one person`,
    );
  }, 30_000);

  it("answers an app_mention about Lavrov in the thread, retrying a 429 after Retry-After", async () => {
    const { fake, sender } = await start();
    fake.failNext({ method: "chat.postMessage", status: 429, retryAfterSeconds: 1 });
    const sent = Date.now();
    const delivery = await sender.appMention({
      text: "<@BOT> what did Lavrov say?",
      ts: "1700000000.000100",
    });
    expect(delivery.status).toBe(200);
    const calls = await fake.waitForCalls("chat.postMessage", 2, undefined, 8000);
    expect(calls.map((c) => c.status)).toEqual([429, 200]);
    expect(Date.now() - sent).toBeGreaterThanOrEqual(1000);
    const args = calls[1]?.args as { thread_ts: string; blocks: Block[] | string };
    expect(args.thread_ts).toBe("1700000000.000100");
    const blocks = (
      typeof args.blocks === "string" ? JSON.parse(args.blocks) : args.blocks
    ) as Block[];
    expect(blocks[0]?.text?.text).toBe("Sergueï Lavrov — ministre russe des Affaires étrangères");
  });

  it("answers a direct message with the same command", async () => {
    const { fake, sender } = await start();
    await sender.directMessage({ text: "briefing on Iran" });
    const call = await fake.waitForCall("chat.postMessage", undefined, 3000);
    const raw = (call.args as { blocks: Block[] | string }).blocks;
    const blocks = (typeof raw === "string" ? JSON.parse(raw) : raw) as Block[];
    expect(blocks[0]?.text?.text).toBe("Iran nuclear talks");
  });
});

describe("a signed Slack request whose body is not an object", () => {
  it("a JSON body of null or a form payload of 42 is refused with 400 and a log line, and the app still answers", async () => {
    const { fake, sender, logs } = await start();
    const bad = await sender.postJson(null as unknown as object);
    const form = await sender.postForm({ payload: "42" });
    expect([bad.status, form.status]).toEqual([400, 400]);
    const refused = logs.map((l) => JSON.parse(l)).filter((l) => l.msg.includes("refused"));
    expect(refused).toEqual([
      {
        time: "2026-01-15T08:00:00.000Z",
        level: "warn",
        msg: "slack request refused: its body is not an object",
        platform: "slack",
        found: "null",
      },
      {
        time: "2026-01-15T08:00:00.000Z",
        level: "warn",
        msg: "slack request refused: its body is not an object",
        platform: "slack",
        found: "a number",
      },
    ]);
    // Still serving, signatures still checked.
    const responseUrl = fake.responseUrl();
    const ok = await sender.slashCommand({ command: "/brief", text: "geneva", responseUrl });
    expect(ok.status).toBe(200);
    expect((await fake.waitForResponse(responseUrl, 3000)).status).toBe(200);
    const unsigned = await sender.postJson(null as unknown as object, { signature: "corrupt" });
    expect(unsigned.status).toBe(401);
  });
});
