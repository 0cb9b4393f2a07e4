import { terminalText } from "../../text/terminalText.js";
import type { DiscordMessage } from "../discord/embeds.js";

/**
 * Chat messages (as the Discord adapter renders them) shown in a terminal: each embed as a
 * titled block, markdown markers and escapes removed, links as "title (url)". Private answers
 * say so, as chat platforms show "only you can see this".
 */
export function renderChatText(messages: readonly DiscordMessage[]): string {
  const out: string[] = [];
  for (const message of messages) {
    if (message.ephemeral) out.push("(only you can see this)");
    if (message.content) out.push(plain(message.content));
    for (const embed of message.embeds) {
      if (embed.title) out.push(`▌ ${plain(embed.title)}`);
      if (embed.description) out.push(plain(embed.description));
      for (const field of embed.fields ?? [])
        out.push(`• ${plain(field.name)}: ${plain(field.value)}`);
      if (embed.footer) out.push(`  ${plain(embed.footer.text)}`);
      out.push("");
    }
  }
  return `${terminalText(out.join("\n"))
    .replace(/\n{3,}/g, "\n\n")
    .trimEnd()}\n`;
}

function plain(text: string): string {
  return text
    .replace(/\[([^\]]+)\]\((https?:[^)]+)\)/g, "$1 ($2)")
    .replace(/\*\*(.+?)\*\*/g, "$1")
    .replace(/(^|\s)\*(.+?)\*(?=\s|$|[.,;])/g, "$1$2")
    .replace(/`([^`]+)`/g, "$1")
    .replace(/\\([\\*_`~|>#[\]()-])/g, "$1")
    .replace(/\u200b/g, "");
}
