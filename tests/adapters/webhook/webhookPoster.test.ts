import { afterEach, beforeAll, describe, expect, it } from "vitest";
import { buildDigest } from "../../../briefings/digest.js";
import type { Reply } from "../../../commands/types.js";
import { WEBHOOK_TEXT_LIMITS } from "../../../src/adapters/webhook/formats.js";
import { DEFAULT_WEBHOOK_SETTINGS } from "../../../src/adapters/webhook/settings.js";
import { webhookPoster } from "../../../src/adapters/webhook/webhookPoster.js";
import { type DeliveryError, deliveryMark } from "../../../src/schedule/delivery.js";
import { extractiveSummarizer as summarizer } from "../../../src/summarize/extractiveSummarizer.js";
import { bundled } from "../../helpers/engine.js";
import { BRIEFING, FIRST_SENTENCE, PROFILE } from "../../present/fixtures.js";
import { LoopbackReceiver } from "./loopbackReceiver.js";

const NOW = new Date("2026-01-16T07:00:00.000Z");
const NOTICE: Reply = {
  kind: "notice",
  message: "No new articles on your topics since the last digest.",
};

const receivers: LoopbackReceiver[] = [];
afterEach(async () => {
  await Promise.all(receivers.splice(0).map((r) => r.stop()));
});

async function receiver(): Promise<LoopbackReceiver> {
  const started = await LoopbackReceiver.start();
  receivers.push(started);
  return started;
}

/** A poster over real HTTP whose waits are recorded, not slept. */
function poster(waits: number[] = []) {
  return webhookPoster(DEFAULT_WEBHOOK_SETTINGS, {
    request: (url, init) => fetch(url, init),
    sleep: async (ms) => {
      waits.push(ms);
    },
    now: () => NOW,
  });
}

/** Sends every message of a reply as the scheduler does, in order. */
async function deliver(url: string, format: string, reply: Reply, waits: number[] = []) {
  const prepared = poster(waits)({ channelId: "c", destination: { url, format } }, reply);
  const ids: string[] = [];
  for (let i = 0; i < prepared.count; i++)
    ids.push(await prepared.send(deliveryMark("webhook:c:slot", i, prepared.count)));
  return ids;
}

let digest: Reply;
beforeAll(async () => {
  const { index } = await bundled();
  digest = { kind: "digest", digest: buildDigest(index, { now: NOW, summarizer }) };
});

/** A Teams workflow's message: one Adaptive Card, a text block per paragraph. */
function teamsCard(...paragraphs: string[]) {
  return {
    type: "message",
    attachments: [
      {
        contentType: "application/vnd.microsoft.card.adaptive",
        contentUrl: null,
        content: {
          $schema: "http://adaptivecards.io/schemas/adaptive-card.json",
          type: "AdaptiveCard",
          version: "1.4",
          body: paragraphs.map((text) => ({ type: "TextBlock", text, wrap: true })),
        },
      },
    ],
  };
}

