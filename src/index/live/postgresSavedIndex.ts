import { createHash } from "node:crypto";
import { serialize } from "node:v8";
import type { Pool, PoolClient } from "pg";
import { UserError } from "../../errors.js";
import { runInTurns, type TurnOptions } from "../../util/steps.js";
import {
  checkSnapshot,
  type IndexSnapshot,
  type SavedSource,
  SNAPSHOT_FORMAT,
  type SnapshotRead,
  type SourceOrigin,
} from "../indexSnapshot.js";
import { decodeInPieces, encodeInPieces } from "../snapshotPieces.js";
import {
  decodeOutline,
  decodeSources,
  type EncodedSource,
  encodeSources,
  type Outline,
  type SourceRow,
  sameVersion,
} from "./postgresIndexRows.js";
import { INDEX_CHANNEL, indexSchema } from "./postgresIndexSchema.js";
import type { Closable, SavedIndex, UsableRead } from "./savedIndex.js";

export interface PostgresIndexOptions {
  /** Taken over: ended by `close`. */
  readonly pool: Pool;
  /** Which index of the database (instances that share it name the same). */
  readonly key: string;
  /**
   * What a snapshot must have been written for to be used: this code (`checkSnapshot`). Not the
   * folder: the instances sharing an index may each read a folder of their own into it.
   */
  readonly expected: { readonly fingerprint: string };
  readonly turns: TurnOptions;
  /** How long a connection may take to answer whether it still holds the lock (10 s). */
  readonly lockCheckMs?: number;
  /** How long to wait before listening again after the listening connection was lost (5 s). */
  readonly relistenMs?: number;
}

/** A source as the database holds it at the version this process last saw. */
interface HeldSource {
  readonly origin: SourceOrigin;
  readonly analysis: SavedSource["analysis"];
  /** The manifest it was analysed under (part of every analysis). */
  readonly manifestKey: string;
}

/** Rows read or written per statement: a few megabytes of analyses. */
const ROWS_PER_PAGE = 200;
/** `seen` after an update that failed to take in what it read: the next write must read first. */
const FORGOTTEN = "forgotten";

/**
 * The saved index in PostgreSQL, for instances that share it (`DATABASE_URL`): a row per analysed
 * file, written only when its analysis changed and stamped with the version that wrote it, the
 * corpus-wide saved work in pieces, and an outline with a version counter. A write runs in one
 * transaction under a lock of the index (one writer at a time), replaces only the version it read
 * (`write` returns false otherwise), deletes only the rows this process knew and no longer has,
 * and notifies the other instances when it commits. Reads see one version whole (repeatable
 * read); a newer version is read as the rows written since the one seen.
 */
export class PostgresSavedIndex implements SavedIndex {
  /** The version this process last read or wrote; null: none there then. */
  private seen: string | null = null;
  /** What the database holds at `seen`, by path: those analyses are not written again. */
  private held = new Map<string, HeldSource>();
  private schema: Promise<string> | null = null;
  /** The connection holding the folder lock, while this process leads. */
  private leader: PoolClient | null = null;
  /** One question about the lock at a time: two syncs asking together get one answer. */
  private leading: Promise<boolean> = Promise.resolve(false);
  private closed = false;

  constructor(private readonly options: PostgresIndexOptions) {
    // A pooled connection the server drops while idle (a restart, a failover) is an error event
    // on the pool: without a listener it would end the process. The pool opens another.
    options.pool.on("error", () => {});
  }

  async read(): Promise<SnapshotRead> {
    return this.readWith(false);
  }

  async readNewer(): Promise<UsableRead | null> {
    let version: string | null;
    try {
      version = await this.version();
    } catch (error) {
      throw unavailable(describePgError(error));
    }
    if (version === this.seen) return null;
    const read = await this.readWith(this.seen !== null && this.seen !== FORGOTTEN);
    if (!read.ok && read.reason === "unavailable") throw unavailable(read.detail);
    return read.ok ? read : null;
  }

  forget(): void {
    this.seen = FORGOTTEN;
  }

