import { verifySlackRequest, webApi } from "@slack/bolt";
import { describe, expect, it } from "vitest";
import type { FakeSlack } from "./fakeSlack.js";
import { useFakeSlack } from "./harness.js";
import { slackSignature } from "./signedClient.js";

const harness = useFakeSlack();

/** Quiet: web-api logs the `[ERROR]` lines of every invalid_blocks answer. */
const silent: webApi.Logger = {
  debug: () => {},
  info: () => {},
  warn: () => {},
  error: () => {},
  setLevel: () => {},
  getLevel: () => webApi.LogLevel.ERROR,
  setName: () => {},
};

/** A web-api client as Bolt builds one, without retries unless a test asks for them. */
function webClient(
  slack: FakeSlack,
  options: webApi.WebClientOptions = {},
  token = slack.botToken,
): webApi.WebClient {
  return new webApi.WebClient(token, {
    slackApiUrl: slack.apiUrl,
    logger: silent,
    retryConfig: { retries: 0 },
    ...options,
  });
}

const section = (text: string) => ({ type: "section", text: { type: "mrkdwn", text } });

describe("fake Slack Web API", () => {
  it("decodes form-encoded blocks, stores the message and lets chat.update edit it", async () => {
    const slack = await harness.start();
    const client = webClient(slack);
    const channel = slack.world.channel.id;

    const posted = await client.chat.postMessage({ channel, text: "one", blocks: [section("1")] });
    const updated = await client.chat.update({ channel, ts: posted.ts ?? "", text: "two" });

    const [post] = slack.calls("chat.postMessage");
    expect(post?.encoding).toBe("form");
    expect(post?.args.blocks).toEqual([section("1")]);
    expect(posted.message).toMatchObject({ text: "one", bot_id: slack.world.bot.botId });
    expect(updated).toMatchObject({ ok: true, ts: posted.ts, text: "two" });
    expect(slack.messages(channel)).toMatchObject([{ ts: posted.ts, text: "two", edits: 1 }]);
  });

  it("posts ephemerally, and describes channels and users", async () => {
    const slack = await harness.start();
    const client = webClient(slack);
    const { channel, human, im } = slack.world;

    const ephemeral = await client.chat.postEphemeral({
      channel: channel.id,
      user: human.id,
      text: "only you",
    });
    const info = await client.conversations.info({ channel: channel.id });
    const dm = await client.conversations.info({ channel: im.id });
    const user = await client.users.info({ user: human.id });

    expect(ephemeral.message_ts).toMatch(/^\d+\.\d{6}$/);
    expect(slack.messages(channel.id)).toMatchObject([{ visibleTo: human.id }]);
    expect(info.channel).toMatchObject({ id: channel.id, name: "general", is_member: true });
    expect(dm.channel).toMatchObject({ id: im.id, is_im: true, user: human.id });
    expect(user.user).toMatchObject({
      id: human.id,
      real_name: "Ada Lovelace",
      is_bot: false,
      is_admin: false,
      is_owner: false,
    });
    const owner = slack.addUser("grace", "Grace Hopper", { isAdmin: true, isOwner: true }).user;
    expect((await client.users.info({ user: owner.id })).user).toMatchObject({
      is_admin: true,
      is_owner: true,
    });
    expect(info.response_metadata?.scopes).toContain("chat:write");
  });

  it.each([
    ["51 blocks", Array.from({ length: 51 }, () => ({ type: "divider" })), "/blocks"],
    ["a 3001-character section", [section("x".repeat(3001))], "/blocks/0/text/text"],
    [
      "a 151-character header",
      [{ type: "header", text: { type: "plain_text", text: "h".repeat(151) } }],
      "/blocks/0/text/text",
    ],
    [
      "a mrkdwn header",
      [{ type: "header", text: { type: "mrkdwn", text: "*h*" } }],
      "/blocks/0/text/type",
    ],
    [
      "a context with 11 elements",
      [
        {
          type: "context",
          elements: Array.from({ length: 11 }, () => ({ type: "mrkdwn", text: "c" })),
        },
      ],
      "/blocks/0/elements",
    ],
    ["an empty section text", [section("")], "/blocks/0/text/text"],
    [
      "a duplicate block_id",
      [
        { ...section("a"), block_id: "b" },
        { ...section("b"), block_id: "b" },
      ],
      "/blocks/1/block_id",
    ],
    ["an unknown block type", [{ type: "paragraph" }], "/blocks/0/type"],
  ])("refuses %s with invalid_blocks and a json-pointer", async (_name, blocks, pointer) => {
    const slack = await harness.start();
    const client = webClient(slack);

    const sent = client.chat.postMessage({ channel: slack.world.channel.id, text: "t", blocks });

    await expect(sent).rejects.toMatchObject({
      code: "slack_webapi_platform_error",
      data: {
        error: "invalid_blocks",
        errors: [expect.stringContaining(`[json-pointer:${pointer}]`)],
      },
    });
    expect(slack.messages()).toEqual([]);
  });

  it("accepts the limits themselves: 50 blocks, 3000-character sections, 150-character headers", async () => {
    const slack = await harness.start();
    const client = webClient(slack);
    const blocks = [
      { type: "header", text: { type: "plain_text", text: "é".repeat(150) } },
      section("🙂".repeat(3000)),
      ...Array.from({ length: 48 }, () => ({ type: "divider" })),
    ];

    await expect(
      client.chat.postMessage({ channel: slack.world.channel.id, text: "t", blocks }),
    ).resolves.toMatchObject({ ok: true });
  });

  it.each([
    ["a malformed blocks string", { text: "t", blocks: "[{" }, "invalid_blocks_format"],
    ["no text and no blocks", {}, "no_text"],
    ["40 001 characters of text", { text: "x".repeat(40_001) }, "msg_too_long"],
    ["a thread_ts that is not a ts", { text: "t", thread_ts: "yesterday" }, "invalid_thread_ts"],
  ])("answers %s with %s", async (_name, args, error) => {
    const slack = await harness.start();

    const sent = webClient(slack).apiCall("chat.postMessage", {
      channel: slack.world.channel.id,
      ...args,
    });

    await expect(sent).rejects.toMatchObject({ data: { error } });
  });

  it("answers channel_not_found and not_in_channel as Slack does", async () => {
    const slack = await harness.start();
    const client = webClient(slack);
    const outside = slack.addChannel("random", { botIsMember: false });

    await expect(client.chat.postMessage({ channel: "C0NOPE", text: "t" })).rejects.toMatchObject({
      data: { error: "channel_not_found" },
    });
    await expect(client.chat.postMessage({ channel: outside.id, text: "t" })).rejects.toMatchObject(
      {
        data: { error: "not_in_channel" },
      },
    );
    await expect(
      client.chat.postMessage({ channel: "#general", text: "t" }),
    ).resolves.toMatchObject({
      channel: slack.world.channel.id,
    });
  });

  it("answers an unknown method with HTTP 200 and unknown_method", async () => {
    const slack = await harness.start();

    await expect(webClient(slack).apiCall("briefs.summon")).rejects.toMatchObject({
      code: "slack_webapi_platform_error",
      data: { ok: false, error: "unknown_method", req_method: "briefs.summon" },
    });
    expect(slack.calls("briefs.summon")).toMatchObject([{ status: 200 }]);
  });

  it("answers not_authed without a token and invalid_auth with a wrong one; api.test needs none", async () => {
    const slack = await harness.start();

    await expect(webClient(slack, {}, "").auth.test()).rejects.toMatchObject({
      data: { error: "not_authed" },
    });
    await expect(webClient(slack, {}, "xoxb-wrong").auth.test()).rejects.toMatchObject({
      data: { error: "invalid_auth" },
    });
    await expect(
      webClient(slack, {}, "").apiCall("api.test", { foo: "bar" }),
    ).resolves.toMatchObject({
      args: { foo: "bar" },
    });
    expect(slack.calls().map((c) => c.auth)).toEqual(["missing", "invalid", "missing"]);
  });

  it("with rejectRateLimitedCalls, a 429 rejects at once with the Retry-After seconds", async () => {
    const slack = await harness.start();
    slack.failNext({ method: "chat.postMessage", status: 429, retryAfterSeconds: 30 });

    const sent = webClient(slack, { rejectRateLimitedCalls: true }).chat.postMessage({
      channel: slack.world.channel.id,
      text: "t",
    });

    await expect(sent).rejects.toMatchObject({
      code: "slack_webapi_rate_limited_error",
      retryAfter: 30,
    });
    expect(slack.calls("chat.postMessage")).toHaveLength(1);
  });

  it("web-api retries an HTTP 500 by its retry policy (here: once, at once)", async () => {
    const slack = await harness.start();
    slack.failNext({ method: "chat.postMessage", status: 500 });
    const client = webClient(slack, { retryConfig: { retries: 1, minTimeout: 0, maxTimeout: 0 } });

    await client.chat.postMessage({ channel: slack.world.channel.id, text: "t" });

    expect(slack.calls("chat.postMessage").map((c) => c.status)).toEqual([500, 200]);
  });

  it("refuses a fault with neither status nor error", async () => {
    const slack = await harness.start();

    expect(() => slack.failNext({ method: "chat.postMessage" })).toThrow(
      "expected a fault with a status or an error",
    );
  });
});

