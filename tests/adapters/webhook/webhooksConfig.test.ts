import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import {
  CONFIG_ORIGIN,
  syncConfigWebhooks,
} from "../../../src/adapters/webhook/configSubscriptions.js";
import {
  loadWebhooksConfig,
  parseWebhooksConfig,
} from "../../../src/adapters/webhook/webhooksConfig.js";
import { silentLogger } from "../../../src/log/logger.js";
import { openStore } from "../../../src/store/openStore.js";
import type { Store } from "../../../src/store/store.js";
import { loadTopicsConfig } from "../../../src/topics/topicsConfig.js";
import { makeTempDir, removeTempDirs } from "../../cli/cliHarness.js";
import { CONFIG_DIR } from "../../helpers/engine.js";

const topics = (await loadTopicsConfig(CONFIG_DIR)).topics;
const FILE = "config/webhooks.json";
const DEFAULTS = { time: "08:00", timezone: "UTC" };
const MATTERMOST = "https://chat.example.org/hooks/s3cr3t-one";
const GOOGLE = "https://chat.googleapis.com/v1/spaces/AAA/messages?key=s3cr3t-two";

const stores: Store[] = [];
afterEach(async () => {
  await Promise.all(stores.splice(0).map((s) => s.close()));
  removeTempDirs();
});

async function freshStore(): Promise<Store> {
  const store = await openStore({ url: null, dataDir: makeTempDir(), logger: silentLogger });
  stores.push(store);
  return store;
}

function parse(json: unknown) {
  return parseWebhooksConfig(json, FILE, topics);
}

function failure(json: unknown): string {
  try {
    parse(json);
  } catch (error) {
    return (error as Error).message;
  }
  throw new Error("expected the config to be refused");
}

describe("parseWebhooksConfig", () => {
  it("reads the options of subscribe --webhook, taking the format from the host when it names one", () => {
    const webhooks = parse({
      webhooks: [
        {
          url: MATTERMOST,
          format: "mattermost",
          time: "7:30",
          timezone: "Europe/Paris",
          topics: ["nato-unity", "NATO unity", "iran"],
        },
        { url: GOOGLE },
      ],
    });
    expect(webhooks.map((w) => ({ ...w, target: w.target.destination }))).toEqual([
      {
        target: { url: MATTERMOST, format: "mattermost" },
        time: "07:30",
        timezone: "Europe/Paris",
        topics: ["nato-unity", "iran-talks"],
      },
      {
        target: { url: GOOGLE, format: "google-chat" },
        time: null,
        timezone: null,
        topics: null,
      },
    ]);
  });

  it.each([
    [{ webhooks: [{ url: 42 }] }, "webhooks[0].url: expected string, found number"],
    [
      { webhooks: [{ url: "ftp://example.org/s3cr3t" }] },
      "webhooks[0].url: invalid webhook URL: expected an http(s) URL, found the scheme 'ftp:'",
    ],
    [
      { webhooks: [{ url: "https://hooks.example.com/s3cr3t" }] },
      'webhooks[0].url: cannot tell the format of hooks.example.com… from its host — add "format" with one of teams, mattermost, rocketchat, google-chat, matrix, json',
    ],
    [
      { webhooks: [{ url: MATTERMOST, format: "irc" }] },
      "webhooks[0].format: unknown webhook format 'irc' — use one of teams, mattermost, rocketchat, google-chat, matrix, json",
    ],
    [
      { webhooks: [{ url: GOOGLE, time: "25:00" }] },
      "webhooks[0].time: expected a 24-hour time like 08:00, found '25:00'",
    ],
    [
      { webhooks: [{ url: GOOGLE, timezone: "Mars/Olympus" }] },
      "webhooks[0].timezone: expected an IANA time zone like Europe/Paris, found 'Mars/Olympus'",
    ],
    [
      { webhooks: [{ url: GOOGLE, topics: ["nato-unity", "weather"] }] },
      "webhooks[0].topics[1]: expected a topic of topics.json, found 'weather'",
    ],
    [
      { webhooks: [{ url: GOOGLE }, { url: `${GOOGLE}` }] },
      "webhooks[1].url: expected each webhook once, found the URL of webhooks[0] again",
    ],
    [{ webhooks: [{ url: GOOGLE, colour: "red" }] }, 'webhooks[0]: Unrecognized key: "colour"'],
  ])("%j → one line with the JSON path, never the URL", (json, message) => {
    const text = failure(json);
    expect(text).toBe(`${FILE}: ${message}`);
    expect(text).not.toContain("s3cr3t");
  });

  it("a missing file is no webhooks; invalid JSON is reported without its text", async () => {
    const dir = makeTempDir();
    expect(await loadWebhooksConfig(dir, topics)).toBeNull();
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, "webhooks.json"), `{ "webhooks": [ { "url": "${MATTERMOST}" `);
    const error = await loadWebhooksConfig(dir, topics).catch((e: Error) => e);
    expect(error).toBeInstanceOf(Error);
    expect((error as Error).message).toMatch(/webhooks\.json: invalid JSON/);
    expect((error as Error).message).not.toContain("s3cr3t");
  });
});

