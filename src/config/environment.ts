import { UserError } from "../errors.js";
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

export type LogLevel = "debug" | "info" | "warn" | "error";

export interface Environment {
  /** Discord settings when DISCORD_TOKEN is set (validated), else null. */
  readonly discord: DiscordSettings | null;
  readonly slackConfigured: boolean;
  /** Terminal width for wrapping, from COLUMNS. */
  readonly columns: number | null;
  readonly logLevel: LogLevel;
  /** Seconds a user waits between two briefings in chat (0 = no cooldown). */
  readonly cooldownSeconds: number;
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
    slackConfigured: value("SLACK_BOT_TOKEN") !== null,
    columns: Number.isFinite(columns) && columns >= 40 ? columns : null,
    logLevel: readLogLevel(value("LOG_LEVEL")),
    cooldownSeconds: readNumber(
      "BRIEFBOT_COOLDOWN_SECONDS",
      value("BRIEFBOT_COOLDOWN_SECONDS"),
      5,
      0,
      3600,
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

function missing(name: string, why: string): UserError {
  return new UserError("CONFIG_INVALID", `${name} is not set — ${why}`);
}

/** Names the variable and what was expected; shows the value only when it is not a secret. */
function invalid(name: string, expected: string, shown?: string): UserError {
  const found = shown === undefined ? "" : `, found '${shown}'`;
  return new UserError("CONFIG_INVALID", `${name} is malformed: expected ${expected}${found}`);
}
