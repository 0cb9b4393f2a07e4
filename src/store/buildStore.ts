import type { Logger } from "../log/logger.js";
import type { Locks } from "./locks.js";
import { createRecordStore, type Namespace, type NamespaceBackend } from "./recordStore.js";
import {
  cacheValueSchema,
  channelCursorKey,
  channelCursorSchema,
  digestRunSchema,
  subscriptionKey,
  subscriptionSchema,
} from "./records.js";
import type { Store, StoreKind } from "./store.js";

export interface StoreParts {
  readonly kind: StoreKind;
  readonly backends: Readonly<Record<Namespace, NamespaceBackend>>;
  readonly locks: Locks;
  /** Closes the backend's connections; called once. */
  readonly close: () => Promise<void>;
  readonly logger: Logger;
}

/** The backend-neutral Store: typed record stores over each namespace, plus the locks. */
export function buildStore(parts: StoreParts): Store {
  const { backends, logger, locks } = parts;
  let closing: Promise<void> | null = null;
  return {
    kind: parts.kind,
    subscriptions: createRecordStore(
      backends.subscriptions,
      { schema: subscriptionSchema, keyOf: (s) => subscriptionKey(s.platform, s.channelId) },
      logger,
    ),
    runs: createRecordStore(
      backends.runs,
      { schema: digestRunSchema, keyOf: (r) => r.key },
      logger,
    ),
    cursors: createRecordStore(
      backends.cursors,
      { schema: channelCursorSchema, keyOf: (c) => channelCursorKey(c.platform, c.channelId) },
      logger,
    ),
    cache: createRecordStore(backends.cache, { schema: cacheValueSchema }, logger),
    sources: createRecordStore(backends.sources, { schema: cacheValueSchema }, logger),
    acquireLock: (name, owner, ttlMs) => locks.acquire(name, owner, ttlMs),
    renewLock: (name, owner, ttlMs) => locks.renew(name, owner, ttlMs),
    releaseLock: (name, owner) => locks.release(name, owner),
    close() {
      closing ??= parts.close();
      return closing;
    },
  };
}
