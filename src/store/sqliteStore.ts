import { join } from "node:path";
import KeyvSqlite from "@keyv/sqlite";
import { Keyv } from "keyv";
import { UserError } from "../errors.js";
import type { Logger } from "../log/logger.js";
import { makePrivateDir, makePrivateFile, restrictIfPresent } from "../util/privateFiles.js";
import { buildStore } from "./buildStore.js";
import { deserializeJson, serializeJson } from "./codec.js";
import { CREATE_LOCKS_TABLE, type SqlQuery, sqliteLocks } from "./locks.js";
import { NAMESPACES, type Namespace, type NamespaceBackend } from "./recordStore.js";
import type { Store } from "./store.js";

export const SQLITE_FILE_NAME = "briefbot.sqlite";

/**
 * Every @keyv/sqlite adapter opens its own connection to the file, so five namespaces mean five
 * connections: WAL lets them read while one writes, and the busy timeout makes a writer wait for
 * another instead of failing with SQLITE_BUSY.
 */
const BUSY_TIMEOUT_MS = 5_000;
/** Rows per page when listing (@keyv/sqlite pages with LIMIT/OFFSET; the default is 10). */
const ITERATION_LIMIT = 500;

/**
 * Keyv's entries live in @keyv/sqlite's `keyv(key, value)` table. @keyv/sqlite never expires
 * rows (Keyv only hides them when read), so entries with a ttl that are never read again are
 * swept here, at open, from the `expires` Keyv writes in each value. CASE keeps `json_extract`
 * away from rows that are not JSON.
 */
const SWEEP_EXPIRED = `DELETE FROM keyv WHERE
  CASE WHEN json_valid(value) THEN json_extract(value, '$.expires') END <= ?`;
const SWEEP_LOCKS = "DELETE FROM briefbot_locks WHERE expires_at <= ?";

export async function openSqliteStore(dataDir: string, logger: Logger): Promise<Store> {
  const file = join(dataDir, SQLITE_FILE_NAME);
  try {
    await makePrivateDir(dataDir);
  } catch (error) {
    throw new UserError(
      "CONFIG_INVALID",
      `cannot create the data folder ${dataDir} (BRIEFBOT_DATA_DIR): ${reason(error)}`,
    );
  }

  const open = () =>
    new KeyvSqlite({
      uri: `sqlite://${file}`,
      busyTimeout: BUSY_TIMEOUT_MS,
      iterationLimit: ITERATION_LIMIT,
    });
  // The first connection sets the file up and proves it writable before the others open.
  try {
    // Owner-only before SQLite opens it: SQLite gives its -wal and -shm files the file's mode.
    await makePrivateFile(file);
  } catch (error) {
    throw cannotOpen(file, error);
  }
  const first = open();
  const query: SqlQuery = (sql, ...parameters) => first.query(sql, ...parameters);
  try {
    await query("PRAGMA journal_mode = WAL");
    await query(CREATE_LOCKS_TABLE);
    await query(SWEEP_EXPIRED, Date.now());
    await query(SWEEP_LOCKS, Date.now());
    // Left by an earlier version with the default mode (SQLite makes new ones like the file).
    await Promise.all([`${file}-wal`, `${file}-shm`].map(restrictIfPresent));
  } catch (error) {
    await first.disconnect().catch(() => {});
    throw cannotOpen(file, error);
  }

  const adapters: KeyvSqlite[] = [first];
  const backend = (namespace: Namespace, adapter: KeyvSqlite): NamespaceBackend => {
    const prefix = `${namespace}:`;
    return {
      namespace,
      // We prefix keys ourselves (useKeyPrefix: false): Keyv skips its prefix when a key already
      // starts with it, so a cache key "cache:x" would otherwise come back from list() as "x".
      keyv: new Keyv<unknown>(adapter, {
        namespace,
        useKeyPrefix: false,
        throwOnErrors: true,
        serialize: serializeJson,
        deserialize: deserializeJson,
      }),
      toStored: (key) => `${prefix}${key}`,
      async *scan() {
        // The adapter matches `namespace:%` with LIKE (case-insensitive), so check it exactly.
        for await (const [stored, text] of adapter.iterator(namespace)) {
          if (typeof stored === "string" && stored.startsWith(prefix)) {
            yield [stored.slice(prefix.length), typeof text === "string" ? text : undefined];
          }
        }
      },
    };
  };
  const backends = {} as Record<Namespace, NamespaceBackend>;
  for (const [i, namespace] of NAMESPACES.entries()) {
    const adapter = i === 0 ? first : open();
    if (adapter !== first) adapters.push(adapter);
    backends[namespace] = backend(namespace, adapter);
  }

  return buildStore({
    kind: "sqlite",
    backends,
    locks: sqliteLocks(query),
    logger,
    close: async () => {
      await Promise.all(adapters.map((adapter) => adapter.disconnect()));
    },
  });
}

function cannotOpen(file: string, error: unknown): UserError {
  return new UserError(
    "CONFIG_INVALID",
    `cannot open the store ${file} for writing (BRIEFBOT_DATA_DIR): ${reason(error)}`,
  );
}

function reason(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const code = (error as { code?: unknown }).code;
  return typeof code === "string" && !error.message.includes(code)
    ? `${code}: ${error.message}`
    : error.message;
}
