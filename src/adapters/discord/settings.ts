import type { EnvReader } from "../../config/envValues.js";
import { invalid, missing } from "../../config/envValues.js";
import { Secret } from "../../config/secret.js";

/** The Discord adapter's settings, from DISCORD_* variables, validated once at start-up. */
export interface DiscordSettings {
  readonly token: Secret;
  readonly applicationId: string;
  readonly guildId: string | null;
  /** REST base handed to discord.js as `rest.api` (without the version). */
  readonly apiUrl: string;
  /**
   * How long an interaction may wait before it is deferred: Discord's window is 3 s, and the
   * deferral itself needs a round trip.
   */
  readonly deferAfterMs: number;
}

/** What connecting to Discord takes (the gateway, REST and the command registration). */
export type DiscordConnection = Omit<DiscordSettings, "deferAfterMs">;

export const DEFAULT_DISCORD_API = "https://discord.com/api";
const DEFER_AFTER_MS = 2000;
const SNOWFLAKE = /^\d{17,20}$/;
/** Bot tokens are three dot-separated base64url parts; we check the shape, never print it. */
const TOKEN_SHAPE = /^[\w-]{10,}\.[\w-]{3,}\.[\w-]{10,}$/;

/** Discord settings when DISCORD_TOKEN is set, else null; a bad value is a one-line UserError. */
export function readDiscordSettings(value: EnvReader): DiscordSettings | null {
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
  return {
    token: new Secret(token),
    applicationId,
    guildId,
    apiUrl,
    deferAfterMs: DEFER_AFTER_MS,
  };
}
