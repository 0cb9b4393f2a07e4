import type { Keyv } from "keyv";
import type { z } from "zod";
import type { Logger } from "../log/logger.js";
import { parseWrapper, UNREADABLE } from "./codec.js";
import { RECORD_VERSION } from "./records.js";
import type { RecordStore } from "./store.js";

export type Namespace = "subscriptions" | "runs" | "cursors" | "cache" | "sources";
export const NAMESPACES: readonly Namespace[] = [
  "subscriptions",
  "runs",
  "cursors",
  "cache",
  "sources",
];

/** One namespace on one backend: a Keyv for single records, and a raw scan for `list()`. */
export interface NamespaceBackend {
  readonly namespace: Namespace;
  /** Configured with the JSON codec (codec.ts) and `throwOnErrors`. */
  readonly keyv: Keyv<unknown>;
  /** Our key → the key handed to `keyv`. */
  toStored(key: string): string;
  /**
   * `[our key, stored text]` for every entry of this namespace, straight from the adapter.
   * We do not use `keyv.iterator()`: it deletes expired rows while @keyv/sqlite pages with
   * LIMIT/OFFSET (so it skips rows), and it crashes on a Redis key that vanishes mid-scan.
   */
  scan(): AsyncIterable<readonly [string, string | undefined]>;
}

export interface RecordSpec<T> {
  readonly schema: z.ZodType<T>;
  /** The only key a value may be stored under, when the record names its own key. */
  readonly keyOf?: (value: T) => string;
}

/** Writing a value that fails its schema, or under the wrong key: a bug in the caller. */
export class InvalidRecordError extends Error {
  override readonly name = "InvalidRecordError";
  constructor(
    readonly namespace: Namespace,
    readonly key: string,
    readonly reason: string,
  ) {
    super(`invalid ${namespace} record for key '${key}': ${reason}`);
  }
}

type Decoded<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; reason: string };

export function createRecordStore<T>(
  backend: NamespaceBackend,
  spec: RecordSpec<T>,
  logger: Logger,
): RecordStore<T> {
  const { namespace, keyv } = backend;
  /** Keys already reported as unreadable, so each bad record is logged once, not on every read. */
  const reported = new Set<string>();

  const decode = (stored: unknown): Decoded<T> => {
    if (stored === UNREADABLE) return { ok: false, reason: "not a JSON Keyv entry" };
    if (typeof stored !== "object" || stored === null || !("v" in stored)) {
      return { ok: false, reason: "not a versioned record" };
    }
    const { v, data } = stored as { v: unknown; data?: unknown };
    if (v !== RECORD_VERSION) {
      const shown = typeof v === "number" ? String(v) : typeof v;
      return { ok: false, reason: `unknown version ${shown.slice(0, 20)}` };
    }
    const parsed = spec.schema.safeParse(data);
    return parsed.success
      ? { ok: true, value: parsed.data }
      : { ok: false, reason: `fails the schema (${firstIssue(parsed.error)})` };
  };

  const readable = (key: string, stored: unknown): T | null => {
    const decoded = decode(stored);
    if (decoded.ok) return decoded.value;
    if (!reported.has(key)) {
      reported.add(key);
      logger.warn("store: skipping an unreadable record", {
        namespace,
        key: key.slice(0, 200),
        reason: decoded.reason,
      });
    }
    return null;
  };

  return {
    async get(key) {
      assertKey(namespace, key);
      const stored = await keyv.get(backend.toStored(key));
      return stored === undefined ? null : readable(key, stored);
    },

    async set(key, value, ttlMs) {
      assertKey(namespace, key);
      if (ttlMs !== undefined && !(Number.isSafeInteger(ttlMs) && ttlMs > 0)) {
        throw new InvalidRecordError(namespace, key, `ttlMs must be a positive integer`);
      }
      const parsed = spec.schema.safeParse(value);
      if (!parsed.success) throw new InvalidRecordError(namespace, key, firstIssue(parsed.error));
      const expected = spec.keyOf?.(parsed.data);
      if (expected !== undefined && expected !== key) {
        throw new InvalidRecordError(namespace, key, `it belongs under '${expected}'`);
      }
      const written = await keyv.set(
        backend.toStored(key),
        { v: RECORD_VERSION, data: parsed.data },
        ttlMs,
      );
      if (!written) throw new Error(`store: writing ${namespace} '${key}' was refused`);
      reported.delete(key);
    },

    async delete(key) {
      assertKey(namespace, key);
      reported.delete(key);
      return keyv.delete(backend.toStored(key));
    },

    async list() {
      const out: { key: string; value: T }[] = [];
      const expired: string[] = [];
      const now = Date.now();
      for await (const [key, text] of backend.scan()) {
        if (text === undefined) continue; // deleted between the scan and the read
        const wrapper = parseWrapper(text);
        if (wrapper?.expires !== undefined && wrapper.expires <= now) {
          expired.push(key);
          continue;
        }
        const value = readable(key, wrapper === null ? UNREADABLE : wrapper.value);
        if (value !== null) out.push({ key, value });
      }
      // Expired entries linger in SQLite (it has no ttl of its own); sweep them after the scan.
      for (const key of expired) await keyv.delete(backend.toStored(key));
      return out.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
    },
  };
}

function assertKey(namespace: Namespace, key: string): void {
  if (typeof key !== "string" || key.length === 0) {
    throw new InvalidRecordError(namespace, String(key), "the key must be a non-empty string");
  }
}

/** `path: message` of the first problem; zod's messages name types, never the values found. */
function firstIssue(error: z.ZodError): string {
  const issue = error.issues[0];
  if (issue === undefined) return "invalid";
  const path = issue.path.map(String).join(".");
  return `${path || "(root)"}: ${issue.message}`;
}
