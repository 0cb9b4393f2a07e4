import type { Message } from "discord.js";
import { interpretQuestion } from "../../../commands/interpretQuestion.js";
import { runChatCommand } from "../runChatCommand.js";
import type { DiscordHandlerDeps } from "./handleInteraction.js";
import { renderDiscord } from "./renderDiscord.js";
import { sendMessageReply } from "./sendReply.js";

/**
 * Free text: a message that mentions the bot, or a direct message, is read as a question
 * ("what did Lavrov say?", "briefing on Iran") and answered with the same command as the slash
 * command would run; anything else gets the short help. Other messages are ignored.
 */
export async function handleMessage(
  message: Message,
  botUserId: string,
  deps: DiscordHandlerDeps,
): Promise<void> {
  if (message.author.bot) return;
  const direct = message.guildId === null;
  if (!direct && !message.mentions.users.has(botUserId)) return;
  try {
    const index = await deps.index();
    const asked = interpretQuestion(message.content, index);
    const name = asked?.command.definition.name ?? "help";
    const reply = await runChatCommand(name, asked?.input ?? {}, {
      platform: "discord",
      userId: message.author.id,
      deps: { index, summarizer: deps.summarizer, now: deps.now },
      logger: deps.logger,
      limits: deps.limits,
      where: { channelId: message.channelId, workspaceId: message.guildId },
    });
    // In a channel, private answers cannot be private: keep them short and reply in place.
    await sendMessageReply(message, renderDiscord(reply));
  } catch (error) {
    deps.logger.error("discord message failed", {
      platform: "discord",
      message: message.id,
      error,
    });
  }
}
