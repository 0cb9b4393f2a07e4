import { HTTPReceiver, SocketModeReceiver } from "@slack/bolt";
import type { Logger } from "../../log/logger.js";
import { boltLogger } from "./boltLogger.js";
import { refuseNonObjectBodies } from "./objectBodies.js";
import type { SlackConnection } from "./settings.js";

/** The Web API client's options, for Bolt's client and the Socket Mode installer alike. */
export function slackClientOptions(settings: SlackConnection) {
  // Retries: 429s wait for Retry-After; server errors are retried twice, not for half an hour.
  return {
    slackApiUrl: settings.apiUrl,
    retryConfig: { retries: 2, factor: 2, minTimeout: 500, maxTimeout: 4000 },
  };
}

/** How Slack's requests reach us: a Socket Mode connection, or signed HTTP requests. */
export type SlackTransport =
  | { readonly mode: "socket"; readonly receiver: SocketModeReceiver }
  | { readonly mode: "http"; readonly receiver: HTTPReceiver };

/**
 * The transport the settings ask for: Socket Mode when an app-level token is set (our own
 * receiver, so stop() can wait for the socket to close); otherwise Bolt's HTTP receiver on
 * /slack/events, served by our own server (listen.ts), which bounds request bodies (Bolt buffers a
 * whole body before checking its signature) and refuses signed bodies that are not objects.
 */
export function slackTransport(settings: SlackConnection, logger: Logger): SlackTransport {
  if (settings.appToken !== null) {
    return {
      mode: "socket",
      receiver: new SocketModeReceiver({
        appToken: settings.appToken.reveal(),
        installerOptions: { clientOptions: slackClientOptions(settings) },
        logger: boltLogger(logger),
      }),
    };
  }
  const signingSecret = settings.signingSecret?.reveal() ?? "";
  const receiver = new HTTPReceiver({
    signingSecret,
    endpoints: "/slack/events",
    logger: boltLogger(logger),
  });
  receiver.requestListener = refuseNonObjectBodies(receiver.requestListener, signingSecret, logger);
  return { mode: "http", receiver };
}
