import { resolve } from "node:path";
import { findCommand } from "../../commands/index.js";
import type { CommandInput } from "../../commands/types.js";
import { renderReply } from "../adapters/terminal/renderReply.js";
import { loadEngine } from "../app.js";
import { readEnvironment } from "../config/environment.js";
import { defaultConfigDir, defaultCorpusDir } from "../config/paths.js";
import { isUserError, UserError } from "../errors.js";
import { editDistance } from "../text/editDistance.js";
import { COMMAND_HELP, MAIN_HELP } from "./help.js";
import { type CliArgs, parseCli } from "./parseCli.js";

export interface CliIo {
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  readonly env: NodeJS.ProcessEnv;
  readonly now: () => Date;
  readonly cwd: string;
}

const CLI_COMMANDS = ["topics", "brief", "digest", "start", "help"] as const;
type CliCommand = (typeof CLI_COMMANDS)[number];

/** Runs one CLI invocation and returns its exit code. Never throws. */
export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  try {
    return await dispatch(parseCli(argv), io);
  } catch (error) {
    if (isUserError(error)) {
      io.stderr(`briefbot: ${error.message}\n`);
      return error.exitCode;
    }
    const detail = error instanceof Error ? (error.stack ?? error.message) : String(error);
    io.stderr(`briefbot: internal error — this is a bug, please report it.\n${detail}\n`);
    return 70;
  }
}

async function dispatch(args: CliArgs, io: CliIo): Promise<number> {
  if (args.command === null) {
    (args.help ? io.stdout : io.stderr)(`${MAIN_HELP}\n`);
    return args.help ? 0 : 2;
  }
  const command = knownCommand(args.command);
  if (command === "help" || args.help) {
    const topic = command === "help" ? args.positionals[0] : command;
    io.stdout(`${topic !== undefined && COMMAND_HELP[topic] ? COMMAND_HELP[topic] : MAIN_HELP}\n`);
    return 0;
  }
  const input = commandInput(command, args);
  const environment = readEnvironment(io.env);
  const index = await loadEngine({
    corpusDir: args.corpus === null ? defaultCorpusDir() : resolve(io.cwd, args.corpus),
    configDir: args.config === null ? defaultConfigDir() : resolve(io.cwd, args.config),
  });
  for (const warning of index.warnings) io.stderr(`warning: ${warning.file}: ${warning.reason}\n`);

  const name = command === "start" ? "digest" : command;
  const reply = findCommand(name)?.execute(input, { index, now: io.now });
  if (!reply) throw new Error(`command '${name}' is not registered`);
  const rendered = renderReply(reply, { json: args.json, width: environment.columns ?? 100 });
  io.stdout(rendered.stdout);
  io.stderr(rendered.stderr);
  if (command === "start" && rendered.exitCode === 0) io.stderr(connectHint(environment));
  return rendered.exitCode;
}

function knownCommand(name: string): CliCommand {
  const found = CLI_COMMANDS.find((c) => c === name);
  if (found) return found;
  const close = CLI_COMMANDS.filter((c) => editDistance(name, c) <= 2);
  const hint = close.length > 0 ? ` — did you mean ${close.join(" or ")}?` : "";
  throw new UserError("BAD_ARGUMENT", `unknown command '${name}'${hint} (see briefbot --help)`, 2);
}

function commandInput(command: CliCommand, args: CliArgs): CommandInput {
  const limit = args.limit ?? undefined;
  if (command === "brief") {
    if (args.positionals.join("").trim() === "") {
      throw new UserError("BAD_ARGUMENT", "brief needs a topic — try: briefbot topics", 2);
    }
    return { topic: args.positionals.join(" "), limit };
  }
  if (args.positionals.length > 0) {
    throw new UserError(
      "BAD_ARGUMENT",
      `${command} takes no argument, got '${args.positionals.join(" ")}'`,
      2,
    );
  }
  if (command === "topics" && limit !== undefined) {
    throw new UserError("BAD_ARGUMENT", "topics takes no --limit", 2);
  }
  return command === "topics" ? {} : { limit };
}

function connectHint(environment: ReturnType<typeof readEnvironment>): string {
  if (environment.discordConfigured || environment.slackConfigured) {
    return "\nChat credentials are set, but this version of briefbot only prints the digest: the Discord and Slack adapters are not built yet.\n";
  }
  return [
    "",
    "This is the digest of the corpus. To post briefings in chat, set credentials and run `npm start` again:",
    "  Discord: DISCORD_TOKEN (bot token) and DISCORD_APPLICATION_ID; optionally DISCORD_GUILD_ID",
    "  Slack:   SLACK_BOT_TOKEN and SLACK_SIGNING_SECRET (HTTP), or SLACK_APP_TOKEN (Socket Mode)",
    "See README.md, section 'Connecting Slack or Discord'.",
    "",
  ].join("\n");
}