  async write(snapshot: Omit<IndexSnapshot, "format">): Promise<boolean> {
    const changed = snapshot.sources.filter((s) => {
      const held = this.held.get(s.path);
      return (
        held === undefined ||
        held.origin !== s.origin ||
        held.manifestKey !== snapshot.manifestKey ||
        !sameVersion(held.analysis, s.analysis)
      );
    });
    const order = snapshot.sources.map((s) => s.path);
    const kept = new Set(order);
    const removed = [...this.held.keys()].filter((path) => !kept.has(path));
    const rows = await runInTurns(encodeSources(changed), this.options.turns);
    const warm =
      snapshot.warm === undefined
        ? []
        : await runInTurns(
            encodeInPieces(snapshot.warm, () => 512),
            this.options.turns,
          );
    const outline: Outline = {
      format: SNAPSHOT_FORMAT,
      fingerprint: snapshot.fingerprint,
      corpusDir: snapshot.corpusDir,
      manifestKey: snapshot.manifestKey,
      manifestWarnings: snapshot.manifestWarnings,
      order,
    };
    let client: PoolClient;
    try {
      client = await this.connect();
    } catch (error) {
      throw cannotWrite(error);
    }
    try {
      await client.query("BEGIN");
      const version = await this.writeIn(client, outline, { rows, removed, warm });
      if (version === null) {
        await client.query("ROLLBACK");
        return false;
      }
      await client.query("COMMIT");
      this.hold(version, snapshot.sources, snapshot.manifestKey);
      return true;
    } catch (error) {
      await client.query("ROLLBACK").catch(() => {});
      throw cannotWrite(error);
    } finally {
      client.release();
    }
  }

  lead(): Promise<boolean> {
    const asked = this.leading.then(
      () => this.askToLead(),
      () => this.askToLead(),
    );
    this.leading = asked;
    return asked;
  }

  watchWrites(onWrite: () => void): Promise<Closable> {
    let current: PoolClient | null = null;
    let stopped = false;
    let retry: NodeJS.Timeout | null = null;
    // Lost (a restart, a failover): listen again, then read once, for saves missed meanwhile.
    const again = () => {
      if (stopped || retry !== null) return;
      retry = setTimeout(() => {
        retry = null;
        if (!stopped) listen().then(onWrite, again);
      }, this.options.relistenMs ?? 5_000);
      retry.unref();
    };
    const listen = async (): Promise<void> => {
      const client = await this.connect();
      const notice = await this.notice();
      client.on("notification", (message: { channel: string; payload?: string | undefined }) => {
        if (message.channel === INDEX_CHANNEL && message.payload === notice) onWrite();
      });
      client.on("error", () => {
        if (current !== client) return;
        current = null;
        client.release(true);
        again();
      });
      try {
        await client.query(`LISTEN ${INDEX_CHANNEL}`);
      } catch (error) {
        client.release(true);
        throw error;
      }
      if (stopped) client.release(true);
      else current = client;
    };
    return listen().then(() => ({
      close() {
        stopped = true;
        if (retry) clearTimeout(retry);
        // Destroyed, not given back: a pooled connection would go on listening.
        current?.release(true);
        current = null;
      },
    }));
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    await this.leading.catch(() => false);
    // Let go of the folder lock at once: the server notices a closed connection only a moment
    // later, and the next instance asking in between would be refused.
    await this.leader?.query("SELECT pg_advisory_unlock_all()").catch(() => {});
    this.dropLeader();
    await this.options.pool.end();
  }

  private async askToLead(): Promise<boolean> {
    if (this.leader !== null) {
      if (await this.stillConnected(this.leader)) return true;
      this.dropLeader();
    }
    let client: PoolClient;
    try {
      client = await this.connect();
    } catch (error) {
      throw new UserError(
        "CONFIG_INVALID",
        `cannot reach PostgreSQL (DATABASE_URL): ${describePgError(error)}`,
      );
    }
    let got = false;
    try {
      const result = await client.query<{ got: boolean }>(
        "SELECT pg_try_advisory_lock(hashtextextended($1, 0)) AS got",
        [await this.lockName()],
      );
      got = result.rows[0]?.got === true;
    } catch (error) {
      throw new UserError("CONFIG_INVALID", `PostgreSQL (DATABASE_URL): ${describePgError(error)}`);
    } finally {
      if (!got) client.release();
    }
    if (!got) return false;
    this.leader = client;
    // The lock lives as long as this connection: lost with it, asked for again next time.
    client.on("error", () => {
      if (this.leader === client) this.dropLeader();
    });
    return true;
  }

  /** A session lock is held as long as its connection: whether it still answers, in time. */
  private async stillConnected(client: PoolClient): Promise<boolean> {
    let timer: NodeJS.Timeout | undefined;
    const late = new Promise<boolean>((resolve) => {
      timer = setTimeout(() => resolve(false), this.options.lockCheckMs ?? 10_000);
    });
    try {
      const answered = client.query("SELECT 1").then(
        () => true,
        () => false,
      );
      return await Promise.race([answered, late]);
    } finally {
      clearTimeout(timer);
    }
  }

