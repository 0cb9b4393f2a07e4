import type { Reply } from "../../../commands/types.js";
import { renderReply } from "../terminal/renderReply.js";
import { wrap } from "../terminal/wrap.js";

/**
 * A reply in the local chat (`briefbot chat`): the terminal's text, every line word-wrapped at
 * `width`, and a user error or an apology in the conversation (stdout) where it was asked for.
 * Control characters from the corpus are escaped as on any terminal.
 */
export function renderChatReply(reply: Reply, width: number): string {
  const rendered = renderReply(reply, { json: false, width, wrapLines: true });
  return rendered.stdout + rendered.stderr;
}

/** The chat's first line: what to try and how to leave. */
export function renderChatGreeting(width: number): string {
  const greeting =
    "briefbot chat — try /brief nato, /official Bliken, a question, /help; /quit to leave.";
  return `${wrap(greeting, width, "", "")}\n`;
}
