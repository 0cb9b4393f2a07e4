import { availableParallelism } from "node:os";
import { UserError } from "../errors.js";
import type { LogLevel } from "../log/logger.js";
import { isValidTimezone, parseTime } from "./localTime.js";
import { DEFAULT_SCHEDULE, type ScheduleSettings } from "./scheduleSettings.js";
import { Secret } from "./secret.js";

/**
 * The only reader of environment variables (STYLE.md §4): parsed once at start-up into a frozen
 * object. A missing or malformed value is a one-line error naming the variable; secrets are
 * wrapped in `Secret` so they never reach a log or an error message.
 */
export interface DiscordSettings {
  readonly token: Secret;
  readonly applicationId: string;
  readonly guildId: string | null;
  /** REST base handed to discord.js as `rest.api` (without the version). */
  readonly apiUrl: string;
}

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
}

export interface Environment {
  /** Discord settings when DISCORD_TOKEN is set (validated), else null. */
  readonly discord: DiscordSettings | null;
  /** Slack settings when SLACK_BOT_TOKEN is set (validated), else null. */
  readonly slack: SlackSettings | null;
  /** Terminal width for wrapping, from COLUMNS. */
  readonly columns: number | null;
  readonly logLevel: LogLevel;
  /** Seconds a user waits between two briefings in chat (0 = no cooldown). */
  readonly cooldownSeconds: number;
  /** Chat commands per minute in one channel (BRIEFBOT_CHANNEL_LIMIT, 0 = no limit). */
  readonly perChannelPerMinute: number;
  /** Chat commands per minute in one workspace or server (BRIEFBOT_WORKSPACE_LIMIT). */
  readonly perWorkspacePerMinute: number;
  /** Daily digests one workspace or server may have (BRIEFBOT_MAX_SUBSCRIPTIONS, default 50). */
  readonly maxSubscriptionsPerWorkspace: number;
  /**
   * BRIEFBOT_DATA_DIR as given (the saved index and the SQLite store); null when it is not set,
   * and the CLI chooses (`defaultDataDir`).
   */
  readonly dataDir: string | null;
  /** KEYV_URL: redis://… to share the store between instances; null = the SQLite file. */
  readonly storeUrl: string | null;
  readonly schedule: ScheduleSettings;
  /** Slack users allowed to manage digests besides workspace admins and owners. */
  readonly slackAdminUserIds: readonly string[];
  /** Worker threads analysing corpus files (BRIEFBOT_WORKERS; default: the cores, at most 4). */
  readonly workers: number;
}

export const DEFAULT_DISCORD_API = "https://discord.com/api";
const SNOWFLAKE = /^\d{17,20}$/;
/** Bot tokens are three dot-separated base64url parts; we check the shape, never print it. */
const TOKEN_SHAPE = /^[\w-]{10,}\.[\w-]{3,}\.[\w-]{10,}$/;

export function readEnvironment(env: NodeJS.ProcessEnv): Environment {
  const value = (name: string): string | null => {
    const raw = env[name]?.trim();
    return raw === undefined || raw === "" ? null : raw;
  };
  const columns = Number.parseInt(env.COLUMNS ?? "", 10);
  return Object.freeze({
    discord: readDiscord(value),
    slack: readSlack(value),
    columns: Number.isFinite(columns) && columns >= 40 ? columns : null,
    logLevel: readLogLevel(value("LOG_LEVEL")),
    cooldownSeconds: readNumber(
      "BRIEFBOT_COOLDOWN_SECONDS",
      value("BRIEFBOT_COOLDOWN_SECONDS"),
      5,
      0,
      3600,
    ),
    perChannelPerMinute: readInteger(
      "BRIEFBOT_CHANNEL_LIMIT",
      value("BRIEFBOT_CHANNEL_LIMIT"),
      20,
      0,
      10_000,
    ),
    perWorkspacePerMinute: readInteger(
      "BRIEFBOT_WORKSPACE_LIMIT",
      value("BRIEFBOT_WORKSPACE_LIMIT"),
      60,
      0,
      100_000,
    ),
    maxSubscriptionsPerWorkspace: readInteger(
      "BRIEFBOT_MAX_SUBSCRIPTIONS",
      value("BRIEFBOT_MAX_SUBSCRIPTIONS"),
      50,
      1,
      100_000,
    ),
    dataDir: value("BRIEFBOT_DATA_DIR"),
    storeUrl: value("KEYV_URL"),
    schedule: readSchedule(value),
    slackAdminUserIds: (value("SLACK_ADMIN_USER_IDS") ?? "").split(/[,\s]+/).filter(Boolean),
    workers: readInteger(
      "BRIEFBOT_WORKERS",
      value("BRIEFBOT_WORKERS"),
      Math.min(4, availableParallelism()),
      1,
      64,
    ),
  });
}

