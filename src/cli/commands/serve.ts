import { randomUUID } from "node:crypto";
import { hostname } from "node:os";
import { dirname } from "node:path";
import type { SubscriptionService } from "../../../commands/types.js";
import { type RunningDiscordBot, startDiscordBot } from "../../adapters/discord/discordBot.js";
import { discordPoster } from "../../adapters/discord/discordPoster.js";
import { RequestLimits } from "../../adapters/requestLimits.js";
import { type RunningSlackApp, startSlackApp } from "../../adapters/slack/slackApp.js";
import { slackPoster } from "../../adapters/slack/slackPoster.js";
import { UserError } from "../../errors.js";
import { CorpusWatcher } from "../../index/corpusWatcher.js";
import { snapshotPath } from "../../index/indexSnapshot.js";
import { createLogger, type Logger } from "../../log/logger.js";
import { cronTrigger, DigestScheduler, intervalRepeater } from "../../schedule/scheduler.js";
import { openStore } from "../../store/openStore.js";
import type { CliCommandSpec, CliContext } from "../cliCommand.js";
import { StartUpInterrupted, unlessShutdown } from "../startUp.js";
import { expectNoArguments } from "./noArguments.js";

/** How long an interaction may wait before it is deferred (Discord's window is 3 s). */
const DEFER_AFTER_MS = 2000;

async function serve(context: CliContext): Promise<number> {
  const { args, io, environment } = context;
  expectNoArguments(args.command ?? "serve", args);
  const watch = args.options.watch === true;
  if (environment.discord === null && environment.slack === null) {
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
    return await serveWith(context, logger, watch);
  } catch (error) {
    if (!(error instanceof StartUpInterrupted)) throw error;
    logger.info("shutting down", { reason: String(error.reason ?? "stopped"), during: "start-up" });
    return 0;
  } finally {
    stopFaultLog?.();
  }
}

async function serveWith(context: CliContext, logger: Logger, watch: boolean): Promise<number> {
  const { io, environment } = context;
  // Every start-up step gives way to SIGINT/SIGTERM (`unlessShutdown`).
  const live = await unlessShutdown(context.loadLiveCorpus(), io.shutdown);
  // Read at every call: `--watch` swaps in a new index when the corpus changes.
  const index = () => Promise.resolve(live.index);
  const watcher = watch
    ? new CorpusWatcher({
        corpus: live,
        corpusDir: context.corpusDir,
        snapshotDir: dirname(snapshotPath(context.dataDir, context.corpusDir)),
        logger,
      })
    : null;
  const limits = new RequestLimits(environment, io.now);
  const store = await unlessShutdown(
    openStore({
      url: environment.storeUrl,
      dataDir: context.dataDir,
      logger,
    }),
    io.shutdown,
    (opened) => opened.close(),
  );
  let discord: RunningDiscordBot | null = null;
  let slack: RunningSlackApp | null = null;
  let scheduler: DigestScheduler | null = null;
  const subscriptions: SubscriptionService = {
    store,
    defaults: {
      time: environment.schedule.defaultTime,
      timezone: environment.schedule.defaultTimezone,
    },
    maxPerWorkspace: environment.maxSubscriptionsPerWorkspace,
    changed: async () => {
      await scheduler?.refresh();
    },
  };
  try {
    if (environment.discord) {
      discord = await unlessShutdown(
        startDiscordBot(environment.discord, {
          index,
          logger,
          limits,
          now: io.now,
          deferAfterMs: DEFER_AFTER_MS,
          subscriptions,
        }),
        io.shutdown,
        (bot) => bot.stop(),
      );
    }
    if (environment.slack) {
      slack = await unlessShutdown(
        startSlackApp(environment.slack, {
          index,
          logger,
          limits,
          now: io.now,
          subscriptions,
          adminUserIds: environment.slackAdminUserIds,
          ...(io.shutdown ? { shutdown: io.shutdown } : {}),
        }),
        io.shutdown,
        (app) => app.stop(),
      );
    }
    const posters = {
      discord: discord ? discordPoster(discord.client.rest) : null,
      slack: slack ? slackPoster(slack.digestClient) : null,
    };
    scheduler = new DigestScheduler({
      store,
      index,
      post: (subscription, reply) => {
        const post = posters[subscription.platform];
        if (!post) throw new Error(`the ${subscription.platform} adapter is not running`);
        return post(subscription.channelId, reply);
      },
      logger,
      now: io.now,
      sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
      instanceId: `${hostname()}:${process.pid}:${randomUUID().slice(0, 8)}`,
      settings: environment.schedule,
      trigger: cronTrigger,
      every: intervalRepeater,
    });
    await scheduler.start();
    watcher?.start();
    const adapters = [discord ? "discord" : null, slack ? "slack" : null].filter(Boolean);
    logger.info("briefbot serving", {
      adapters,
      store: store.kind,
      articles: live.index.articles.length,
      version: live.index.version,
      watching: watcher ? context.corpusDir : null,
    });
    await waitForShutdown(io.shutdown);
    logger.info("shutting down", { reason: String(io.shutdown?.reason ?? "stopped") });
    return 0;
  } finally {
    await watcher?.close();
    await scheduler?.stop();
    await Promise.allSettled([discord?.stop(), slack?.stop()]);
    await store.close();
  }
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
  "Usage: briefbot serve\n       briefbot serve --watch\n\nStarts every chat adapter whose credentials are set (Discord: DISCORD_TOKEN,\nDISCORD_APPLICATION_ID, optional DISCORD_GUILD_ID and DISCORD_API_URL; Slack: SLACK_BOT_TOKEN with\nSLACK_SIGNING_SECRET on SLACK_PORT, or SLACK_APP_TOKEN for Socket Mode; optional SLACK_API_URL). With none, prints the\ndigest of the corpus and says how to connect. Stops cleanly on Ctrl-C (SIGINT) or SIGTERM.\n\n  --watch   follow the corpus folder: new and changed files are in the briefings within\n            seconds (and articles added by `briefbot ingest` from another terminal).";

export const serveCli: CliCommandSpec = {
  name: "serve",
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
