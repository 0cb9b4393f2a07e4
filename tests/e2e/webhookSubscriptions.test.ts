import { readFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import {
  type AppConfig,
  createApp,
  loadConfigWebhooks,
  openLiveCorpus,
  readAppConfig,
} from "../../src/app.js";
import { LoopbackReceiver } from "../adapters/webhook/loopbackReceiver.js";
import { cli, makeTempDir, removeTempDirs } from "../cli/cliHarness.js";
import { CONFIG_DIR, CORPUS_DIR } from "../helpers/engine.js";
import { recordingLogger } from "../store/fixtures.js";
import { ManualClock, ManualTriggers } from "./digestHarness.js";

const receivers: LoopbackReceiver[] = [];
afterEach(async () => {
  await Promise.all(receivers.splice(0).map((r) => r.stop()));
  removeTempDirs();
});

/** A config folder with the bundled topics and this webhooks.json. */
function configWith(webhooks: unknown): string {
  return makeTempDir({
    "topics.json": readFileSync(join(CONFIG_DIR, "topics.json")),
    "webhooks.json": JSON.stringify(webhooks),
  });
}

/** Runs `serve` until it logs that it is serving, then stops it as SIGTERM would. */
async function serveUntilServing(args: string[], env: Record<string, string>) {
  let stderr = "";
  const shutdown = new AbortController();
  const running = cli(args, {
    env,
    shutdown: shutdown.signal,
    onStderr: (text) => {
      stderr += text;
    },
  });
  const deadline = Date.now() + 30_000;
  while (!stderr.includes('"briefbot serving"') && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
  shutdown.abort("SIGTERM");
  return running;
}

async function setUp() {
  const receiver = await LoopbackReceiver.start();
  receivers.push(receiver);
  const env = { BRIEFBOT_DATA_DIR: makeTempDir() };
  const port = new URL(receiver.url()).port;
  return { receiver, env, port };
}

/**
 * Starts the app over the bundled corpus at 06:59 UTC on 2026-01-16, fires the one subscribed
 * webhook's 07:00 slot, waits for the digest, and fires it again to show nothing more is posted.
 */
async function postOneDigest(config: AppConfig, dataDir: string, receiver: LoopbackReceiver) {
  const clock = new ManualClock("2026-01-16T06:59:00Z");
  const triggers = new ManualTriggers();
  const { logger, lines } = recordingLogger();
  const app = createApp(
    config,
    { corpusDir: CORPUS_DIR, dataDir, watch: false },
    {
      loadLiveCorpus: async () =>
        (
          await openLiveCorpus({
            corpusDir: CORPUS_DIR,
            configDir: CONFIG_DIR,
            dataDir: null,
            workers: 1,
          })
        ).corpus,
      logger,
      now: clock.now,
      sleep: async () => {},
      step: (work) => work,
      trigger: triggers.factory,
      every: () => ({ stop() {} }),
      instanceId: "webhook-e2e",
    },
  );
  await app.start();
  try {
    const [key] = triggers.active;
    expect(triggers.active).toHaveLength(1);
    expect(key).toMatch(/^webhook:127\.0\.0\.1:\d+~[0-9a-f]{12}$/);
    clock.set("2026-01-16T07:00:05Z");
    triggers.fire(key ?? "");
    const deadline = Date.now() + 20_000;
    while (!lines.some((l) => l.message === "digest posted") && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 25));
    }
    // A second fire of the same slot (cron late, another instance) posts nothing more.
    const posts = receiver.received.length;
    triggers.fire(key ?? "");
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(receiver.received).toHaveLength(posts);
  } finally {
    await app.stop();
  }
  return { lines };
}

