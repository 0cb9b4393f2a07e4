import { afterEach, beforeEach, describe, expect, it } from "vitest";
import {
  DATABASE_URL,
  type TestSchema,
  testSchema,
  warnWithoutPostgres,
} from "../support/postgres.js";
import { cli, REPO_ROOT } from "./cliHarness.js";

warnWithoutPostgres("tests/cli/sharedIndexCli.test.ts");

let schema: TestSchema;

describe.skipIf(DATABASE_URL === "")("one-shot commands on a shared index (DATABASE_URL)", () => {
  beforeEach(async () => {
    schema = await testSchema();
  });
  afterEach(async () => {
    await schema.drop();
  });

  const env = () => ({ DATABASE_URL: schema.url, BRIEFBOT_INDEX_NAME: "desk" });
  const version = async () =>
    (await schema.pool.query("SELECT version FROM briefbot_index WHERE key = 'desk'")).rows;

  it("reads what is saved and never writes; says so when nothing is saved; ingest leads", async () => {
    const before = await cli(["brief", "nato"], { env: env() });
    expect(before).toMatchObject({ code: 1, stdout: "" });
    expect(before.stderr).toBe(
      "briefbot: the shared index in PostgreSQL holds nothing this version of briefbot can use (no saved index); this command only reads it: run briefbot serve or briefbot ingest first\n",
    );
    expect(await version()).toEqual([]);

    const ingest = await cli(["ingest", `${REPO_ROOT}/corpus`], { env: env() });
    expect(ingest.code).toBe(0);
    expect(await version()).toEqual([{ version: "1" }]);

    const brief = await cli(["brief", "nato", "--limit", "1"], { env: env() });
    expect(brief.code).toBe(0);
    expect(brief.stdout).toContain("NATO unity (nato-unity)");
    expect(brief.stdout).toContain("Jens Stoltenberg");
    expect(await version()).toEqual([{ version: "1" }]);
  }, 60_000);
});