  private dropLeader(): void {
    const leader = this.leader;
    this.leader = null;
    // Destroyed, not given back: the lock goes with the session.
    leader?.release(true);
  }

  private async connect(): Promise<PoolClient> {
    const client = await this.options.pool.connect();
    try {
      this.schema ??= indexSchema(client);
      await this.schema;
    } catch (error) {
      this.schema = null;
      client.release();
      throw error;
    }
    return client;
  }

  /** Locks and notifications are the database's, not the schema's: both name the schema too. */
  private async scope(): Promise<string> {
    if (this.schema === null) (await this.connect()).release();
    return `${await this.schema} ${this.options.key}`;
  }

  private async lockName(): Promise<string> {
    return `briefbot index ${await this.scope()}`;
  }

  /** The payload of this index's notifications (channel payloads are short: a hash). */
  private async notice(): Promise<string> {
    return createHash("sha256")
      .update(await this.scope())
      .digest("hex")
      .slice(0, 32);
  }

  private async version(): Promise<string | null> {
    const client = await this.connect();
    try {
      const result = await client.query<{ version: string }>(
        "SELECT version FROM briefbot_index WHERE key = $1",
        [this.options.key],
      );
      return result.rows[0]?.version ?? null;
    } finally {
      client.release();
    }
  }

  /**
   * Reads one version whole, or (`since`) the rows written after the version seen, with the
   * analyses held for the others; the saved work is read only whole (followers do not use it).
   */
  private async readWith(since: boolean): Promise<SnapshotRead> {
    let client: PoolClient;
    try {
      client = await this.connect();
    } catch (error) {
      return { ok: false, reason: "unavailable", detail: describePgError(error) };
    }
    try {
      await client.query("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY");
      const found = await this.readIn(client, since);
      await client.query("COMMIT");
      this.markSeen(found.version, found.read);
      return found.read;
    } catch (error) {
      await client.query("ROLLBACK").catch(() => {});
      return { ok: false, reason: "unavailable", detail: describePgError(error) };
    } finally {
      client.release();
    }
  }

  /** Reads the index in a transaction begun by the caller. */
  private async readIn(
    client: PoolClient,
    since: boolean,
  ): Promise<{ version: string | null; read: SnapshotRead }> {
    const { key, expected, turns } = this.options;
    const head = await client.query<{ version: string; outline: Buffer }>(
      "SELECT version, outline FROM briefbot_index WHERE key = $1",
      [key],
    );
    const row = head.rows[0];
    if (row === undefined) {
      return { version: null, read: { ok: false, reason: "missing", detail: "no saved index" } };
    }
    const outline = decodeOutline(row.outline);
    if (typeof outline === "string") {
      return { version: row.version, read: { ok: false, reason: "unreadable", detail: outline } };
    }
    // Rows of another manifest or code than the ones held are read again, all of them.
    const held = this.held.values().next().value;
    const incremental = since && held !== undefined && held.manifestKey === outline.manifestKey;
    const fresh = new Map<string, SavedSource>();
    let after = "";
    for (;;) {
      const page = incremental
        ? await client.query<SourceRow>(
            `SELECT path, origin, analysis FROM briefbot_index_source
             WHERE key = $1 AND path > $2 AND written_version > $3 ORDER BY path LIMIT $4`,
            [key, after, this.seen, ROWS_PER_PAGE],
          )
        : await client.query<SourceRow>(
            `SELECT path, origin, analysis FROM briefbot_index_source
             WHERE key = $1 AND path > $2 ORDER BY path LIMIT $3`,
            [key, after, ROWS_PER_PAGE],
          );
      for (const source of await runInTurns(decodeSources(page.rows), turns)) {
        fresh.set(source.path, source);
      }
      const last = page.rows[page.rows.length - 1];
      if (last === undefined || page.rows.length < ROWS_PER_PAGE) break;
      after = last.path;
    }
    let warm: unknown;
    if (!incremental) {
      const pieces = await client.query<{ bytes: Buffer }>(
        "SELECT bytes FROM briefbot_index_warm WHERE key = $1 ORDER BY piece",
        [key],
      );
      if (pieces.rows.length > 0) {
        try {
          const bytes = Buffer.concat(pieces.rows.map((p) => p.bytes));
          warm = await runInTurns(decodeInPieces(bytes), turns);
        } catch (error) {
          const detail = (error as Error).message;
          return { version: row.version, read: { ok: false, reason: "unreadable", detail } };
        }
      }
    }
    // A path with no row (nor one held) keeps its place with no analysis: named as damaged.
    const sources = outline.order.map((path): SavedSource => {
      const source = fresh.get(path);
      if (source) return source;
      const kept = incremental ? this.held.get(path) : undefined;
      return kept ? { path, ...kept } : { path, origin: "folder", analysis: null as never };
    });
    const { order: _order, ...rest } = outline;
    const read = checkSnapshot(
      { ...rest, sources, ...(warm === undefined ? {} : { warm }) },
      {
        fingerprint: expected.fingerprint,
        corpusDir: outline.corpusDir,
      },
    );
    return { version: row.version, read };
  }