describe("briefbot subscribe --webhook", () => {
  it("subscribes, lists and unsubscribes a webhook, showing only its host", async () => {
    const { receiver, env, port } = await setUp();
    const url = receiver.url();
    const subscribed = await cli(
      ["subscribe", "--webhook", url, "--format", "mattermost", "--timezone", "Europe/Paris"],
      { env },
    );
    expect(subscribed).toEqual({
      code: 0,
      stdout:
        "Subscribed: a daily digest here at 08:00 (Europe/Paris) on all topics. Next one: 2026-01-16 07:00 UTC.\n",
      stderr: "",
    });
    const listed = await cli(["subscriptions"], { env });
    expect(listed.code).toBe(0);
    expect(listed.stdout).toMatch(
      new RegExp(
        `^Daily digests:\\n• channel 127\\.0\\.0\\.1:${port}~[0-9a-f]{12}: 08:00 \\(Europe/Paris\\), all topics\\n$`,
      ),
    );
    expect(listed.stdout).not.toContain("s3cr3t");
    const gone = await cli(["unsubscribe", "--webhook", url], { env });
    expect(gone.stdout).toBe("Unsubscribed: no more daily digest in this channel.\n");
    expect((await cli(["subscriptions"], { env })).stdout).toBe(
      "No daily digest here yet — /subscribe to start one.\n",
    );
    expect(receiver.received).toHaveLength(0);
  });

  it.each([
    [
      ["--webhook", "ftp://127.0.0.1/hooks/s3cr3t"],
      "briefbot: invalid webhook URL: expected an http(s) URL, found the scheme 'ftp:'\n",
    ],
    [
      ["--webhook", "not a url s3cr3t"],
      "briefbot: invalid webhook URL: expected an absolute http(s) URL, like https://host/hooks/…\n",
    ],
    [
      ["--webhook", "https://hooks.example.com/s3cr3t"],
      "briefbot: cannot tell the format of hooks.example.com… from its host — add --format with one of teams, mattermost, rocketchat, google-chat, matrix, json\n",
    ],
    [
      ["--webhook", "https://hooks.example.com/s3cr3t", "--format", "irc"],
      "briefbot: unknown webhook format 'irc' — use one of teams, mattermost, rocketchat, google-chat, matrix, json\n",
    ],
    [
      ["--webhook", "https://chat.googleapis.com/v1/spaces/s3cr3t", "--time", "25:00"],
      "briefbot: invalid time '25:00' — use 24-hour HH:MM, for example 08:00\n",
    ],
  ])(
    "%o → exit 2, one line, nothing stored or lost, and the URL never echoed",
    async (args, message) => {
      const { receiver, env } = await setUp();
      const kept = await cli(["subscribe", "--webhook", receiver.url(), "--format", "json"], {
        env,
      });
      expect(kept.code).toBe(0);
      const before = await cli(["subscriptions"], { env });
      const result = await cli(["subscribe", ...args], { env });
      expect(result).toEqual({ code: 2, stdout: "", stderr: message });
      expect(await cli(["subscriptions"], { env })).toEqual(before);
      expect(before.stdout).toMatch(
        /^Daily digests:\n• channel 127\.0\.0\.1:\d+~[0-9a-f]{12}: 08:00 \(UTC\), all topics\n$/,
      );
    },
  );

  it("the scheduler posts the daily digest to the webhook the CLI subscribed, once", async () => {
    const { receiver, env } = await setUp();
    const subscribed = await cli(
      [
        "subscribe",
        "--webhook",
        receiver.url(),
        "--format",
        "rocketchat",
        "--topic",
        "nato-unity,iran-talks",
      ],
      { env: { ...env, BRIEFBOT_TIMEZONE: "Europe/Paris" } },
    );
    expect(subscribed.code).toBe(0);
    const config = readAppConfig(env);
    expect(config.adapters.webhook).not.toBeNull();
    const { lines } = await postOneDigest(config, env.BRIEFBOT_DATA_DIR, receiver);
    const texts = receiver.received.map((m) => (m.body as { text: string }).text);
    expect(texts.length).toBeGreaterThanOrEqual(1);
    expect(texts[0]?.startsWith("### Daily briefing\n\n**Top stories**")).toBe(true);
    expect(texts.join("\n")).toContain("**NATO unity**");
    expect(texts.join("\n")).not.toContain("**UK statements**");
    expect(lines.find((l) => l.message === "digest posted")?.fields).toMatchObject({
      platform: "webhook",
      slot: "2026-01-16T07:00:00.000Z",
      messages: texts.length,
    });
    expect(JSON.stringify(lines)).not.toContain("s3cr3t");
  }, 60_000);

  it("the scheduler posts the daily digest to the webhook config/webhooks.json subscribes", async () => {
    const { receiver, env } = await setUp();
    const configDir = configWith({
      webhooks: [
        {
          url: receiver.url(),
          format: "rocketchat",
          time: "08:00",
          timezone: "Europe/Paris",
          topics: ["nato-unity", "iran-talks"],
        },
      ],
    });
    const config = { ...readAppConfig(env), configWebhooks: await loadConfigWebhooks(configDir) };
    const { lines } = await postOneDigest(config, env.BRIEFBOT_DATA_DIR, receiver);
    expect(lines.find((l) => l.message === "webhooks from the config file")?.fields).toEqual({
      written: 1,
      removed: 0,
    });
    const texts = receiver.received.map((m) => (m.body as { text: string }).text);
    expect(texts[0]?.startsWith("### Daily briefing\n\n**Top stories**")).toBe(true);
    expect(texts.join("\n")).toContain("**NATO unity**");
    expect(texts.join("\n")).not.toContain("**UK statements**");
    expect(JSON.stringify(lines)).not.toContain("s3cr3t");
    const listed = await cli(["subscriptions"], { env });
    expect(listed.stdout).toMatch(
      /^Daily digests:\n• channel 127\.0\.0\.1:\d+~[0-9a-f]{12}: 08:00 \(Europe\/Paris\), nato-unity, iran-talks — last digest 2026-01-16 07:00 UTC: posted\n$/,
    );
  }, 60_000);

  it("serve with a bad config/webhooks.json stops before starting, in one line with the JSON path and no URL", async () => {
    const { receiver, env } = await setUp();
    const configDir = configWith({
      webhooks: [{ url: receiver.url(), format: "mattermost", timezone: "Mars/Olympus" }],
    });
    const result = await cli(["serve", "--config", configDir], { env });
    expect(result).toEqual({
      code: 1,
      stdout: "",
      stderr: `briefbot: ${join(configDir, "webhooks.json")}: webhooks[0].timezone: expected an IANA time zone like Europe/Paris, found 'Mars/Olympus'\n`,
    });
    expect(receiver.received).toHaveLength(0);
  });

  it("serve without chat credentials serves the webhooks of config/webhooks.json", async () => {
    const { receiver, env } = await setUp();
    const configDir = configWith({ webhooks: [{ url: receiver.url(), format: "json" }] });
    const result = await serveUntilServing(["serve", "--config", configDir], env);
    expect(result.code).toBe(0);
    expect(result.stderr).toContain('"webhooks from the config file"');
    expect(result.stderr).toContain('"briefbot serving"');
    expect(result.stderr).not.toContain("s3cr3t");
  }, 60_000);

  it("serve without chat credentials serves once a webhook is subscribed, and prints the digest before", async () => {
    const { receiver, env } = await setUp();
    const before = await cli(["serve"], { env });
    expect(before.code).toBe(0);
    expect(before.stderr).toContain("This is the digest of the corpus.");
    await cli(["subscribe", "--webhook", receiver.url(), "--format", "matrix"], { env });
    const result = await serveUntilServing(["serve"], env);
    expect(result.code).toBe(0);
    const serving = JSON.parse(
      result.stderr.split("\n").find((line) => line.includes('"briefbot serving"')) ?? "{}",
    ) as { adapters?: string[] };
    expect(serving.adapters).toStrictEqual(["webhook"]);
    expect(result.stderr).not.toContain("s3cr3t");
  }, 60_000);
});
