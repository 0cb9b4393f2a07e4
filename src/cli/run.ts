import { existsSync } from "node:fs";
import { homedir } from "node:os";
import { resolve } from "node:path";
import { findCommand } from "../../commands/index.js";
import { runCommand } from "../../commands/runCommand.js";
import { commandDeps, openLiveCorpus, readAppConfig, renderForTerminal } from "../app.js";
import { defaultDataDir } from "../config/dataDir.js";
import { defaultConfigDir, defaultCorpusDir } from "../config/paths.js";
import { isUserError, UserError } from "../errors.js";
import type { CorpusIndex } from "../index/corpusIndex.js";
import type { LiveCorpus } from "../index/liveCorpus.js";
import { editDistance } from "../text/editDistance.js";
import { terminalLine, terminalText } from "../text/terminalText.js";
import type { CliCommandSpec, CliContext, CliIo } from "./cliCommand.js";
import { mainHelp } from "./help.js";
import { type CliArgs, parseCli } from "./parseCli.js";
import { CLI_COMMANDS } from "./registry.js";
import { warningLine } from "./warningLine.js";

export type { CliIo } from "./cliCommand.js";

/** Runs one CLI invocation and returns its exit code. Never throws. */
export async function runCli(
  argv: readonly string[],
  io: CliIo,
  commands: readonly CliCommandSpec[] = CLI_COMMANDS,
): Promise<number> {
  try {
    const optionsByCommand = Object.fromEntries(commands.map((c) => [c.name, c.options ?? {}]));
    return await dispatch(parseCli(argv, optionsByCommand), io, commands);
  } catch (error) {
    if (isUserError(error)) {
      io.stderr(`briefbot: ${terminalText(error.message)}\n`);
      return error.exitCode;
    }
    const detail = error instanceof Error ? (error.stack ?? error.message) : String(error);
    io.stderr(
      `briefbot: internal error — this is a bug, please report it.\n${terminalText(detail)}\n`,
    );
    return 70;
  }
}

async function dispatch(
  args: CliArgs,
  io: CliIo,
  commands: readonly CliCommandSpec[],
): Promise<number> {
  const help = mainHelp(commands);
  if (args.command === null) {
    (args.help ? io.stdout : io.stderr)(`${help}\n`);
    return args.help ? 0 : 2;
  }
  if (args.command === "help") {
    const target = commands.find((c) => c.name === args.positionals[0]);
    io.stdout(`${target?.help ?? help}\n`);
    return 0;
  }
  const command = findCliCommand(args.command, commands);
  if (args.help) {
    io.stdout(`${command.help}\n`);
    return 0;
  }
  const { context: made, closeLiveCorpus } = context(args, io, command.leadsSharedIndex === true);
  try {
    return await command.run(made);
  } finally {
    await closeLiveCorpus();
  }
}

function context(
  args: CliArgs,
  io: CliIo,
  /** `CliCommandSpec.leadsSharedIndex`. */
  mayLead: boolean,
): { context: CliContext; closeLiveCorpus(): Promise<void> } {
  const environment = readAppConfig(io.env);
  let live: Promise<LiveCorpus> | undefined;
  const resolvePath = (path: string): string => resolve(io.cwd, path);
  const corpusDir = args.corpus === null ? defaultCorpusDir() : resolvePath(args.corpus);
  const dataDir =
    environment.dataDir === null
      ? defaultDataDir({
          cwd: resolvePath("."),
          env: io.env,
          platform: process.platform,
          home: (process.platform === "win32" ? io.env.USERPROFILE : io.env.HOME) ?? homedir(),
          exists: existsSync,
        })
      : resolvePath(environment.dataDir);
  const configDir = args.config === null ? defaultConfigDir() : resolvePath(args.config);
  const loadLiveCorpus = (onProgress?: (done: number, total: number) => void) => {
    live ??= openLiveCorpus({
      corpusDir,
      configDir,
      dataDir,
      databaseUrl: environment.databaseUrl,
      indexName: environment.indexName,
      mayLead,
      workers: environment.workers,
      ...(onProgress ? { onProgress } : {}),
    }).then(
      ({ corpus, report }) => {
        if (report.snapshotProblem) io.stderr(`warning: ${terminalLine(report.snapshotProblem)}\n`);
        for (const warning of corpus.index.warnings) io.stderr(warningLine(warning));
        return corpus;
      },
      (error: unknown) => {
        // Not remembered: a folder found empty may hold articles at the next call (`poll`).
        live = undefined;
        throw error;
      },
    );
    return live;
  };
  const loadIndex = async (): Promise<CorpusIndex> => (await loadLiveCorpus()).index;
  // The saved index's connections and lock (a shared one) end with the command.
  const closeLiveCorpus = async () => {
    const opened = await live?.catch(() => null);
    await opened?.close();
  };
  const made: CliContext = {
    args,
    io,
    environment,
    corpusDir,
    configDir,
    dataDir,
    loadIndex,
    loadLiveCorpus,
    resolvePath,
    async runCommand(name, input, extra = {}) {
      const command = findCommand(name);
      if (!command) throw new Error(`command '${name}' is not registered`);
      // One person at a terminal: no flood limits to protect anyone.
      const { reply } = await runCommand(
        command,
        input,
        { ...commandDeps(await loadIndex(), io.now), ...extra },
        null,
      );
      const rendered = renderForTerminal(reply, {
        json: args.json,
        width: environment.columns ?? 100,
      });
      io.stdout(rendered.stdout);
      io.stderr(rendered.stderr);
      return rendered.exitCode;
    },
  };
  return { context: made, closeLiveCorpus };
}

function findCliCommand(name: string, commands: readonly CliCommandSpec[]): CliCommandSpec {
  const found = commands.find((c) => c.name === name);
  if (found) return found;
  const close = commands.map((c) => c.name).filter((c) => editDistance(name, c) <= 2);
  const hint = close.length > 0 ? ` — did you mean ${close.join(" or ")}?` : "";
  throw new UserError("BAD_ARGUMENT", `unknown command '${name}'${hint} (see briefbot --help)`, 2);
}
