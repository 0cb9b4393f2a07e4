import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { App, webApi } from "@slack/bolt";
import { UserError } from "../../errors.js";
import { networkErrorCode, unreachableApiError } from "../unreachable.js";
import { boltLogger } from "./boltLogger.js";
import { limitedBody } from "./limitedBody.js";
import { addSlackListeners, type SlackDeps } from "./listeners.js";
import { slackClientOptions, slackTransport } from "./receiver.js";
import type { SlackConnection } from "./settings.js";

export type { SlackDeps } from "./listeners.js";

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

/**
 * Starts the Slack adapter on Bolt: checks the token (auth.test), adds the listeners
 * (listeners.ts), and opens the transport (receiver.ts). Bolt verifies request signatures (never
 * disabled). The Web API client retries 429s after Retry-After; failures are logged with context
 * and the process keeps running.
 */
export async function startSlackApp(
  settings: SlackConnection,
  deps: SlackDeps,
): Promise<RunningSlackApp> {
  const transport = slackTransport(settings, deps.logger);
  const app = new App({
    token: settings.botToken.reveal(),
    receiver: transport.receiver,
    clientOptions: slackClientOptions(settings),
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

  addSlackListeners(app, deps);

  if (transport.mode === "socket") {
    const { receiver } = transport;
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
  const server = createServer(limitedBody(transport.receiver.requestListener));
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
