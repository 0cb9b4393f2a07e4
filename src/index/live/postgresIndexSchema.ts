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
  written_version bigint NOT NULL DEFAULT 0,
  PRIMARY KEY (key, path)
);
ALTER TABLE briefbot_index_source ADD COLUMN IF NOT EXISTS written_version bigint NOT NULL DEFAULT 0;
CREATE TABLE IF NOT EXISTS briefbot_index_warm (
  key text NOT NULL,
  piece integer NOT NULL,
  bytes bytea NOT NULL,
  PRIMARY KEY (key, piece)
);`;

/** Creates the tables where missing; the schema they are in (locks and notices name it). */
export async function indexSchema(client: PoolClient): Promise<string> {
  await client.query("BEGIN");
  try {
    await client.query("SELECT pg_advisory_xact_lock(hashtextextended('briefbot schema', 0))");
    await client.query(TABLES);
    const schema = await client.query<{ schema: string }>("SELECT current_schema() AS schema");
    await client.query("COMMIT");
    return schema.rows[0]?.schema ?? "public";
  } catch (error) {
    await client.query("ROLLBACK").catch(() => {});
    throw error;
  }
}
