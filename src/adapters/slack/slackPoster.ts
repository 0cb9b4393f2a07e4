import type { webApi } from "@slack/bolt";
import type { Reply } from "../../../commands/types.js";
import {
  DeliveryError,
  type DeliveryMark,
  errorText,
  messageAt,
  type PreparedPost,
} from "../../schedule/delivery.js";
import { renderSlack } from "./renderSlack.js";

/** The message metadata type of a scheduled digest's messages. */
export const DIGEST_EVENT_TYPE = "briefbot_digest";
/** Messages per conversations.history page that `find` reads. */
const HISTORY_LIMIT = 100;
/** Slack's errors that another try may not see again. */
const TRANSIENT_ERRORS = new Set([
  "ratelimited",
  "fatal_error",
  "internal_error",
  "service_unavailable",
  "request_timeout",
]);

/**
 * Posts scheduled digests (chat.postMessage), one message at a time. Slack has no idempotency key,
 * so every message carries message metadata `briefbot_digest { ref, part, of }` derived from the
 * run, and `find` looks for it among the channel's last 100 messages (conversations.history with
 * include_all_metadata; needs the channels:history / groups:history scopes) before a message whose
 * earlier attempt's outcome is unknown is sent again. Give it a client that does not retry server
 * errors by itself: a blind retry of a post Slack had accepted would post it twice.
 */
export function slackPoster(client: webApi.WebClient) {
  return (channelId: string, reply: Reply): PreparedPost => {
    const messages = renderSlack(reply);
    return {
      count: messages.length,
      async send(mark) {
        const message = messageAt(messages, mark);
        try {
          const posted = await client.chat.postMessage({
            channel: channelId,
            text: message.text,
            blocks: [...message.blocks],
            metadata: { event_type: DIGEST_EVENT_TYPE, event_payload: payloadOf(mark) },
          });
          if (typeof posted.ts !== "string") throw new Error("chat.postMessage returned no ts");
          return posted.ts;
        } catch (error) {
          throw classify(error, `posting message ${mark.index + 1} in Slack channel ${channelId}`);
        }
      },
      async find(mark) {
        try {
          const history = await client.conversations.history({
            channel: channelId,
            limit: HISTORY_LIMIT,
            include_all_metadata: true,
          });
          const wanted = payloadOf(mark);
          const found = (history.messages ?? []).find((m) => {
            const metadata = m.metadata;
            if (metadata?.event_type !== DIGEST_EVENT_TYPE) return false;
            const payload = metadata.event_payload as Record<string, unknown> | undefined;
            return payload?.ref === wanted.ref && payload.part === wanted.part;
          });
          return found?.ts ?? null;
        } catch (error) {
          // An app installed without the history scopes cannot check: a possible double beats a
          // lost digest (reinstall with channels:history and groups:history to close that gap).
          if ((error as { data?: { error?: unknown } }).data?.error === "missing_scope")
            return null;
          throw classify(error, `reading Slack channel ${channelId}`);
        }
      },
    };
  };
}

function payloadOf(mark: DeliveryMark): { ref: string; part: number; of: number } {
  return { ref: mark.ref, part: mark.index + 1, of: mark.count };
}

/** A platform error naming a lasting condition (channel_not_found, not_in_channel…) is permanent. */
function classify(error: unknown, doing: string): DeliveryError {
  const code = (error as { code?: unknown }).code;
  const slackError = (error as { data?: { error?: unknown } }).data?.error;
  if (code === "slack_webapi_platform_error" && typeof slackError === "string") {
    return new DeliveryError(`${doing}: ${slackError}`, TRANSIENT_ERRORS.has(slackError), {
      cause: error,
    });
  }
  return new DeliveryError(`${doing}: ${errorText(error)}`, true, { cause: error });
}
