import type { Reply } from "../../../commands/types.js";
import { messageAt, type PreparedPost } from "../../schedule/delivery.js";
import type { PostTarget } from "../adapter.js";
import { isWebhookFormat } from "./formats.js";
import { renderWebhook } from "./renderWebhook.js";
import { type SendDeps, sendWebhook } from "./sendWebhook.js";
import type { WebhookSettings } from "./settings.js";
import { redactedUrl } from "./webhookUrl.js";

/**
 * Posts a reply to a subscription's webhook, one post per piece. An incoming webhook cannot be
 * read back, so `find` never finds: a piece whose first try's outcome is unknown is sent again,
 * with the same Idempotency-Key for a receiver that honours one (a possible double beats a lost
 * digest, as on Slack without the history scopes).
 */
export function webhookPoster(settings: WebhookSettings, deps: SendDeps) {
  return (target: PostTarget, reply: Reply): PreparedPost => {
    const url = target.destination?.url;
    const format = target.destination?.format;
    if (url === undefined || format === undefined || !isWebhookFormat(format)) {
      throw new Error(`webhook subscription ${target.channelId} has no usable URL and format`);
    }
    const bodies = renderWebhook(reply, format);
    return {
      count: bodies.length,
      async send(mark) {
        await sendWebhook(
          {
            url,
            body: messageAt(bodies, mark),
            key: `briefbot-${mark.ref}-${mark.index}`,
            doing: `posting message ${mark.index + 1}/${mark.count} to webhook ${redactedUrl(url)}`,
          },
          settings,
          deps,
        );
        return `${mark.ref}-${mark.index}`;
      },
      async find() {
        return null;
      },
    };
  };
}
