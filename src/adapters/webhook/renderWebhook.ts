import type { Reply } from "../../../commands/types.js";
import type { DiscordMessage } from "../discord/embeds.js";
import { renderDiscord } from "../discord/renderDiscord.js";
import { renderReply } from "../terminal/renderReply.js";
import { WEBHOOK_TEXT_LIMITS, type WebhookFormat } from "./formats.js";
import { splitAtLines } from "./splitText.js";

/** Wide enough that the terminal renderer never wraps: the receiving client wraps. */
const NO_WRAP = 1_000_000;

/**
 * A reply as the JSON bodies of one or more webhook posts, in order. No wording of its own: the
 * Markdown formats take the Discord renderer's Markdown (embed titles in bold, numbered lines,
 * linked sources), the formats with little or their own markup (Google Chat, Teams cards) take
 * the terminal's plain text, and `json` sends the reply's plain data. Text over the format's
 * limit is split at line boundaries.
 */
export function renderWebhook(reply: Reply, format: WebhookFormat): unknown[] {
  if (format === "json") return [reply];
  const text = format === "google-chat" || format === "teams" ? plainText(reply) : markdown(reply);
  const limit = WEBHOOK_TEXT_LIMITS[format] ?? Number.POSITIVE_INFINITY;
  const pieces = splitAtLines(text, limit);
  return pieces.map((piece) => (format === "teams" ? adaptiveCard(piece) : { text: piece }));
}

function plainText(reply: Reply): string {
  const rendered = renderReply(reply, { json: false, width: NO_WRAP });
  return `${rendered.stdout}${rendered.stderr}`.trimEnd();
}

function markdown(reply: Reply): string {
  return renderDiscord(reply).map(messageMarkdown).join("\n\n");
}

function messageMarkdown(message: DiscordMessage): string {
  const blocks: string[] = message.content ? [message.content] : [];
  for (const embed of message.embeds) {
    if (embed.title) blocks.push(`**${embed.title}**`);
    if (embed.description) blocks.push(embed.description);
    for (const field of embed.fields ?? []) blocks.push(`**${field.name}**\n${field.value}`);
    if (embed.footer?.text) blocks.push(embed.footer.text);
  }
  return blocks.join("\n\n");
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
