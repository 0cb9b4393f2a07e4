import { COMMANDS } from "../../../commands/index.js";
import { interpretQuestion } from "../../../commands/interpretQuestion.js";
import { parseChatLine } from "../../adapters/chat/parseChatLine.js";
import { renderChatText } from "../../adapters/chat/renderChatText.js";
import { renderDiscord } from "../../adapters/discord/renderDiscord.js";
import { RequestLimits } from "../../adapters/requestLimits.js";
import { runChatCommand } from "../../adapters/runChatCommand.js";
import { UserError } from "../../errors.js";
import { createLogger, silentLogger } from "../../log/logger.js";
import type { CliCommandSpec } from "../cliCommand.js";
import { expectNoArguments } from "./noArguments.js";

export const chatCli: CliCommandSpec = {
  name: "chat",
  synopsis: "chat",
  summary: "a local chat: slash commands and questions, answered like in Slack/Discord",
  help: 'Usage: briefbot chat\n\nA terminal chat that runs the same commands as the Slack and Discord bots — /brief nato,\n/official Bliken, /digest, /topics, /help — and free-text questions ("what did Lavrov say?"),\nrendered as the chat platforms show them. /quit or end of input leaves.',
  async run({ args, io, environment, loadIndex }) {
    expectNoArguments("chat", args);
    if (!io.stdinLines)
      throw new UserError("BAD_ARGUMENT", "chat needs an interactive standard input", 2);
    const index = await loadIndex();
    const logger =
      environment.logLevel === "debug"
        ? createLogger({ level: "debug", format: "pretty", write: io.stderr, now: io.now })
        : silentLogger;
    const context = {
      platform: "chat" as const,
      userId: "local",
      deps: { index, now: io.now },
      logger,
      limits: new RequestLimits(environment, io.now),
    };
    io.stdout(
      "briefbot chat — try /brief nato, /official Bliken, a question, /help; /quit to leave.\n",
    );
    for await (const line of io.stdinLines()) {
      const parsed = parseChatLine(line, COMMANDS);
      if (parsed.kind === "quit") break;
      if (parsed.kind === "empty") continue;
      const asked = parsed.kind === "question" ? interpretQuestion(parsed.text, index) : null;
      const reply =
        parsed.kind === "command"
          ? await runChatCommand(parsed.name, parsed.input, context)
          : await runChatCommand(asked?.command ?? "help", asked?.input ?? {}, context);
      io.stdout(`${renderChatText(renderDiscord(reply))}\n`);
    }
    return 0;
  },
};
