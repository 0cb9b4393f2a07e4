import { COMMANDS } from "../../../commands/index.js";
import { interpretQuestion } from "../../../commands/interpretQuestion.js";
import type { CommandDeps } from "../../../commands/types.js";
import type { Logger } from "../../log/logger.js";
import { runChatCommand } from "../runChatCommand.js";
import { parseChatLine } from "./parseChatLine.js";
import { renderChatGreeting, renderChatReply } from "./renderChatReply.js";

export interface ChatSessionOptions {
  /** What the person types, line by line; the session ends with it or at /quit. */
  readonly lines: AsyncIterable<string>;
  readonly write: (text: string) => void;
  /** Columns replies are word-wrapped at. */
  readonly width: number;
  /** `sources` and `place`: the followed sources, managed by whoever runs the chat. */
  readonly deps: Pick<CommandDeps, "index" | "summarizer" | "now" | "sources" | "place">;
  readonly logger: Logger;
}

/**
 * The local chat (`briefbot chat`): slash commands and free-text questions, run as the chat
 * platforms run them, each reply written as wrapped terminal text.
 */
export async function runChatSession(options: ChatSessionOptions): Promise<void> {
  const { deps, width, write } = options;
  // One person at a terminal, not a channel: no cooldown or flood limits to protect anyone.
  const context = {
    platform: "chat" as const,
    userId: "local",
    deps,
    logger: options.logger,
    limits: null,
  };
  write(renderChatGreeting(width));
  for await (const line of options.lines) {
    const parsed = parseChatLine(line, COMMANDS);
    if (parsed.kind === "quit") break;
    if (parsed.kind === "empty") continue;
    const asked = parsed.kind === "question" ? interpretQuestion(parsed.text, deps.index) : null;
    const name = asked?.command.definition.name ?? "help";
    const reply =
      parsed.kind === "command"
        ? await runChatCommand(parsed.name, parsed.input, context)
        : await runChatCommand(name, asked?.input ?? {}, context);
    write(`${renderChatReply(reply, width)}\n`);
  }
}
