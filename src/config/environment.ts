import { availableParallelism } from "node:os";
import type { LogLevel } from "../log/logger.js";
import { type EnvReader, envReader, invalid, readInteger, readNumber } from "./envValues.js";
import { isValidTimezone, parseTime } from "./localTime.js";
import { DEFAULT_SCHEDULE, type ScheduleSettings } from "./scheduleSettings.js";
import { Secret } from "./secret.js";

/**
 * The only reader of environment variables (STYLE.md §4): parsed once at start-up into a frozen
 * object. A missing or malformed value is a one-line error naming the variable; secrets are
 * wrapped in `Secret` so they never reach a log or an error message. Each chat adapter reads its
 * own variables (its `settings.ts`) through the same `EnvReader`; `readAppConfig` (src/app.ts)
 * puts the two together.
 */
export interface Environment {
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
  /**
   * DATABASE_URL: postgres://… to keep the saved index in PostgreSQL, shared by instances; null =
   * a file in the data folder. A secret: it may hold a password.
   */
  readonly databaseUrl: Secret | null;
  /**
   * BRIEFBOT_INDEX_NAME: which saved index of that database this instance shares; null = the one
   * of its corpus folder's path (instances on other machines or folders share one by naming it).
   */
  readonly indexName: string | null;
  readonly schedule: ScheduleSettings;
  /** Worker threads analysing corpus files (BRIEFBOT_WORKERS; default: the cores, at most 4). */
  readonly workers: number;
}

export function readEnvironment(env: NodeJS.ProcessEnv): Environment {
  const value = envReader(env);
  const columns = Number.parseInt(env.COLUMNS ?? "", 10);
  return Object.freeze({
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
    databaseUrl: readDatabaseUrl(value("DATABASE_URL")),
    indexName: readIndexName(value("BRIEFBOT_INDEX_NAME")),
    schedule: readSchedule(value),
    workers: readInteger("BRIEFBOT_WORKERS", value("BRIEFBOT_WORKERS"), defaultWorkers(), 1, 64),
  });
}

function readSchedule(value: EnvReader): ScheduleSettings {
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

/** A PostgreSQL connection string; never shown back (it may hold a password). */
function readDatabaseUrl(raw: string | null): Secret | null {
  if (raw === null) return null;
  let protocol = "";
  try {
    protocol = new URL(raw).protocol;
  } catch {
    // Not a URL: said below, without the value.
  }
  if (protocol !== "postgres:" && protocol !== "postgresql:") {
    throw invalid("DATABASE_URL", "a PostgreSQL URL like postgres://user@host:5432/db");
  }
  return new Secret(raw);
}

function readIndexName(raw: string | null): string | null {
  if (raw === null) return null;
  if (!/^[\p{L}\p{N}_.:/-]{1,200}$/u.test(raw)) {
    throw invalid("BRIEFBOT_INDEX_NAME", "1 to 200 letters, digits or _ . : / -", raw.slice(0, 40));
  }
  return raw;
}

function readLogLevel(raw: string | null): LogLevel {
  if (raw === null) return "info";
  const level = raw.toLowerCase();
  if (level === "debug" || level === "info" || level === "warn" || level === "error") return level;
  throw invalid("LOG_LEVEL", "one of debug, info, warn, error", raw);
}

/** Worker threads when BRIEFBOT_WORKERS is unset: one per core, four at most. */
export function defaultWorkers(): number {
  return Math.min(4, availableParallelism());
}
