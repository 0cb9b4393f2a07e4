import { randomUUID } from "node:crypto";
import pg from "pg";

/**
 * Tests that need PostgreSQL read DATABASE_URL (`.ci/run` sets it to the server on loopback):
 * they fail when it is set and the server is unreachable, and are skipped, saying so, when unset.
 */
export const DATABASE_URL = process.env.DATABASE_URL ?? "";

export function warnWithoutPostgres(file: string): void {
  if (DATABASE_URL === "") console.warn(`${file}: DATABASE_URL is not set; skipping.`);
}

/** A schema of its own for one test: its URL (tables land there), and how to drop it. */
export interface TestSchema {
  readonly url: string;
  readonly name: string;
  /** A pool on the schema, for looking at what was written. */
  readonly pool: pg.Pool;
  drop(): Promise<void>;
}

export async function testSchema(): Promise<TestSchema> {
  const name = `briefbot_test_${randomUUID().replaceAll("-", "").slice(0, 12)}`;
  const admin = new pg.Pool({ connectionString: DATABASE_URL, max: 1 });
  await admin.query(`CREATE SCHEMA ${name}`);
  const url = withSearchPath(DATABASE_URL, name);
  const pool = new pg.Pool({ connectionString: url, max: 2 });
  return {
    url,
    name,
    pool,
    async drop() {
      await pool.end();
      await admin.query(`DROP SCHEMA ${name} CASCADE`);
      await admin.end();
    },
  };
}

function withSearchPath(url: string, schema: string): string {
  const parsed = new URL(url);
  parsed.searchParams.set("options", `-c search_path=${schema}`);
  return parsed.toString();
}
