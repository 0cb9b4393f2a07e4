import { COMMANDS } from "../../../commands/index.js";
import { interpretQuestion } from "../../../commands/interpretQuestion.js";
import { parseChatLine } from "../../adapters/chat/parseChatLine.js";
import { renderChatGreeting, renderChatReply } from "../../adapters/chat/renderChatReply.js";
import { runChatCommand } from "../../adapters/runChatCommand.js";
import { BRIEFING_SUMMARIZER } from "../../app.js";
import { UserError } from "../../errors.js";
import { createLogger, silentLogger } from "../../log/logger.js";
import type { CliCommandSpec } from "../cliCommand.js";
import { expectNoArguments } from "./noArguments.js";

export const chatCli: CliCommandSpec = {
  name: "chat",
  synopsis: "chat",
  summary: "a local chat: slash commands and questions, as the Slack and Discord bots take them",
  help: 'Usage: briefbot chat\n\nA terminal chat that runs the same commands as the Slack and Discord bots — /brief nato,\n/official Bliken, /digest, /topics, /help — and free-text questions ("what did Lavrov say?"),\nanswered as plain terminal text wrapped at the terminal\'s width (COLUMNS), with no cooldown:\nyou are the only user. /quit or end of input leaves.',
  async run({ args, io, environment, loadIndex }) {
    expectNoArguments("chat", args);
    if (!io.stdinLines)
      throw new UserError("BAD_ARGUMENT", "chat needs an interactive standard input", 2);
    const index = await loadIndex();
    const logger =
      environment.logLevel === "debug"
        ? createLogger({ level: "debug", format: "pretty", write: io.stderr, now: io.now })
        : silentLogger;
    // One person at a terminal, not a channel: no cooldown or flood limits to protect anyone.
    const context = {
      platform: "chat" as const,
      userId: "local",
      deps: { index, summarizer: BRIEFING_SUMMARIZER, now: io.now },
      logger,
      limits: null,
    };
    const width = environment.columns ?? io.stdoutColumns ?? 100;
    io.stdout(renderChatGreeting(width));
    for await (const line of io.stdinLines()) {
      const parsed = parseChatLine(line, COMMANDS);
      if (parsed.kind === "quit") break;
      if (parsed.kind === "empty") continue;
      const asked = parsed.kind === "question" ? interpretQuestion(parsed.text, index) : null;
      const name = asked?.command.definition.name ?? "help";
      const reply =
        parsed.kind === "command"
          ? await runChatCommand(parsed.name, parsed.input, context)
          : await runChatCommand(name, asked?.input ?? {}, context);
      io.stdout(`${renderChatReply(reply, width)}\n`);
    }
    return 0;
  },
};
