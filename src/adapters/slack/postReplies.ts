import type { App } from "@slack/bolt";
import type { Logger } from "../../log/logger.js";
import type { SlackMessage } from "./blocks.js";

/**
 * Posts the answer to a mention or a direct message with chat.postMessage (in the thread when
 * there is one); private messages go to the asker alone (chat.postEphemeral). A failure is logged,
 * never thrown: the event has been acknowledged already.
 */
export async function postReplies(
  client: App["client"],
  logger: Logger,
  messages: readonly SlackMessage[],
  where: { channel: string; user: string; thread: string | null },
): Promise<void> {
  try {
    for (const message of messages) {
      const base = { channel: where.channel, text: message.text, blocks: [...message.blocks] };
      if (message.ephemeral && where.user !== "") {
        await client.chat.postEphemeral({
          ...base,
          user: where.user,
          ...(where.thread ? { thread_ts: where.thread } : {}),
        });
      } else {
        await client.chat.postMessage({
          ...base,
          ...(where.thread ? { thread_ts: where.thread } : {}),
        });
      }
    }
  } catch (error) {
    logger.error("slack post failed", { platform: "slack", channel: where.channel, error });
  }
}
