import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { App, HTTPReceiver, SocketModeReceiver, webApi } from "@slack/bolt";
import { COMMANDS } from "../../../commands/index.js";
import { interpretQuestion } from "../../../commands/interpretQuestion.js";
import type { ChatPlace, SubscriptionService } from "../../../commands/types.js";
import type { SlackSettings } from "../../config/environment.js";
import { UserError } from "../../errors.js";
import type { CorpusIndex } from "../../index/corpusIndex.js";
import type { Logger } from "../../log/logger.js";
import { parseChatLine } from "../chat/parseChatLine.js";
import type { RequestLimits } from "../requestLimits.js";
import { runChatCommand } from "../runChatCommand.js";
import { networkErrorCode, unreachableApiError } from "../unreachable.js";
import type { SlackMessage } from "./blocks.js";
import { boltLogger } from "./boltLogger.js";
import { limitedBody } from "./limitedBody.js";
import { refuseNonObjectBodies } from "./objectBodies.js";
import { renderSlack } from "./renderSlack.js";

export interface SlackDeps {
  readonly index: () => Promise<CorpusIndex>;
  readonly logger: Logger;
  readonly limits: RequestLimits | null;
  readonly now: () => Date;
  /** The digest subscriptions, when a store is configured. */
  readonly subscriptions?: SubscriptionService;
  /** Users allowed to manage digests besides the workspace's admins and owners. */
  readonly adminUserIds?: readonly string[];
  /** Aborted on SIGINT/SIGTERM: a Socket Mode connection still retrying at start-up gives up. */
  readonly shutdown?: AbortSignal;
}

export interface RunningSlackApp {
  readonly app: App;
  /** The HTTP port in HTTP mode (useful when SLACK_PORT is 0), null in Socket Mode. */
  readonly port: number | null;
  /**
   * For scheduled digests: the same token and API URL, but server errors and dropped connections
   * are not retried by the client (a blind retry of an accepted post doubles it); the scheduler
   * retries, after looking for the message first (slackPoster).
   */
  readonly digestClient: webApi.WebClient;
  stop(): Promise<void>;
}

const APOLOGY = "Sorry — I could not answer this time. Please try again in a moment.";

/**
 * The Slack adapter on Bolt: one slash command per briefbot command (arguments as text:
 * "/brief geneva", "/official Bliken"), `app_mention` and direct messages for free-text questions.
 * Every slash command is acknowledged at once (Slack's 3-second window), then answered through
 * `respond` (the response_url); mentions are answered in their thread with chat.postMessage.
 * Bolt verifies request signatures (never disabled). The Web API client retries 429s after
 * Retry-After; failures are logged with context and the process keeps running.
 */
