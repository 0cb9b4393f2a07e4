import type { EnvReader } from "../../config/envValues.js";
import { invalid, missing, readNumber } from "../../config/envValues.js";
import { Secret } from "../../config/secret.js";

/** The Slack adapter's settings, from SLACK_* variables, validated once at start-up. */
export interface SlackSettings {
  readonly botToken: Secret;
  /** HTTP mode (Events API and slash commands on `port`), verified with the signing secret. */
  readonly signingSecret: Secret | null;
  /** Socket Mode, when an app-level token is given. */
  readonly appToken: Secret | null;
  readonly port: number;
  /**
   * Interface to listen on (SLACK_HOST): loopback by default, behind a reverse proxy or tunnel;
   * 0.0.0.0 (or ::) to take Slack's requests directly on every interface.
   */
  readonly host: string;
  /** Web API base handed to Bolt as `clientOptions.slackApiUrl`, with a trailing slash. */
  readonly apiUrl: string;
  /** Users allowed to manage digests besides the workspace's admins and owners. */
  readonly adminUserIds: readonly string[];
}

/** What connecting to Slack takes (the token check, the transport, the Web API clients). */
export type SlackConnection = Omit<SlackSettings, "adminUserIds">;

export const DEFAULT_SLACK_API = "https://slack.com/api/";

/** Slack settings when SLACK_BOT_TOKEN is set, else null; a bad value is a one-line UserError. */
export function readSlackSettings(value: EnvReader): SlackSettings | null {
  const botToken = value("SLACK_BOT_TOKEN");
  if (botToken === null) return null;
  if (!/^xoxb-[\w-]{8,}$/.test(botToken))
    throw invalid("SLACK_BOT_TOKEN", "a bot token starting with xoxb-");
  const signingSecret = value("SLACK_SIGNING_SECRET");
  if (signingSecret !== null && !/^[0-9a-f]{16,}$/i.test(signingSecret)) {
    throw invalid("SLACK_SIGNING_SECRET", "the app's signing secret (hexadecimal)");
  }
  const appToken = value("SLACK_APP_TOKEN");
  if (appToken !== null && !/^xapp-[\w-]{8,}$/.test(appToken)) {
    throw invalid("SLACK_APP_TOKEN", "an app-level token starting with xapp- (Socket Mode)");
  }
  if (signingSecret === null && appToken === null) {
    throw missing(
      "SLACK_SIGNING_SECRET",
      "set it for HTTP mode, or SLACK_APP_TOKEN for Socket Mode",
    );
  }
  const port = readNumber("SLACK_PORT", value("SLACK_PORT"), 3000, 0, 65535);
  if (!Number.isInteger(port))
    throw invalid("SLACK_PORT", "a port number from 0 to 65535", String(port));
  const apiUrl = `${(value("SLACK_API_URL") ?? DEFAULT_SLACK_API).replace(/\/+$/, "")}/`;
  if (!/^https?:\/\/[^\s/]+/.test(apiUrl)) {
    throw invalid("SLACK_API_URL", "an http(s) URL like https://slack.com/api/");
  }
  return {
    host: value("SLACK_HOST") ?? "127.0.0.1",
    botToken: new Secret(botToken),
    signingSecret: signingSecret === null ? null : new Secret(signingSecret),
    appToken: appToken === null ? null : new Secret(appToken),
    port,
    apiUrl,
    adminUserIds: (value("SLACK_ADMIN_USER_IDS") ?? "").split(/[,\s]+/).filter(Boolean),
  };
}