describe("webhook payloads", () => {
  it.each([
    ["mattermost", { text: "No new articles on your topics since the last digest." }],
    ["rocketchat", { text: "No new articles on your topics since the last digest." }],
    ["google-chat", { text: "No new articles on your topics since the last digest." }],
    ["matrix", { text: "No new articles on your topics since the last digest." }],
    ["teams", teamsCard("No new articles on your topics since the last digest.")],
    ["json", { kind: "notice", message: "No new articles on your topics since the last digest." }],
  ])(
    "%s: the receiver gets exactly the documented shape, as JSON with an idempotency key",
    async (format, body) => {
      const r = await receiver();
      await deliver(r.url(), format, NOTICE);
      expect(r.received).toHaveLength(1);
      expect(r.received[0]?.body).toStrictEqual(body);
      expect(r.received[0]?.path).toBe("/hooks/s3cr3t-token-0123456789");
      expect(r.received[0]?.headers["content-type"]).toBe("application/json");
      expect(r.received[0]?.headers["idempotency-key"]).toMatch(/^briefbot-[0-9a-f]{16}-0$/);
    },
  );

  it("a digest in Markdown carries its title, its sections in bold and its numbered, cited lines", async () => {
    const r = await receiver();
    await deliver(r.url(), "mattermost", digest);
    expect(r.received).toHaveLength(1);
    const text = r.received.map((m) => (m.body as { text: string }).text).join("");
    expect(
      text.startsWith("### Daily briefing\n\n**Top stories**\n\n1. Le secrétaire d’Etat américain"),
    ).toBe(true);
    expect(text).toContain("\n\n**NATO unity**\n\n");
    // A top story's line ends with its story's headline.
    expect(text).toMatch(
      / \[3\] — _Les États-Unis et l’OTAN adoptent une position ferme avant les pourparlers russes sur l’Ukraine_\n/,
    );
  });

  it("splits a long digest at line boundaries into posts under the format's limit, in order", async () => {
    const whole = await receiver();
    const split = await receiver();
    // The bundled digest with six sentences per topic: one Mattermost post (16,000 characters),
    // two Rocket.Chat posts (5,000).
    const { index } = await bundled();
    const long: Reply = {
      kind: "digest",
      digest: buildDigest(index, { now: NOW, summarizer, perTopic: 6 }),
    };
    await deliver(whole.url(), "mattermost", long);
    const ids = await deliver(split.url(), "rocketchat", long);
    const texts = split.received.map((m) => (m.body as { text: string }).text);
    expect(texts).toHaveLength(2);
    expect(ids).toHaveLength(2);
    for (const t of texts)
      expect(t.length).toBeLessThanOrEqual(WEBHOOK_TEXT_LIMITS.rocketchat ?? 0);
    const keys = split.received.map((m) => m.headers["idempotency-key"]);
    expect(keys[0]).not.toBe(keys[1]);
    // In order and nothing lost: put back together, the pieces are the single post's lines, each
    // piece after the first opening with the title marked continued.
    expect(texts[1]?.startsWith("### Daily briefing (continued)\n\n")).toBe(true);
    const lines = (s: string) => s.split("\n").filter((line) => line !== "");
    expect(lines(texts.join("\n")).filter((l) => !l.endsWith("(continued)"))).toStrictEqual(
      lines(whole.received.map((m) => (m.body as { text: string }).text).join("")),
    );
  });
});

const MARKDOWN_BRIEFING = [
  "### Geneva talks",
  "1. The talks ended. [1]\n2. Nobody moved. [2]",
  "_2 sources · covering 2022-01-07 to 2022-01-21_",
  "**Who spoke**",
  "- **Sergueï Lavrov** (ministre): « We will not yield » [1]",
  "**Sources** · 2022-01-07 to 2022-01-21",
  "- [1] [Talks end](https://example.org/a1) — 2022-01-07 · Le Monde\n- [2] Notes — undated",
];

describe("webhook messages render the presenter's document in each platform's markup", () => {
  it.each([
    ["mattermost", { text: MARKDOWN_BRIEFING.join("\n\n") }],
    ["rocketchat", { text: MARKDOWN_BRIEFING.join("\n\n") }],
    ["matrix", { text: MARKDOWN_BRIEFING.join("\n\n") }],
    [
      "google-chat",
      {
        text: [
          "*Geneva talks*",
          "1. The talks ended. [1]\n2. Nobody moved. [2]",
          "_2 sources · covering 2022-01-07 to 2022-01-21_",
          "*Who spoke*",
          "- *Sergueï Lavrov* (ministre): « We will not yield » [1]",
          "*Sources* · 2022-01-07 to 2022-01-21",
          "- [1] <https://example.org/a1|Talks end> — 2022-01-07 · Le Monde\n- [2] Notes — undated",
        ].join("\n\n"),
      },
    ],
    ["teams", teamsCard("**Geneva talks**", ...MARKDOWN_BRIEFING.slice(1))],
    ["json", { kind: "briefing", briefing: BRIEFING }],
  ])("%s: a briefing arrives as exactly this payload", async (format, body) => {
    const r = await receiver();
    await deliver(r.url(), format, { kind: "briefing", briefing: BRIEFING });
    expect(r.received.map((m) => m.body)).toStrictEqual([body]);
  });

  it.each([
    ["matrix", "1. **Sergueï Lavrov** (ministre): Russia wants guarantees [1]"],
    ["google-chat", "1. *Sergueï Lavrov* (ministre): Russia wants guarantees [1]"],
  ])("%s: a profile's quotes name their speaker on the line", async (format, line) => {
    const r = await receiver();
    await deliver(r.url(), format, { kind: "official", profile: PROFILE });
    const [body] = r.received.map((m) => m.body as { text: string });
    expect(body?.text.split("\n")).toContain(line);
  });

  const INJECTED =
    "Ping @all <users/all> *gras* _it_ [x](http://evil) {{DATE(2017-02-14T06:00:00Z)}}";
  it.each([
    [
      "mattermost",
      "1. Ping @\u200ball \\<users/all\\> \\*gras\\* \\_it\\_ \\[x\\](http://evil) {{DATE(2017-02-14T06:00:00Z)}} [1]",
    ],
    [
      "google-chat",
      "1. Ping @\u200ball ‹users/all› ∗gras∗ ＿it＿ [x](http://evil) {{DATE(2017-02-14T06:00:00Z)}} [1]",
    ],
    [
      "teams",
      "1. Ping @\u200ball \\<users/all\\> \\*gras\\* \\_it\\_ \\[x\\](http://evil) {\u200b{DATE(2017-02-14T06:00:00Z)}} [1]",
    ],
  ])(
    "%s: corpus text can neither format, link, mention nor call a function",
    async (format, line) => {
      const r = await receiver();
      const briefing = { ...BRIEFING, sentences: [{ ...FIRST_SENTENCE, text: INJECTED }] };
      await deliver(r.url(), format, { kind: "briefing", briefing });
      const text = JSON.stringify(r.received[0]?.body);
      expect(text).toContain(JSON.stringify(line).slice(1, -1));
    },
  );
});

