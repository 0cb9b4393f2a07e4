import { UserError } from "../errors.js";
import type { Logger } from "../log/logger.js";
import { openSqliteStore } from "./sqliteStore.js";
import type { Store } from "./store.js";

export interface OpenStoreOptions {
  /** KEYV_URL: null for the SQLite file, or a `redis://` / `rediss://` URL. */
  readonly url: string | null;
  /** BRIEFBOT_DATA_DIR: where `briefbot.sqlite` lives (created if missing). */
  readonly dataDir: string;
  readonly logger: Logger;
  /**
   * Prepended to every Redis key, so several deployments (or test runs) can share one server.
   * Letters, digits and `_ . : -` only. Default: none.
   */
  readonly redisKeyPrefix?: string;
}

/**
 * Opens the Store: the SQLite file by default (one instance), Redis when several instances
 * share the work. Fails with a UserError naming the path or the host when it cannot be used.
 */
export async function openStore(options: OpenStoreOptions): Promise<Store> {
  if (options.url === null) return openSqliteStore(options.dataDir, options.logger);
  if (!isRedisUrl(options.url)) {
    throw new UserError(
      "CONFIG_INVALID",
      "KEYV_URL must be a redis:// URL (or unset for the SQLite file)",
    );
  }
  // Loaded only for Redis: importing the Redis client slows every later CPU-bound step of the
  // process by a fifth or more (an index build of 2,000 real articles: 9.0 s → 11.0 s of CPU).
  const { openRedisStore } = await import("./redisStore.js");
  return openRedisStore(options.url, options.redisKeyPrefix ?? "", options.logger);
}

function isRedisUrl(url: string): boolean {
  try {
    const { protocol, hostname } = new URL(url);
    return (protocol === "redis:" || protocol === "rediss:") && hostname !== "";
  } catch {
    return false;
  }
}
