import {
  type ChatInputCommandInteraction,
  type InteractionReplyOptions,
  type Message,
  MessageFlags,
} from "discord.js";
import type { DiscordMessage } from "./embeds.js";

/** No mention in anything briefbot posts is ever parsed: corpus text cannot ping anyone. */
export const NO_MENTIONS = { parse: [] as never[], repliedUser: false };

function options(
  message: DiscordMessage,
): InteractionReplyOptions & { flags?: MessageFlags.Ephemeral } {
  return {
    ...(message.content !== undefined ? { content: message.content } : {}),
    embeds: [...message.embeds],
    allowedMentions: NO_MENTIONS,
    ...(message.ephemeral ? { flags: MessageFlags.Ephemeral as const } : {}),
  };
}

/**
 * Sends a rendered reply to an interaction: the first message as the reply (or as the edit of a
 * deferred reply), the rest as follow-ups. A deferred public reply cannot become private, so an
 * ephemeral answer after a public defer replaces it with a private follow-up.
 */
export async function sendInteractionReply(
  interaction: ChatInputCommandInteraction,
  messages: readonly DiscordMessage[],
  deferred: boolean,
): Promise<void> {
  const [first, ...rest] = messages;
  if (!first) return;
  if (!deferred) await interaction.reply(options(first));
  else if (first.ephemeral) {
    await interaction.deleteReply();
    await interaction.followUp(options(first));
  } else {
    const { flags: _flags, ...edit } = options(first);
    await interaction.editReply(edit);
  }
  for (const message of rest) await interaction.followUp(options(message));
}

/** Answers a message that mentioned the bot (or a DM): a reply, then further messages. */
export async function sendMessageReply(
  message: Message,
  messages: readonly DiscordMessage[],
): Promise<void> {
  const [first, ...rest] = messages;
  if (!first) return;
  const { flags: _flags, ...reply } = options(first);
  await message.reply(reply);
  for (const next of rest) {
    const { flags: _f, ...more } = options(next);
    if (message.channel.isSendable()) await message.channel.send(more);
  }
}
