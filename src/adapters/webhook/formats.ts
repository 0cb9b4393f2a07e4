/**
 * The message formats an incoming webhook can take, with the most text one post may carry
 * (characters of the message text; a longer digest is split into several posts):
 * - teams: a Microsoft Teams workflow ("Post to a channel when a webhook request is received"),
 *   an Adaptive Card message; Teams refuses messages over about 28 KB.
 * - mattermost: `{text}` in Markdown; a post holds 16,383 characters.
 * - rocketchat: `{text}` in Markdown; Rocket.Chat's default Message_MaxAllowedSize is 5,000.
 * - google-chat: `{text}` with Google Chat's own small markup; a message holds 4,096 characters.
 * - matrix: matrix-hookshot's generic webhook, `{text}` read as Markdown; an event is at most
 *   64 KiB.
 * - json: the reply's plain data as JSON, in one post.
 */
export const WEBHOOK_FORMATS = [
  "teams",
  "mattermost",
  "rocketchat",
  "google-chat",
  "matrix",
  "json",
] as const;
export type WebhookFormat = (typeof WEBHOOK_FORMATS)[number];

/** Characters of text per post; null: never split. Kept below each platform's hard limit. */
export const WEBHOOK_TEXT_LIMITS: Readonly<Record<WebhookFormat, number | null>> = {
  teams: 20_000,
  mattermost: 16_000,
  rocketchat: 5_000,
  "google-chat": 4_000,
  matrix: 30_000,
  json: null,
};

export function isWebhookFormat(text: string): text is WebhookFormat {
  return (WEBHOOK_FORMATS as readonly string[]).includes(text);
}

/**
 * The format a URL's host names without doubt: Teams workflows (Power Automate / Logic Apps, and
 * the older Office 365 connectors) and Google Chat. Mattermost, Rocket.Chat and hookshot are
 * self-hosted under any name, so they need `--format`; null then.
 */
export function formatOfHost(host: string): WebhookFormat | null {
  const name = host.toLowerCase();
  if (name === "chat.googleapis.com") return "google-chat";
  if (
    name.endsWith(".webhook.office.com") ||
    name.endsWith(".logic.azure.com") ||
    name.endsWith(".powerplatform.com")
  ) {
    return "teams";
  }
  return null;
}
