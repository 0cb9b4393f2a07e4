import { createHash } from "node:crypto";
import { deserialize, serialize } from "node:v8";
import type { Pool, PoolClient } from "pg";
import { UserError } from "../../errors.js";
import { runInTurns, type Steps, type TurnOptions } from "../../util/steps.js";
import {
  checkSnapshot,
  type IndexSnapshot,
  type SavedSource,
  SNAPSHOT_FORMAT,
  type SnapshotRead,
  type SourceOrigin,
} from "../indexSnapshot.js";
import { decodeInPieces, encodeInPieces } from "../snapshotPieces.js";
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
}

/** The outline of a snapshot: everything but its sources (rows of their own) and saved work. */
interface Outline {
  readonly format: number;
  readonly fingerprint: string;
  readonly corpusDir: string;
  readonly manifestKey: string;
  readonly manifestWarnings: IndexSnapshot["manifestWarnings"];
  /** The sources' paths in corpus order. */
  readonly order: readonly string[];
}

/** Rows read or written per statement: a few megabytes of analyses. */
const ROWS_PER_PAGE = 200;

/**
 * The saved index in PostgreSQL, for instances that share it (`DATABASE_URL`): a row per analysed
 * file, written only when its analysis changed, the corpus-wide saved work in pieces, and an
 * outline with a version counter. A write runs in one transaction under a lock of the index (one
 * writer at a time), replaces only the version it read (`write` returns false otherwise), and
 * notifies the other instances when it commits. Reads see one version whole (repeatable read).
 */
export class PostgresSavedIndex implements SavedIndex {
  /** The version this process last read or wrote; null: none there then. */
  private seen: string | null = null;
  /** What the database holds at `seen`, by path: those analyses are not written again. */
  private stored = new Map<string, { origin: SourceOrigin; analysis: unknown }>();
  private schema: Promise<void> | null = null;
  /** The connection holding the folder lock, while this process leads. */
  private leader: PoolClient | null = null;
  private readonly lockName: string;
  /** The payload of this index's notifications (channel payloads are short: a hash). */
  private readonly notice: string;

  constructor(private readonly options: PostgresIndexOptions) {
    this.lockName = `briefbot index ${options.key}`;
    this.notice = createHash("sha256").update(options.key).digest("hex").slice(0, 32);
  }

  async read(): Promise<SnapshotRead> {
    let client: PoolClient;
    try {
      client = await this.connect();
    } catch (error) {
      return { ok: false, reason: "unavailable", detail: describePgError(error) };
    }
    try {
      await client.query("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY");
      const read = await this.readIn(client);
      await client.query("COMMIT");
      return read;
    } catch (error) {
      await client.query("ROLLBACK").catch(() => {});
      return { ok: false, reason: "unavailable", detail: describePgError(error) };
    } finally {
      client.release();
    }
  }

  async readNewer(): Promise<UsableRead | null> {
    let version: string | null;
    try {
      version = await this.version();
    } catch (error) {
      throw unavailable(describePgError(error));
    }
    if (version === this.seen) return null;
    const read = await this.read();
    if (!read.ok && read.reason === "unavailable") throw unavailable(read.detail);
    return read.ok ? read : null;
  }

