import type { Reply } from "../../../commands/types.js";
import { present } from "../../present/present.js";
import type { Markup } from "../markdown/markup.js";
import { renderMarkdown } from "../markdown/renderMarkdown.js";
import { WEBHOOK_TEXT_LIMITS, type WebhookFormat } from "./formats.js";
import { GOOGLE_CHAT_MARKUP } from "./googleChatMarkup.js";
import { TEAMS_MARKUP } from "./teamsMarkup.js";

/** Each text format's markup; the standard Markdown one when absent. */
const MARKUP: Partial<Record<WebhookFormat, Markup>> = {
  "google-chat": GOOGLE_CHAT_MARKUP,
  teams: TEAMS_MARKUP,
};

/**
 * A reply as the JSON bodies of one or more webhook posts, in order. No wording of its own: the
 * presenter's document (`present`) is rendered by `renderMarkdown` in the format's dialect —
 * standard Markdown for Mattermost, Rocket.Chat and Matrix, Google Chat's own markup, the Teams
 * card's Markdown subset — within the format's limit, a longer reply split into several posts at
 * block boundaries; `json` sends the reply's plain data.
 */
export function renderWebhook(reply: Reply, format: WebhookFormat): unknown[] {
  if (format === "json") return [reply];
  const maxLength = WEBHOOK_TEXT_LIMITS[format] ?? Number.MAX_SAFE_INTEGER;
  const messages = renderMarkdown(present(reply), { maxLength }, MARKUP[format]);
  return messages.map((text) => (format === "teams" ? adaptiveCard(text) : { text }));
}

/**
 * The message a Teams workflow posts to a channel: one Adaptive Card whose text blocks are the
 * paragraphs of the text (Microsoft's "Post to a channel when a webhook request is received").
 */
function adaptiveCard(text: string): unknown {
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
          body: text
            .split(/\n{2,}/)
            .map((paragraph) => ({ type: "TextBlock", text: paragraph, wrap: true })),
        },
      },
    ],
  };
}
