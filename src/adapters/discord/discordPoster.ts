import {
  type APIMessage,
  DiscordAPIError,
  type REST,
  type RESTPostAPIChannelMessageJSONBody,
  Routes,
} from "discord.js";
import type { Reply } from "../../../commands/types.js";
import {
  DeliveryError,
  type DeliveryMark,
  errorText,
  markNonce,
  markText,
  messageAt,
  type PreparedPost,
} from "../../schedule/delivery.js";
import { type DiscordMessage, embedLength, fitText } from "./embeds.js";
import { DISCORD_LIMITS as L } from "./limits.js";
import { renderDiscord } from "./renderDiscord.js";

/** Discord answers at most 100 messages per history page. */
const HISTORY_LIMIT = 100;
/** Room the mark takes in a message: ` · digest 99/99 · ref 0123456789abcdef` and a newline. */
const MARK_ROOM = 48;

/**
 * Posts scheduled digests with the bot's REST client (`client.rest`), one message at a time.
 * Each message carries a nonce derived from the run and the message's index with
 * `enforce_nonce: true`, so Discord returns the first message instead of creating a second when
 * the same message is sent again within a few minutes (our retry after a cut connection, or
 * discord.js re-sending after its own timeout); and a `digest i/n · ref …` line (an embed footer,
 * or a subtext line), which `find` looks for in the channel's last 100 messages by a bot when a
 * retry comes later than that.
 */
export function discordPoster(
  rest: REST,
  render: (reply: Reply) => readonly DiscordMessage[] = renderDiscord,
) {
  return (channelId: string, reply: Reply): PreparedPost => {
    const messages = withRoomForMark(render(reply));
    return {
      count: messages.length,
      async send(mark) {
        const message = messageAt(messages, mark);
        try {
          const posted = (await rest.post(Routes.channelMessages(channelId), {
            body: messageBody(message, mark),
          })) as APIMessage;
          return posted.id;
        } catch (error) {
          throw classify(
            error,
            `posting message ${mark.index + 1} in Discord channel ${channelId}`,
          );
        }
      },
      async find(mark) {
        try {
          const recent = (await rest.get(Routes.channelMessages(channelId), {
            query: new URLSearchParams({ limit: String(HISTORY_LIMIT) }),
          })) as APIMessage[];
          const text = markText(mark);
          const found = recent.find((m) => m.author.bot === true && carriesMark(m, text));
          return found?.id ?? null;
        } catch (error) {
          // Without Read Message History the check cannot be made: the nonce still guards the
          // next few minutes, and a possible double beats a lost digest.
          if (error instanceof DiscordAPIError && error.status === 403) return null;
          throw classify(error, `reading Discord channel ${channelId}`);
        }
      },
    };
  };
}

/** The message as Discord's API takes it: mentions never parsed, the mark in the last footer. */
export function messageBody(
  message: DiscordMessage,
  mark: DeliveryMark,
): RESTPostAPIChannelMessageJSONBody {
  const text = markText(mark);
  const embeds = message.embeds.map((e) => ({ ...e }));
  const last = embeds[embeds.length - 1];
  let content = message.content;
  if (last) {
    const footer = last.footer?.text;
    const marked = footer ? `${footer} · ${text}` : text;
    last.footer = { text: marked.length <= L.footerText ? marked : text };
  } else {
    content = `${fitText(content ?? "", L.content - MARK_ROOM)}\n-# ${text}`;
  }
  return {
    ...(content !== undefined ? { content } : {}),
    embeds,
    allowed_mentions: { parse: [], replied_user: false },
    nonce: markNonce(mark),
    enforce_nonce: true,
  };
}

/** Moves trailing embeds to a message of their own where the mark would overflow 6,000. */
function withRoomForMark(messages: readonly DiscordMessage[]): DiscordMessage[] {
  const out: DiscordMessage[] = [];
  for (const message of messages) {
    const kept = [...message.embeds];
    const moved: typeof kept = [];
    const size = () => kept.reduce((sum, e) => sum + embedLength(e), 0);
    while (kept.length > 1 && size() + MARK_ROOM > L.embedsTotal) {
      const last = kept.pop();
      if (last) moved.unshift(last);
    }
    out.push({ ...message, embeds: kept });
    if (moved.length > 0) out.push({ ...message, embeds: moved });
  }
  return out;
}

function carriesMark(message: APIMessage, text: string): boolean {
  if (message.content.includes(text)) return true;
  return message.embeds.some((e) => e.footer?.text.includes(text) === true);
}

/**
 * Refusals that will not change on a retry (no access, unknown channel, invalid body) are
 * permanent; rate limits, server errors, timeouts and dropped connections are transient.
 */
function classify(error: unknown, doing: string): DeliveryError {
  if (error instanceof DiscordAPIError) {
    const transient = error.status === 429 || error.status === 408 || error.status >= 500;
    return new DeliveryError(`${doing}: ${error.status} ${error.message}`, transient, {
      cause: error,
    });
  }
  return new DeliveryError(`${doing}: ${errorText(error)}`, true, { cause: error });
}
