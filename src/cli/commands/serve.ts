import {
  type AppConfig,
  BUNDLED_CORPUS_SOURCES,
  createApp,
  followedSources,
  isBundledCorpus,
  listeningPlatforms,
  loadConfigSources,
  loadConfigWebhooks,
  postingOnlySubscriptions,
} from "../../app.js";
import { UserError } from "../../errors.js";
import { createLogger, type Logger, silentLogger } from "../../log/logger.js";
import type { CliCommandSpec, CliContext } from "../cliCommand.js";
import { StartUpInterrupted, unlessShutdown } from "../startUp.js";
import { expectNoArguments } from "./noArguments.js";
import { loadUnlessEmpty, pollCli } from "./poll.js";

async function serve(context: CliContext): Promise<number> {
  const { args, io } = context;
  expectNoArguments(args.command ?? "serve", args);
  // config/webhooks.json and sources.json are validated before anything starts, with the rest
  // of the config.
  const environment: AppConfig = Object.freeze({
    ...context.environment,
    configWebhooks: await loadConfigWebhooks(context.configDir),
    sources: await loadConfigSources(context.configDir),
  });
  const watch = args.options.watch === true;
  const followed = await followedSources(environment, context.dataDir, silentLogger);
  // The bundled sample corpus sits in the install folder: feeds are not written into it.
  const bundled = isBundledCorpus(context.corpusDir);
  if (bundled && followed > 0) io.stderr(`briefbot: ${BUNDLED_CORPUS_SOURCES}\n`);
  const toPoll = bundled ? 0 : followed;
  const nothingToServe =
    listeningPlatforms(environment).length === 0 &&
    (await postingOnlySubscriptions(environment, context.dataDir, silentLogger)) === 0 &&
    toPoll === 0;
  if (nothingToServe) {
    if (watch) {
      throw new UserError(
        "BAD_ARGUMENT",
        "serve --watch needs Discord or Slack credentials (see briefbot serve --help); without them serve prints the digest once",
        2,
      );
    }
    // No chat credentials: print the digest of the corpus and say how to connect.
    const code = await context.runCommand("digest", { limit: args.limit ?? undefined });
    if (code === 0) io.stderr(connectHint());
    return code;
  }
  if (toPoll > 0) await fillEmptyCorpus(context);
  const logger = createLogger({
    level: environment.logLevel,
    format: io.stderrIsTTY ? "pretty" : "json",
    write: io.stderr,
    now: io.now,
  });
  // An error no handler caught is a bug: logged with its kind, and a rejection does not stop
  // the bot for every other user.
  const stopFaultLog = io.onFault?.(({ kind, error }) => {
    logger.error(`${kind} — this is a bug, please report it`, {
      error,
      serving: kind === "unhandled rejection",
    });
  });
  try {
    return await serveWith(context, environment, logger, watch);
  } catch (error) {
    if (!(error instanceof StartUpInterrupted)) throw error;
    logger.info("shutting down", { reason: String(error.reason ?? "stopped"), during: "start-up" });
    return 0;
  } finally {
    stopFaultLog?.();
  }
}

async function serveWith(
  context: CliContext,
  environment: AppConfig,
  logger: Logger,
  watch: boolean,
): Promise<number> {
  const { io } = context;
  const app = createApp(
    environment,
    { corpusDir: context.corpusDir, dataDir: context.dataDir, watch },
    {
      loadLiveCorpus: () => context.loadLiveCorpus(),
      logger,
      now: io.now,
      ...(io.fetcher ? { fetcher: io.fetcher } : {}),
      ...(io.shutdown ? { shutdown: io.shutdown } : {}),
      // Every start-up step gives way to SIGINT/SIGTERM (`unlessShutdown`).
      step: (work, undo) => unlessShutdown(work, io.shutdown, undo),
    },
  );
  try {
    await app.start();
    await waitForShutdown(io.shutdown);
    logger.info("shutting down", { reason: String(io.shutdown?.reason ?? "stopped") });
    return 0;
  } finally {
    await app.stop();
  }
}

/**
 * A corpus folder that only feeds fill holds nothing before their first poll: poll them once
 * before serving (what `briefbot poll` prints), so the index has articles to start from.
 */
async function fillEmptyCorpus(context: CliContext): Promise<void> {
  if ((await loadUnlessEmpty(context)) !== null) return;
  context.io.stderr(
    "briefbot: the corpus folder holds no article yet: polling the live sources first\n",
  );
  await pollCli.run(context);
}

function waitForShutdown(signal: AbortSignal | undefined): Promise<void> {
  if (!signal) return new Promise(() => {});
  if (signal.aborted) return Promise.resolve();
  return new Promise((resolve) =>
    signal.addEventListener("abort", () => resolve(), { once: true }),
  );
}

function connectHint(): string {
  return [
    "",
    "This is the digest of the corpus. To serve briefings in chat, set credentials and run `npm start` again:",
    "  Discord: DISCORD_TOKEN (bot token) and DISCORD_APPLICATION_ID; optionally DISCORD_GUILD_ID",
    "  Slack:   SLACK_BOT_TOKEN and SLACK_SIGNING_SECRET (HTTP), or SLACK_APP_TOKEN (Socket Mode)",
    "Or try briefbot without any account: npx briefbot chat",
    "See README.md, section 'Connecting Slack or Discord'.",
    "",
  ].join("\n");
}

const HELP =
  "Usage: briefbot serve\n       briefbot serve --watch\n\nStarts every chat adapter whose credentials are set (Discord: DISCORD_TOKEN,\nDISCORD_APPLICATION_ID, optional DISCORD_GUILD_ID and DISCORD_API_URL; Slack: SLACK_BOT_TOKEN with\nSLACK_SIGNING_SECRET on SLACK_PORT, or SLACK_APP_TOKEN for Socket Mode; optional SLACK_API_URL). With none, prints the\ndigest of the corpus and says how to connect. Webhooks listed in <config>/webhooks.json\n(same options as subscribe --webhook) are subscribed at start; an entry removed from the file is\nunsubscribed. The live sources (<config>/sources.json and `briefbot sources add`) are polled while\nit runs, even without chat credentials; their new articles go to <corpus>/sources/. Stops cleanly on Ctrl-C (SIGINT) or SIGTERM.\n\n  --watch   follow the corpus folder: new and changed files are in the briefings within\n            seconds (and articles added by `briefbot ingest` from another terminal).";

export const serveCli: CliCommandSpec = {
  name: "serve",
  leadsSharedIndex: true,
  synopsis: "serve",
  summary: "serve Slack/Discord when credentials are set, else print the digest",
  help: HELP,
  options: { watch: { type: "boolean" } },
  run: serve,
};

/** `start` is what `npm start` runs: the same as `serve`. */
export const startCli: CliCommandSpec = {
  ...serveCli,
  name: "start",
  synopsis: "start",
  summary: "same as serve (what npm start runs)",
  help: HELP.replaceAll("briefbot serve", "briefbot start"),
};