function readDiscord(value: (name: string) => string | null): DiscordSettings | null {
  const token = value("DISCORD_TOKEN");
  if (token === null) return null;
  if (!TOKEN_SHAPE.test(token)) {
    throw invalid(
      "DISCORD_TOKEN",
      "a bot token (three dot-separated parts from the Developer Portal)",
    );
  }
  const applicationId = value("DISCORD_APPLICATION_ID");
  if (applicationId === null)
    throw missing("DISCORD_APPLICATION_ID", "it is needed to register the commands");
  if (!SNOWFLAKE.test(applicationId))
    throw invalid("DISCORD_APPLICATION_ID", "a numeric id (17 to 20 digits)");
  const guildId = value("DISCORD_GUILD_ID");
  if (guildId !== null && !SNOWFLAKE.test(guildId)) {
    throw invalid("DISCORD_GUILD_ID", "a numeric server id (17 to 20 digits)");
  }
  const apiUrl = (value("DISCORD_API_URL") ?? DEFAULT_DISCORD_API).replace(/\/+$/, "");
  if (!/^https?:\/\/[^\s/]+/.test(apiUrl) || /\/v\d+$/.test(apiUrl)) {
    throw invalid(
      "DISCORD_API_URL",
      "an http(s) URL without the API version, like https://discord.com/api",
    );
  }
  return { token: new Secret(token), applicationId, guildId, apiUrl };
}

export const DEFAULT_SLACK_API = "https://slack.com/api/";

function readSlack(value: (name: string) => string | null): SlackSettings | null {
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
  };
}

function readSchedule(value: (name: string) => string | null): ScheduleSettings {
  const time = value("BRIEFBOT_DIGEST_TIME") ?? DEFAULT_SCHEDULE.defaultTime;
  if (!parseTime(time)) throw invalid("BRIEFBOT_DIGEST_TIME", "a 24-hour time like 08:00", time);
  const timezone = value("BRIEFBOT_TIMEZONE") ?? DEFAULT_SCHEDULE.defaultTimezone;
  if (!isValidTimezone(timezone))
    throw invalid("BRIEFBOT_TIMEZONE", "an IANA zone like Europe/Paris", timezone);
  const nothing = value("BRIEFBOT_WHEN_NOTHING_NEW") ?? DEFAULT_SCHEDULE.whenNothingNew;
  if (nothing !== "notice" && nothing !== "silent") {
    throw invalid("BRIEFBOT_WHEN_NOTHING_NEW", "notice or silent", nothing);
  }
  return {
    ...DEFAULT_SCHEDULE,
    defaultTime: time,
    defaultTimezone: timezone,
    whenNothingNew: nothing,
    backfillDays: readNumber(
      "BRIEFBOT_BACKFILL_DAYS",
      value("BRIEFBOT_BACKFILL_DAYS"),
      DEFAULT_SCHEDULE.backfillDays,
      0,
      3650,
    ),
    graceMinutes: readNumber(
      "BRIEFBOT_CATCHUP_MINUTES",
      value("BRIEFBOT_CATCHUP_MINUTES"),
      DEFAULT_SCHEDULE.graceMinutes,
      0,
      1440,
    ),
  };
}

function readLogLevel(raw: string | null): LogLevel {
  if (raw === null) return "info";
  const level = raw.toLowerCase();
  if (level === "debug" || level === "info" || level === "warn" || level === "error") return level;
  throw invalid("LOG_LEVEL", "one of debug, info, warn, error", raw);
}

function readNumber(
  name: string,
  raw: string | null,
  fallback: number,
  min: number,
  max: number,
): number {
  if (raw === null) return fallback;
  const n = Number(raw);
  if (!Number.isFinite(n) || n < min || n > max)
    throw invalid(name, `a number from ${min} to ${max}`, raw);
  return n;
}

function readInteger(
  name: string,
  raw: string | null,
  fallback: number,
  min: number,
  max: number,
): number {
  const n = readNumber(name, raw, fallback, min, max);
  if (!Number.isInteger(n)) throw invalid(name, `a whole number from ${min} to ${max}`, raw ?? "");
  return n;
}

function missing(name: string, why: string): UserError {
  return new UserError("CONFIG_INVALID", `${name} is not set — ${why}`);
}

/** Names the variable and what was expected; shows the value only when it is not a secret. */
function invalid(name: string, expected: string, shown?: string): UserError {
  const found = shown === undefined ? "" : `, found '${shown}'`;
  return new UserError("CONFIG_INVALID", `${name} is malformed: expected ${expected}${found}`);
}
