import type { PoolClient } from "pg";

/** The channel a write notifies on; the payload says which index (`PostgresSavedIndex`). */
export const INDEX_CHANNEL = "briefbot_index";

/**
 * The saved index's tables: an outline and version per index, a row per analysed file, the
 * corpus-wide saved work in pieces. Created when missing, under a lock, so that instances starting
 * together do not race on `CREATE TABLE`.
 */
const TABLES = `
CREATE TABLE IF NOT EXISTS briefbot_index (
  key text PRIMARY KEY,
  version bigint NOT NULL,
  outline bytea NOT NULL,
  written_at timestamptz NOT NULL
);
CREATE TABLE IF NOT EXISTS briefbot_index_source (
  key text NOT NULL,
  path text NOT NULL,
  origin text NOT NULL CHECK (origin IN ('folder', 'ingested')),
  analysis bytea NOT NULL,
  PRIMARY KEY (key, path)
);
CREATE TABLE IF NOT EXISTS briefbot_index_warm (
  key text NOT NULL,
  piece integer NOT NULL,
  bytes bytea NOT NULL,
  PRIMARY KEY (key, piece)
);`;

export async function indexSchema(client: PoolClient): Promise<void> {
  await client.query("BEGIN");
  try {
    await client.query("SELECT pg_advisory_xact_lock(hashtextextended('briefbot schema', 0))");
    await client.query(TABLES);
    await client.query("COMMIT");
  } catch (error) {
    await client.query("ROLLBACK").catch(() => {});
    throw error;
  }
}