  async write(snapshot: Omit<IndexSnapshot, "format">): Promise<boolean> {
    const changed = snapshot.sources.filter((s) => {
      const held = this.stored.get(s.path);
      return (
        held === undefined || held.origin !== s.origin || !sameVersion(held.analysis, s.analysis)
      );
    });
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
      order: snapshot.sources.map((s) => s.path),
    };
    let client: PoolClient;
    try {
      client = await this.connect();
    } catch (error) {
      throw cannotWrite(error);
    }
    try {
      await client.query("BEGIN");
      const version = await this.writeIn(client, outline, rows, warm);
      if (version === null) {
        await client.query("ROLLBACK");
        return false;
      }
      await client.query("COMMIT");
      this.seen = version;
      this.stored = new Map(
        snapshot.sources.map((s) => [s.path, { origin: s.origin, analysis: s.analysis }]),
      );
      return true;
    } catch (error) {
      await client.query("ROLLBACK").catch(() => {});
      throw cannotWrite(error);
    } finally {
      client.release();
    }
  }

  async lead(): Promise<boolean> {
    if (this.leader !== null) return true;
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
        [this.lockName],
      );
      got = result.rows[0]?.got === true;
    } finally {
      if (!got) client.release();
    }
    if (!got) return false;
    this.leader = client;
    // The lock lives as long as this connection: lost with it, asked for again next time.
    client.on("error", () => {
      if (this.leader === client) this.leader = null;
      client.release(true);
    });
    return true;
  }

  async watchWrites(onWrite: () => void): Promise<Closable> {
    const client = await this.connect();
    const heard = (message: { channel: string; payload?: string | undefined }) => {
      if (message.channel === INDEX_CHANNEL && message.payload === this.notice) onWrite();
    };
    client.on("notification", heard);
    client.on("error", () => {});
    try {
      await client.query(`LISTEN ${INDEX_CHANNEL}`);
    } catch (error) {
      client.release(true);
      throw error;
    }
    return {
      close() {
        client.off("notification", heard);
        // Destroyed, not given back: a pooled connection would go on listening.
        client.release(true);
      },
    };
  }

  async close(): Promise<void> {
    // The folder lock ends with its connection.
    this.leader?.release(true);
    this.leader = null;
    await this.options.pool.end();
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

  private async version(): Promise<string | null> {
    const result = await this.options.pool.query<{ version: string }>(
      "SELECT version FROM briefbot_index WHERE key = $1",
      [this.options.key],
    );
    return result.rows[0]?.version ?? null;
  }

  /** Reads the index in a transaction begun by the caller; marks what it read as seen. */
  private async readIn(client: PoolClient): Promise<SnapshotRead> {
    const { key, expected, turns } = this.options;
    const head = await client.query<{ version: string; outline: Buffer }>(
      "SELECT version, outline FROM briefbot_index WHERE key = $1",
      [key],
    );
    const row = head.rows[0];
    if (row === undefined) {
      this.markSeen(null, []);
      return { ok: false, reason: "missing", detail: "no saved index" };
    }
    let outline: Outline;
    try {
      outline = deserialize(row.outline) as Outline;
    } catch (error) {
      this.markSeen(row.version, []);
      return { ok: false, reason: "unreadable", detail: (error as Error).message };
    }
    if (!isOutline(outline)) {
      this.markSeen(row.version, []);
      return { ok: false, reason: "unreadable", detail: "not a briefbot index snapshot" };
    }
    const byPath = new Map<string, SavedSource>();
    let after = "";
    for (;;) {
      const page = await client.query<{ path: string; origin: SourceOrigin; analysis: Buffer }>(
        "SELECT path, origin, analysis FROM briefbot_index_source WHERE key = $1 AND path > $2 ORDER BY path LIMIT $3",
        [key, after, ROWS_PER_PAGE],
      );
      for (const source of await runInTurns(decodeSources(page.rows), turns)) {
        byPath.set(source.path, source);
      }
      const last = page.rows[page.rows.length - 1];
      if (last === undefined || page.rows.length < ROWS_PER_PAGE) break;
      after = last.path;
    }
    const pieces = await client.query<{ bytes: Buffer }>(
      "SELECT bytes FROM briefbot_index_warm WHERE key = $1 ORDER BY piece",
      [key],
    );
    let warm: unknown;
    if (pieces.rows.length > 0) {
      try {
        const bytes = Buffer.concat(pieces.rows.map((p) => p.bytes));
        warm = await runInTurns(decodeInPieces(bytes), turns);
      } catch (error) {
        this.markSeen(row.version, []);
        return { ok: false, reason: "unreadable", detail: (error as Error).message };
      }
    }
    const sources = outline.order.map(
      (path) => byPath.get(path) ?? { path, origin: "folder" as const, analysis: null as never },
    );
    const { order: _order, ...rest } = outline;
    const read = checkSnapshot(
      { ...rest, sources, ...(warm === undefined ? {} : { warm }) },
      {
        fingerprint: expected.fingerprint,
        corpusDir: outline.corpusDir,
      },
    );
    this.markSeen(row.version, read.ok ? read.snapshot.sources : []);
    return read;
  }

  /**
   * Writes in a transaction begun by the caller, under the index's write lock: the new version,
   * or null (nothing written) when the index is not at the version this process last saw.
   */
  private async writeIn(
    client: PoolClient,
    outline: Outline,
    rows: readonly EncodedSource[],
    warm: readonly Buffer[],
  ): Promise<string | null> {
    const { key } = this.options;
    await client.query("SELECT pg_advisory_xact_lock(hashtextextended($1, 1))", [this.lockName]);
    const head = await client.query<{ version: string }>(
      "SELECT version FROM briefbot_index WHERE key = $1",
      [key],
    );
    const current = head.rows[0]?.version ?? null;
    if (current !== this.seen) return null;
    await client.query(
      "DELETE FROM briefbot_index_source WHERE key = $1 AND NOT (path = ANY($2::text[]))",
      [key, outline.order],
    );
    for (let at = 0; at < rows.length; at += ROWS_PER_PAGE) {
      const page = rows.slice(at, at + ROWS_PER_PAGE);
      await client.query(
        `INSERT INTO briefbot_index_source (key, path, origin, analysis)
         SELECT $1, * FROM unnest($2::text[], $3::text[], $4::bytea[])
         ON CONFLICT (key, path) DO UPDATE SET origin = EXCLUDED.origin, analysis = EXCLUDED.analysis`,
        [key, page.map((r) => r.path), page.map((r) => r.origin), page.map((r) => r.bytes)],
      );
    }
    await client.query("DELETE FROM briefbot_index_warm WHERE key = $1", [key]);
    for (let at = 0; at < warm.length; at += ROWS_PER_PAGE) {
      const page = warm.slice(at, at + ROWS_PER_PAGE);
      await client.query(
        `INSERT INTO briefbot_index_warm (key, piece, bytes)
         SELECT $1, * FROM unnest($2::int[], $3::bytea[])`,
        [key, page.map((_, i) => at + i), page],
      );
    }
    const next = await client.query<{ version: string }>(
      `INSERT INTO briefbot_index (key, version, outline, written_at) VALUES ($1, 1, $2, now())
       ON CONFLICT (key) DO UPDATE SET version = briefbot_index.version + 1,
         outline = EXCLUDED.outline, written_at = EXCLUDED.written_at
       RETURNING version`,
      [key, serialize(outline)],
    );
    await client.query("SELECT pg_notify($1, $2)", [INDEX_CHANNEL, this.notice]);
    return next.rows[0]?.version ?? null;
  }

  private markSeen(version: string | null, sources: readonly SavedSource[]): void {
    this.seen = version;
    this.stored = new Map(sources.map((s) => [s.path, { origin: s.origin, analysis: s.analysis }]));
  }
}

