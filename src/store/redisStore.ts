import KeyvRedis, { createClient, type RedisClientType } from "@keyv/redis";
import { Keyv } from "keyv";
import { UserError } from "../errors.js";
import type { Logger } from "../log/logger.js";
import { buildStore } from "./buildStore.js";
import { deserializeJson, serializeJson } from "./codec.js";
import { redisLocks } from "./locks.js";
import { NAMESPACES, type Namespace, type NamespaceBackend } from "./recordStore.js";
import type { Store } from "./store.js";

const CONNECT_TIMEOUT_MS = 5_000;
const MAX_RECONNECT_DELAY_MS = 5_000;
/** The prefix lands in SCAN MATCH patterns, so glob characters are not allowed. */
const KEY_PREFIX = /^[\w.:-]*$/;

/**
 * One client shared by the five namespaces and the locks. Keys are `<prefix><namespace>::<key>`
 * (@keyv/redis's separator) and `<prefix>lock:<name>`. The first connection fails fast with a
 * UserError; once connected, a dropped connection is retried for ever with backoff (commands
 * wait in the client's queue meanwhile) and logged once per outage.
 */
export async function openRedisStore(
  url: string,
  keyPrefix: string,
  logger: Logger,
): Promise<Store> {
  if (!KEY_PREFIX.test(keyPrefix)) {
    throw new TypeError(`Redis key prefix must match ${KEY_PREFIX}, found '${keyPrefix}'`);
  }
  const where = hostOf(url);
  let connected = false;
  let outage = false;
  const client: RedisClientType = createClient({
    url,
    socket: {
      connectTimeout: CONNECT_TIMEOUT_MS,
      // Returning the error (not a delay) ends the first connect() instead of retrying for ever.
      reconnectStrategy: (retries: number, cause: Error) =>
        connected ? Math.min(100 * 2 ** retries, MAX_RECONNECT_DELAY_MS) : cause,
    },
  });
  client.on("error", (error: unknown) => {
    if (!connected || outage) return;
    outage = true;
    logger.warn("store: lost the Redis connection, reconnecting", { host: where, error });
  });
  client.on("ready", () => {
    if (outage) logger.info("store: Redis connection is back", { host: where });
    outage = false;
  });
  try {
    await client.connect();
    connected = true;
  } catch (error) {
    if (client.isOpen) client.destroy();
    const why = error instanceof Error ? error.message : String(error);
    throw new UserError("CONFIG_INVALID", `cannot reach Redis at ${where} (KEYV_URL): ${why}`);
  }

  const backend = (namespace: Namespace): NamespaceBackend => {
    const prefixed = `${keyPrefix}${namespace}`;
    // Both layers must be told to throw: @keyv/redis swallows errors (get → undefined) unless
    // its own throwOnErrors is set, whatever Keyv's says. Keyv's key prefix is off because the
    // adapter already prefixes with `namespace::`.
    const adapter = new KeyvRedis<string>(client, { namespace: prefixed, throwOnErrors: true });
    return {
      namespace,
      keyv: new Keyv<unknown>(adapter, {
        namespace: prefixed,
        useKeyPrefix: false,
        throwOnErrors: true,
        serialize: serializeJson,
        deserialize: deserializeJson,
      }),
      toStored: (key) => key,
      scan: () => adapter.iterator(prefixed),
    };
  };
  const backends = Object.fromEntries(NAMESPACES.map((ns) => [ns, backend(ns)])) as Record<
    Namespace,
    NamespaceBackend
  >;

  return buildStore({
    kind: "redis",
    backends,
    locks: redisLocks(client, keyPrefix),
    logger,
    // A graceful close waits for pending replies; with Redis unreachable they may never come:
    // after CLOSE_GRACE_MS the connection is dropped, so shutting down never hangs on it.
    close: async () => {
      if (!client.isOpen) return;
      let timer: ReturnType<typeof setTimeout> | undefined;
      const late = new Promise<"late">((resolve) => {
        timer = setTimeout(() => resolve("late"), CLOSE_GRACE_MS);
      });
      const closed = client.close().then(
        () => "closed" as const,
        () => "closed" as const,
      );
      const outcome = await Promise.race([closed, late]);
      clearTimeout(timer);
      if (outcome === "late" && client.isOpen) client.destroy();
    },
  });
}

/** How long a closing store waits for Redis to answer what is pending. */
const CLOSE_GRACE_MS = 5000;

/** `host:port` only: a Redis URL may carry a password. */
function hostOf(url: string): string {
  try {
    const parsed = new URL(url);
    return `${parsed.hostname}:${parsed.port || "6379"}`;
  } catch {
    return "(unparsable URL)";
  }
}
