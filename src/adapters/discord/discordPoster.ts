import type { Client } from "discord.js";
import type { Reply } from "../../../commands/types.js";
import { renderDiscord } from "./renderDiscord.js";
import { NO_MENTIONS } from "./sendReply.js";

/** Posts a reply (a scheduled digest) to a channel; throws when the channel is gone or read-only. */
export function discordPoster(client: Client) {
  return async (channelId: string, reply: Reply): Promise<void> => {
    const channel = await client.channels.fetch(channelId);
    if (!channel?.isSendable()) throw new Error(`cannot post in Discord channel ${channelId}`);
    for (const message of renderDiscord(reply)) {
      await channel.send({
        ...(message.content !== undefined ? { content: message.content } : {}),
        embeds: [...message.embeds],
        allowedMentions: NO_MENTIONS,
      });
    }
  };
}