describe("syncConfigWebhooks", () => {
  const now = new Date("2026-01-16T06:00:00Z");
  const later = new Date("2026-01-17T06:00:00Z");

  it("writes each webhook once, and again updates rather than doubles", async () => {
    const store = await freshStore();
    const webhooks = parse({
      webhooks: [
        { url: MATTERMOST, format: "mattermost", topics: ["nato-unity"] },
        { url: GOOGLE },
      ],
    });
    expect(await syncConfigWebhooks(store, webhooks, DEFAULTS, now)).toEqual({
      written: 2,
      removed: 0,
    });
    const first = await store.subscriptions.list();
    await syncConfigWebhooks(store, webhooks, DEFAULTS, later);
    const second = await store.subscriptions.list();
    expect(second).toHaveLength(2);
    expect(second.map((r) => r.key)).toEqual(first.map((r) => r.key));
    const mattermost = second.find((r) => r.value.destination?.format === "mattermost")?.value;
    expect(mattermost).toMatchObject({
      platform: "webhook",
      workspaceId: "command-line",
      time: "08:00",
      timezone: "UTC",
      topics: ["nato-unity"],
      createdBy: CONFIG_ORIGIN,
      createdAt: now.toISOString(),
      updatedAt: later.toISOString(),
      destination: { url: MATTERMOST, format: "mattermost", origin: CONFIG_ORIGIN },
    });
  });

  it("an entry removed from the file removes its subscription, but never one the CLI made", async () => {
    const store = await freshStore();
    await store.subscriptions.set("webhook:cli.example.org~0123456789ab", {
      platform: "webhook",
      channelId: "cli.example.org~0123456789ab",
      workspaceId: "command-line",
      time: "09:00",
      timezone: "UTC",
      topics: null,
      createdBy: "command-line",
      createdAt: now.toISOString(),
      updatedAt: now.toISOString(),
      destination: { url: "https://cli.example.org/hooks/x", format: "json" },
    });
    const both = parse({ webhooks: [{ url: MATTERMOST, format: "mattermost" }, { url: GOOGLE }] });
    await syncConfigWebhooks(store, both, DEFAULTS, now);
    expect(await store.subscriptions.list()).toHaveLength(3);
    const onlyGoogle = parse({ webhooks: [{ url: GOOGLE }] });
    expect(await syncConfigWebhooks(store, onlyGoogle, DEFAULTS, later)).toEqual({
      written: 1,
      removed: 1,
    });
    const left = (await store.subscriptions.list()).map((r) => r.value.destination?.url);
    expect(left.sort()).toEqual(["https://cli.example.org/hooks/x", GOOGLE].sort());
    await syncConfigWebhooks(store, [], DEFAULTS, later);
    expect((await store.subscriptions.list()).map((r) => r.value.createdBy)).toEqual([
      "command-line",
    ]);
  });
});