export async function startSlackApp(
  settings: SlackSettings,
  deps: SlackDeps,
): Promise<RunningSlackApp> {
  const socketMode = settings.appToken !== null;
  // Retries: 429s wait for Retry-After; server errors are retried twice, not for half an hour.
  const clientOptions = {
    slackApiUrl: settings.apiUrl,
    retryConfig: { retries: 2, factor: 2, minTimeout: 500, maxTimeout: 4000 },
  };
  // Socket Mode: our own receiver, so stop() can wait for the socket to close.
  const receiver = socketMode
    ? new SocketModeReceiver({
        appToken: settings.appToken?.reveal() ?? "",
        installerOptions: { clientOptions },
        logger: boltLogger(deps.logger),
      })
    : null;
  // HTTP mode: Bolt's receiver behind our own server, which bounds request bodies (Bolt buffers
  // a whole body before checking its signature) and binds to SLACK_HOST, loopback by default.
  const http = receiver ? null : httpReceiver(settings.signingSecret?.reveal() ?? "", deps.logger);
  const app = new App({
    token: settings.botToken.reveal(),
    receiver: receiver ?? (http as HTTPReceiver),
    clientOptions,
    logger: boltLogger(deps.logger),
    // auth.test runs in init(), awaited below, so a bad token is a clear start-up error.
    deferInitialization: true,
  });
  try {
    await app.init();
  } catch (error) {
    // auth.test never answered: the token was not checked, so do not blame it.
    const unreachable = networkErrorCode(error);
    if (unreachable !== null) throw unreachableApiError("Slack", settings.apiUrl, unreachable);
    const code = (error as { data?: { error?: string } }).data?.error ?? (error as Error).message;
    throw new UserError("CONFIG_INVALID", `Slack rejected SLACK_BOT_TOKEN (${code})`);
  }

  const digestClient = new webApi.WebClient(settings.botToken.reveal(), {
    slackApiUrl: settings.apiUrl,
    retryConfig: { retries: 0 },
    logger: boltLogger(deps.logger),
  });

  for (const command of COMMANDS) {
    const name = command.definition.name;
    app.command(`/${name}`, async ({ command: payload, ack, respond, client }) => {
      await ack();
      const place: ChatPlace = {
        platform: "slack",
        channelId: payload.channel_id,
        // Slack always sends a team; a direct message ("D…" channel) is not a channel to subscribe.
        workspaceId:
          payload.channel_id.startsWith("D") || payload.channel_name === "directmessage"
            ? null
            : payload.team_id || null,
        userId: payload.user_id,
        canManage: () => isSlackAdmin(client, payload.user_id, deps),
      };
      const where = { channelId: payload.channel_id, workspaceId: payload.team_id || null };
      const reply = await answer(deps, payload.user_id, place, where, () => {
        const parsed = parseChatLine(`/${name} ${payload.text}`, COMMANDS);
        return parsed.kind === "command" ? { name, input: parsed.input } : { name, input: {} };
      });
      try {
        for (const message of renderSlack(reply)) {
          await respond({
            response_type: message.ephemeral ? "ephemeral" : "in_channel",
            text: message.text,
            blocks: [...message.blocks],
          });
        }
      } catch (error) {
        deps.logger.error("slack respond failed", {
          platform: "slack",
          command: name,
          user: payload.user_id,
          error,
        });
        await respond({ response_type: "ephemeral", text: APOLOGY }).catch(() => {});
      }
    });
  }

  app.event("app_mention", async ({ event, client }) => {
    const where = { channelId: event.channel, workspaceId: teamOf(event) };
    const reply = await answer(deps, event.user ?? "unknown", null, where, (index) =>
      question(event.text, index),
    );
    await post(client, deps, renderSlack(reply), {
      channel: event.channel,
      user: event.user ?? "",
      thread: event.thread_ts ?? event.ts,
    });
  });

  app.message(async ({ message, client }) => {
    // Only direct messages from people: mentions in channels come through app_mention.
    if (message.channel_type !== "im" || message.subtype !== undefined || "bot_id" in message)
      return;
    const text = "text" in message && typeof message.text === "string" ? message.text : "";
    const where = { channelId: message.channel, workspaceId: teamOf(message) };
    const reply = await answer(deps, message.user, null, where, (index) => question(text, index));
    await post(client, deps, renderSlack(reply), {
      channel: message.channel,
      user: message.user,
      thread: null,
    });
  });

  app.error(async (error) => {
    deps.logger.error("slack handler failed", { platform: "slack", error });
  });

  if (receiver) {
    // The Socket Mode client retries apps.connections.open and the socket without end.
    const giveUp = () => void receiver.client.disconnect().catch(() => {});
    deps.shutdown?.addEventListener("abort", giveUp, { once: true });
    try {
      await app.start();
    } catch (error) {
      const code = (error as { data?: { error?: string } }).data?.error ?? (error as Error).message;
      throw new UserError("CONFIG_INVALID", `Slack rejected SLACK_APP_TOKEN (${code})`);
    } finally {
      deps.shutdown?.removeEventListener("abort", giveUp);
    }
    deps.logger.info("slack connected", { platform: "slack", mode: "socket" });
    return {
      app,
      port: null,
      digestClient,
      async stop() {
        await app.stop();
        await receiver.client.disconnect();
      },
    };
  }
  const server = createServer(limitedBody((http as HTTPReceiver).requestListener));
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(settings.port, settings.host, () => {
      server.off("error", reject);
      resolve();
    });
  });
  const port = (server.address() as AddressInfo | null)?.port ?? settings.port;
  deps.logger.info("slack listening", {
    platform: "slack",
    mode: "http",
    host: settings.host,
    port,
    path: "/slack/events",
  });
  return {
    app,
    port,
    digestClient,
    stop: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

/** The workspace of an event, when Slack says (events carry `team`; older payloads may not). */
function teamOf(event: object): string | null {
  const team = (event as { team?: unknown }).team;
  return typeof team === "string" && team !== "" ? team : null;
}

/** Bolt's HTTP receiver on /slack/events, refusing signed bodies that are not objects. */
function httpReceiver(signingSecret: string, logger: Logger): HTTPReceiver {
  const receiver = new HTTPReceiver({
    signingSecret,
    endpoints: "/slack/events",
    logger: boltLogger(logger),
  });
  receiver.requestListener = refuseNonObjectBodies(receiver.requestListener, signingSecret, logger);
  return receiver;
}

function question(
  text: string,
  index: CorpusIndex,
): { name: string; input: Record<string, string> } {
  const asked = interpretQuestion(text.replace(/<@[A-Z0-9]+>/g, " "), index);
  const name = asked?.command.definition.name ?? "help";
  return { name, input: (asked?.input ?? {}) as Record<string, string> };
}

async function answer(
  deps: SlackDeps,
  userId: string,
  place: ChatPlace | null,
  where: { channelId: string | null; workspaceId: string | null },
  pick: (index: CorpusIndex) => {
    name: string;
    input: Record<string, string | number | undefined>;
  },
) {
  const index = await deps.index();
  const { name, input } = pick(index);
  return runChatCommand(name, input, {
    platform: "slack",
    userId,
    deps: {
      index,
      now: deps.now,
      ...(place ? { place } : {}),
      ...(deps.subscriptions ? { subscriptions: deps.subscriptions } : {}),
    },
    logger: deps.logger,
    limits: deps.limits,
    where,
  });
}

type WebClient = App["client"];

/** On the allow-list, or a workspace admin or owner (users.info). */
async function isSlackAdmin(client: WebClient, userId: string, deps: SlackDeps): Promise<boolean> {
  if (deps.adminUserIds?.includes(userId)) return true;
  try {
    const info = await client.users.info({ user: userId });
    return info.user?.is_admin === true || info.user?.is_owner === true;
  } catch (error) {
    deps.logger.warn("slack users.info failed", { platform: "slack", user: userId, error });
    return false;
  }
}

async function post(
  client: WebClient,
  deps: SlackDeps,
  messages: readonly SlackMessage[],
  where: { channel: string; user: string; thread: string | null },
): Promise<void> {
  try {
    for (const message of messages) {
      const base = { channel: where.channel, text: message.text, blocks: [...message.blocks] };
      if (message.ephemeral && where.user !== "") {
        await client.chat.postEphemeral({
          ...base,
          user: where.user,
          ...(where.thread ? { thread_ts: where.thread } : {}),
        });
      } else {
        await client.chat.postMessage({
          ...base,
          ...(where.thread ? { thread_ts: where.thread } : {}),
        });
      }
    }
  } catch (error) {
    deps.logger.error("slack post failed", { platform: "slack", channel: where.channel, error });
  }
}