  /**
   * Writes in a transaction begun by the caller, under the index's write lock: the new version,
   * or null (nothing written) when the index is not at the version this process last saw.
   */
  private async writeIn(
    client: PoolClient,
    outline: Outline,
    change: {
      readonly rows: readonly EncodedSource[];
      readonly removed: readonly string[];
      readonly warm: readonly Buffer[];
    },
  ): Promise<string | null> {
    const { key } = this.options;
    await client.query("SELECT pg_advisory_xact_lock(hashtextextended($1, 1))", [
      await this.lockName(),
    ]);
    const head = await client.query<{ version: string }>(
      "SELECT version FROM briefbot_index WHERE key = $1",
      [key],
    );
    const current = head.rows[0]?.version ?? null;
    if (current !== this.seen) return null;
    const next = current === null ? "1" : (BigInt(current) + 1n).toString();
    await client.query(
      "DELETE FROM briefbot_index_source WHERE key = $1 AND path = ANY($2::text[])",
      [key, change.removed],
    );
    for (let at = 0; at < change.rows.length; at += ROWS_PER_PAGE) {
      const page = change.rows.slice(at, at + ROWS_PER_PAGE);
      await client.query(
        `INSERT INTO briefbot_index_source (key, path, origin, analysis, written_version)
         SELECT $1, path, origin, analysis, $5 FROM unnest($2::text[], $3::text[], $4::bytea[])
           AS r(path, origin, analysis)
         ON CONFLICT (key, path) DO UPDATE SET origin = EXCLUDED.origin,
           analysis = EXCLUDED.analysis, written_version = EXCLUDED.written_version`,
        [key, page.map((r) => r.path), page.map((r) => r.origin), page.map((r) => r.bytes), next],
      );
    }
    await client.query("DELETE FROM briefbot_index_warm WHERE key = $1", [key]);
    for (let at = 0; at < change.warm.length; at += ROWS_PER_PAGE) {
      const page = change.warm.slice(at, at + ROWS_PER_PAGE);
      await client.query(
        `INSERT INTO briefbot_index_warm (key, piece, bytes)
         SELECT $1, * FROM unnest($2::int[], $3::bytea[])`,
        [key, page.map((_, i) => at + i), page],
      );
    }
    await client.query(
      `INSERT INTO briefbot_index (key, version, outline, written_at) VALUES ($1, $2, $3, now())
       ON CONFLICT (key) DO UPDATE SET version = EXCLUDED.version,
         outline = EXCLUDED.outline, written_at = EXCLUDED.written_at`,
      [key, next, serialize(outline)],
    );
    await client.query("SELECT pg_notify($1, $2)", [INDEX_CHANNEL, await this.notice()]);
    return next;
  }

  /** What a read leaves this process holding: the version, and the analyses it can vouch for. */
  private markSeen(version: string | null, read: SnapshotRead): void {
    this.hold(
      version,
      read.ok ? read.snapshot.sources : [],
      read.ok ? read.snapshot.manifestKey : "",
    );
  }

  /** The database is at `version`, holding these sources (read or written by this process). */
  private hold(version: string | null, sources: readonly SavedSource[], manifestKey: string): void {
    this.seen = version;
    this.held = new Map(
      sources.map((s) => [s.path, { origin: s.origin, analysis: s.analysis, manifestKey }]),
    );
  }
}

/** What went wrong talking to PostgreSQL, without the connection string (it may hold a password). */
export function describePgError(error: unknown): string {
  if (error instanceof AggregateError && error.errors.length > 0) {
    return describePgError(error.errors[0]);
  }
  if (error instanceof Error) {
    const code = (error as { code?: unknown }).code;
    return typeof code === "string" && error.message.length === 0 ? code : error.message;
  }
  return String(error);
}

function unavailable(detail: string): UserError {
  return new UserError(
    "BAD_INPUT",
    `cannot read the saved index in PostgreSQL (DATABASE_URL): ${detail}; it is kept as it is, and read again before the next save`,
  );
}

function cannotWrite(error: unknown): UserError {
  return new UserError(
    "CONFIG_INVALID",
    `cannot write the index to PostgreSQL (DATABASE_URL): ${describePgError(error)}`,
  );
}