/**
 * The same analysis, or one of the same version of the file (size and modification time, what a
 * live corpus tells versions apart by): read back from another process's write, not written again.
 */
function sameVersion(held: unknown, mine: SavedSource["analysis"]): boolean {
  if (held === mine) return true;
  const h = held as Partial<SavedSource["analysis"]> | null;
  return h !== null && h.file === mine.file && h.size === mine.size && h.mtimeMs === mine.mtimeMs;
}

interface EncodedSource {
  readonly path: string;
  readonly origin: SourceOrigin;
  readonly bytes: Buffer;
}

function* encodeSources(sources: readonly SavedSource[]): Steps<EncodedSource[]> {
  const out: EncodedSource[] = [];
  for (const s of sources) {
    out.push({ path: s.path, origin: s.origin, bytes: serialize(s.analysis) });
    yield;
  }
  return out;
}

/** A row that cannot be decoded keeps its place with no analysis: `checkSnapshot` names it. */
function* decodeSources(
  rows: readonly { path: string; origin: SourceOrigin; analysis: Buffer }[],
): Steps<SavedSource[]> {
  const out: SavedSource[] = [];
  for (const row of rows) {
    let analysis: unknown = null;
    try {
      analysis = deserialize(row.analysis);
    } catch {
      // Damaged bytes: left as no analysis.
    }
    out.push({ path: row.path, origin: row.origin, analysis: analysis as never });
    yield;
  }
  return out;
}

function isOutline(value: unknown): value is Outline {
  if (typeof value !== "object" || value === null) return false;
  const o = value as Partial<Outline>;
  return (
    typeof o.format === "number" &&
    typeof o.fingerprint === "string" &&
    typeof o.corpusDir === "string" &&
    typeof o.manifestKey === "string" &&
    Array.isArray(o.manifestWarnings) &&
    Array.isArray(o.order) &&
    o.order.every((p) => typeof p === "string")
  );
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
