import type { RedisClientType } from "@keyv/redis";

/**
 * Named leases with an owner and a time limit, used so that exactly one instance posts each
 * digest. Same semantics on both backends: acquiring succeeds only when the lock is free or its
 * holder's time ran out (not re-entrant), and only the owner can release it. A holder that dies
 * simply lets the ttl run out.
 */
export interface Locks {
  acquire(name: string, owner: string, ttlMs: number): Promise<boolean>;
  /** Pushes the expiry to `ttlMs` from now if `owner` still holds the lock; false when it does not. */
  renew(name: string, owner: string, ttlMs: number): Promise<boolean>;
  release(name: string, owner: string): Promise<void>;
}

/** Bad arguments are bugs in the caller, not conditions to handle. */
export function checkLockArguments(name: string, owner: string, ttlMs?: number): void {
  if (typeof name !== "string" || name.length === 0) {
    throw new TypeError("lock name must be a non-empty string");
  }
  if (typeof owner !== "string" || owner.length === 0) {
    throw new TypeError("lock owner must be a non-empty string");
  }
  if (ttlMs !== undefined && !(Number.isSafeInteger(ttlMs) && ttlMs > 0)) {
    throw new RangeError(`lock ttlMs must be a positive integer, found ${String(ttlMs)}`);
  }
}

// ---- SQLite -------------------------------------------------------------------------------------

/** Runs one statement on the SQLite file and resolves with its rows (@keyv/sqlite's `query`). */
export type SqlQuery = (sql: string, ...parameters: unknown[]) => Promise<unknown[]>;

export const CREATE_LOCKS_TABLE = `CREATE TABLE IF NOT EXISTS briefbot_locks (
  name TEXT PRIMARY KEY, owner TEXT NOT NULL, expires_at INTEGER NOT NULL)`;

/**
 * Insert-if-absent-or-expired as ONE statement, so SQLite makes it atomic across every
 * connection to the file (even another process, such as a CLI run beside the bot): a free name
 * is inserted; a taken one is overwritten only when its `expires_at` has passed; RETURNING
 * yields a row exactly when we now hold the lock. We chose a table in the file over an
 * in-process mutex because it also covers a second process on the same file and survives a
 * restart with the right expiry.
 */
const ACQUIRE = `INSERT INTO briefbot_locks (name, owner, expires_at) VALUES (?, ?, ?)
  ON CONFLICT (name) DO UPDATE SET owner = excluded.owner, expires_at = excluded.expires_at
  WHERE briefbot_locks.expires_at <= ?
  RETURNING owner`;
const RELEASE = "DELETE FROM briefbot_locks WHERE name = ? AND owner = ?";
/** A holder whose time already ran out has lost the lock, even if nobody took it yet. */
const RENEW = `UPDATE briefbot_locks SET expires_at = ?
  WHERE name = ? AND owner = ? AND expires_at > ?
  RETURNING owner`;

export function sqliteLocks(query: SqlQuery, now: () => number = Date.now): Locks {
  return {
    async acquire(name, owner, ttlMs) {
      checkLockArguments(name, owner, ttlMs);
      const at = now();
      const rows = await query(ACQUIRE, name, owner, at + ttlMs, at);
      return rows.length === 1;
    },
    async renew(name, owner, ttlMs) {
      checkLockArguments(name, owner, ttlMs);
      const at = now();
      const rows = await query(RENEW, at + ttlMs, name, owner, at);
      return rows.length === 1;
    },
    async release(name, owner) {
      checkLockArguments(name, owner);
      await query(RELEASE, name, owner);
    },
  };
}

// ---- Redis --------------------------------------------------------------------------------------

/** Deletes the key only if it still holds our owner token (GET + DEL, atomic inside Redis). */
const COMPARE_AND_DELETE = `if redis.call("GET", KEYS[1]) == ARGV[1] then
  return redis.call("DEL", KEYS[1])
end
return 0`;

/** Sets a new expiry only if the key still holds our owner token (GET + PEXPIRE, atomic). */
const COMPARE_AND_EXPIRE = `if redis.call("GET", KEYS[1]) == ARGV[1] then
  return redis.call("PEXPIRE", KEYS[1], ARGV[2])
end
return 0`;

/** `SET <prefix>lock:<name> <owner> NX PX <ttl>`; expiry is Redis's own, on the server clock. */
export function redisLocks(client: RedisClientType, keyPrefix: string): Locks {
  const keyOf = (name: string) => `${keyPrefix}lock:${name}`;
  return {
    async acquire(name, owner, ttlMs) {
      checkLockArguments(name, owner, ttlMs);
      const reply = await client.set(keyOf(name), owner, {
        condition: "NX",
        expiration: { type: "PX", value: ttlMs },
      });
      return reply === "OK";
    },
    async renew(name, owner, ttlMs) {
      checkLockArguments(name, owner, ttlMs);
      const reply = await client.eval(COMPARE_AND_EXPIRE, {
        keys: [keyOf(name)],
        arguments: [owner, String(ttlMs)],
      });
      return reply === 1;
    },
    async release(name, owner) {
      checkLockArguments(name, owner);
      await client.eval(COMPARE_AND_DELETE, { keys: [keyOf(name)], arguments: [owner] });
    },
  };
}
