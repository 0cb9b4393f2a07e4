import { runLocalChat } from "../../app.js";
import { UserError } from "../../errors.js";
import { createLogger, silentLogger } from "../../log/logger.js";
import type { CliCommandSpec } from "../cliCommand.js";
import { expectNoArguments } from "./noArguments.js";
import { COMMAND_LINE_PLACE, withSources } from "./sourcesAccess.js";

export const chatCli: CliCommandSpec = {
  name: "chat",
  synopsis: "chat",
  summary: "a local chat: slash commands and questions, as the Slack and Discord bots take them",
  help: 'Usage: briefbot chat\n\nA terminal chat that runs the same commands as the Slack and Discord bots — /brief nato,\n/official Bliken, /digest, /topics, /help — and free-text questions ("what did Lavrov say?"),\nanswered as plain terminal text wrapped at the terminal\'s width (COLUMNS), with no cooldown:\nyou are the only user. /quit or end of input leaves.',
  async run(context) {
    const { args, io, environment, loadIndex } = context;
    expectNoArguments("chat", args);
    const stdinLines = io.stdinLines;
    if (!stdinLines)
      throw new UserError("BAD_ARGUMENT", "chat needs an interactive standard input", 2);
    const index = await loadIndex();
    const logger =
      environment.logLevel === "debug"
        ? createLogger({ level: "debug", format: "pretty", write: io.stderr, now: io.now })
        : silentLogger;
    // /sources works here as on the command line: whoever runs the chat owns the data folder.
    // Standard input is read only once the store is open: lines piped in before the chat reads
    // them would be lost.
    await withSources(context, ({ registry }) =>
      runLocalChat({
        index,
        now: io.now,
        lines: stdinLines(),
        write: io.stdout,
        width: environment.columns ?? io.stdoutColumns ?? 100,
        logger,
        sources: registry,
        place: COMMAND_LINE_PLACE,
      }),
    );
    return 0;
  },
};
