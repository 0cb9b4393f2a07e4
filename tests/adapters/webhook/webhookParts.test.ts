import { describe, expect, it } from "vitest";
import { formatOfHost } from "../../../src/adapters/webhook/formats.js";
import { retryAfterMs } from "../../../src/adapters/webhook/sendWebhook.js";
import { splitAtLines } from "../../../src/adapters/webhook/splitText.js";
import { webhookTarget } from "../../../src/adapters/webhook/webhookTarget.js";

describe("splitAtLines", () => {
  it("keeps whole lines together up to the limit, in order", () => {
    expect(splitAtLines("aaa\nbbb\nccc\nddd", 7)).toStrictEqual(["aaa\nbbb", "ccc\nddd"]);
  });

  it("cuts a line longer than the limit at its last space, and drops blank lines at a cut", () => {
    expect(splitAtLines("one two three\n\nfour", 8)).toStrictEqual(["one two", "three", "four"]);
  });

  it("cuts a line without spaces at the limit", () => {
    expect(splitAtLines("abcdefghij", 4)).toStrictEqual(["abcd", "efgh", "ij"]);
  });

  it("gives text under the limit back whole", () => {
    expect(splitAtLines("short\n\ntext", 100)).toStrictEqual(["short\n\ntext"]);
  });
});

describe("retryAfterMs", () => {
  const now = new Date("2026-01-16T07:00:00.000Z");
  it.each([
    ["7", 7000],
    ["0", 0],
    ["Fri, 16 Jan 2026 07:00:30 GMT", 30_000],
    ["Fri, 16 Jan 2026 06:59:00 GMT", 0],
    ["soon", null],
    [null, null],
  ])("%s → %s ms", (header, ms) => {
    expect(retryAfterMs(header, now)).toBe(ms);
  });
});

describe("webhook format from the host", () => {
  it.each([
    ["prod-12.westus.logic.azure.com", "teams"],
    ["default1234.56.environment.api.powerplatform.com", "teams"],
    ["contoso.webhook.office.com", "teams"],
    ["chat.googleapis.com", "google-chat"],
    ["mattermost.example.com", null],
    ["logic.azure.com.evil.example", null],
  ])("%s → %s", (host, format) => {
    expect(formatOfHost(host)).toBe(format);
  });

  it("names the same channel for the same URL whatever the format, and a new one for another", () => {
    const a = webhookTarget("https://hooks.example.com/a/s3cr3t", "mattermost");
    const b = webhookTarget("https://hooks.example.com/a/s3cr3t", "json");
    const c = webhookTarget("https://hooks.example.com/a/other", "json");
    if (!a.ok || !b.ok || !c.ok) throw new Error("expected three valid targets");
    expect(a.target.channelId).toBe(b.target.channelId);
    expect(a.target.channelId).not.toBe(c.target.channelId);
    expect(a.target.channelId).toMatch(/^hooks\.example\.com~[0-9a-f]{12}$/);
    expect(a.target.shown).toBe("hooks.example.com…");
    expect(a.target.destination).toStrictEqual({
      url: "https://hooks.example.com/a/s3cr3t",
      format: "mattermost",
    });
  });

  it("refuses a URL with credentials in it, without repeating them", () => {
    const named = webhookTarget("https://user:pa55@hooks.example.com/x", "json");
    expect(named).toStrictEqual({
      ok: false,
      reason: "invalid webhook URL: expected a URL without a user name or password in it",
    });
  });
});