describe("fake response_url receiver", () => {
  const post = (url: string, body: unknown) =>
    fetch(url, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify(body),
    });

  it("accepts five POSTs per URL and refuses the sixth with used_url", async () => {
    const slack = await harness.start();
    const url = slack.responseUrl();

    const statuses: number[] = [];
    for (let i = 0; i < 6; i += 1) statuses.push((await post(url, { text: `#${i}` })).status);

    expect(statuses).toEqual([200, 200, 200, 200, 200, 404]);
    expect(slack.responses(url).at(-1)).toMatchObject({ use: 6, error: "used_url" });
  });

  it("answers 404 expired_url for a URL it never minted, and records replace/delete flags", async () => {
    const slack = await harness.start();
    const url = slack.responseUrl();

    const unknown = await post(`${slack.baseUrl}/commands/T0/9/ffff`, { text: "hi" });
    await post(url, { replace_original: "true", text: "again" });
    await post(url, { delete_original: true });

    expect(unknown.status).toBe(404);
    expect(await unknown.json()).toEqual({ ok: false, error: "expired_url" });
    expect(slack.responses(url)).toMatchObject([
      { replaceOriginal: true, deleteOriginal: false, text: "again", error: null },
      { replaceOriginal: false, deleteOriginal: true, text: null, error: null },
    ]);
  });

  it("says what it received when waitForResponse times out", async () => {
    const slack = await harness.start();
    const other = slack.responseUrl();
    await post(other, { text: "elsewhere" });

    await expect(slack.waitForResponse(slack.responseUrl(), 50)).rejects.toThrow(
      /expected 1 × a POST to .* within 50 ms, found 0; recorded:\n {2}.*#1 ephemeral → 200/,
    );
  });
});

describe("signed requests", () => {
  it("signs exactly as Bolt verifies", () => {
    const body = "token=x&command=%2Fbrief";
    const timestamp = Math.floor(Date.now() / 1000);
    const signature = slackSignature("s3cret", timestamp, body);

    expect(() =>
      verifySlackRequest({
        signingSecret: "s3cret",
        body,
        headers: { "x-slack-signature": signature, "x-slack-request-timestamp": timestamp },
      }),
    ).not.toThrow();
    expect(signature).toMatch(/^v0=[0-9a-f]{64}$/);
  });
});