describe("webhook retries", () => {
  it("waits as Retry-After says after a 429, then delivers", async () => {
    const r = await receiver();
    r.answer({ status: 429, headers: { "retry-after": "7" }, body: "slow down" });
    const waits: number[] = [];
    await deliver(r.url(), "mattermost", NOTICE, waits);
    expect(waits).toStrictEqual([7000]);
    expect(r.received).toHaveLength(2);
    expect(r.received[1]?.body).toStrictEqual(r.received[0]?.body);
    expect(r.received[1]?.headers["idempotency-key"]).toBe(
      r.received[0]?.headers["idempotency-key"],
    );
  });

  it("backs off after a 500 and a 503, then delivers", async () => {
    const r = await receiver();
    r.answer({ status: 500 }, { status: 503 });
    const waits: number[] = [];
    await deliver(r.url(), "rocketchat", NOTICE, waits);
    expect(waits).toStrictEqual([1000, 2000]);
    expect(r.received).toHaveLength(3);
  });

  it("gives up after the last try with a transient error the scheduler retries later", async () => {
    const r = await receiver();
    r.answer({ status: 502 }, { status: 502 }, { status: 502 }, { status: 502 });
    const error = (await deliver(r.url(), "matrix", NOTICE).catch(
      (e: unknown) => e,
    )) as DeliveryError;
    expect(error.transient).toBe(true);
    expect(r.received).toHaveLength(DEFAULT_WEBHOOK_SETTINGS.attempts);
    expect(error.message).toBe(
      `posting message 1/1 to webhook 127.0.0.1:${new URL(r.url()).port}…: HTTP 502 (after 4 tries)`,
    );
  });

  it("does not retry a 404 and says so clearly, without the URL", async () => {
    const r = await receiver();
    r.answer({ status: 404, body: `no hook at ${r.url()}` });
    const waits: number[] = [];
    const error = (await deliver(r.url(), "mattermost", NOTICE, waits).catch(
      (e: unknown) => e,
    )) as DeliveryError;
    expect(r.received).toHaveLength(1);
    expect(waits).toStrictEqual([]);
    expect(error.transient).toBe(false);
    expect(error.message).toBe(
      `posting message 1/1 to webhook 127.0.0.1:${new URL(r.url()).port}…: HTTP 404 (no hook at …) — check the webhook URL and format`,
    );
    expect(error.message).not.toContain("s3cr3t");
  });

  it("a connection refused is transient and names the code, not the URL", async () => {
    const r = await receiver();
    const url = r.url();
    await r.stop();
    receivers.splice(receivers.indexOf(r), 1);
    const error = (await deliver(url, "mattermost", NOTICE).catch(
      (e: unknown) => e,
    )) as DeliveryError;
    expect(error.transient).toBe(true);
    expect(error.message).toContain("ECONNREFUSED");
    expect(error.message).not.toContain("s3cr3t");
  });
});
