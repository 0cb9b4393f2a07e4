import { copyFile, mkdir, mkdtemp, rm, utimes, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { basename, join } from "node:path";
import pg from "pg";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { BRIEFING_RULES } from "../../../briefings/rules/briefingRules.js";
import { isUserError } from "../../../src/errors.js";
import { PostgresSavedIndex } from "../../../src/index/live/postgresSavedIndex.js";
import { LiveCorpus, type OpenedCorpus } from "../../../src/index/liveCorpus.js";
import { loadOfficialsConfig } from "../../../src/officials/officialsConfig.js";
import { loadTopicsConfig } from "../../../src/topics/topicsConfig.js";
import { CONFIG_DIR, CORPUS_DIR } from "../../helpers/engine.js";
import {
  DATABASE_URL,
  type TestSchema,
  testSchema,
  warnWithoutPostgres,
} from "../../support/postgres.js";

warnWithoutPostgres("tests/index/live/postgresSavedIndex.test.ts");

const FIRST = "000_3ab86442644f17d1.txt";
const SECOND = "001_af7f786ff45170bb.txt";
const THIRD = "002_9c2d094854075071.txt";
const FOURTH = "003_763ac30657c09442.txt";

let work: string;
let schema: TestSchema;
const opened: LiveCorpus[] = [];

async function folder(name: string, files: readonly string[]): Promise<string> {
  const dir = join(work, name);
  await mkdir(dir, { recursive: true });
  for (const file of files) await copyFile(join(CORPUS_DIR, file), join(dir, file));
  return dir;
}

/** The URL with an application name, to find that pool's connections in `pg_stat_activity`. */
function named(url: string, name: string): string {
  const u = new URL(url);
  u.searchParams.set("application_name", name);
  return u.toString();
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** A live corpus on `corpusDir` whose saved index is the shared one named "news", saved. */
async function open(corpusDir: string, url = schema.url): Promise<OpenedCorpus> {
  const result = await openUnsaved(corpusDir, url);
  await result.corpus.save();
  return result;
}

async function openUnsaved(corpusDir: string, url = schema.url): Promise<OpenedCorpus> {
  const result = await LiveCorpus.open({
    corpusDir,
    topics: await loadTopicsConfig(CONFIG_DIR),
    officials: await loadOfficialsConfig(CONFIG_DIR),
    rules: BRIEFING_RULES,
    snapshotFile: null,
    savedIndex: (stamp, turns) =>
      new PostgresSavedIndex({
        pool: new pg.Pool({ connectionString: url, max: 4 }),
        key: "news",
        expected: stamp,
        turns,
      }),
    workers: 1,
  });
  opened.push(result.corpus);
  return result;
}

const STAMP = { fingerprint: "f", corpusDir: "/corpus" };

/** A saved index alone, named "race", on the test's schema, for writes without a corpus. */
function bareIndex(): PostgresSavedIndex {
  return new PostgresSavedIndex({
    pool: new pg.Pool({ connectionString: schema.url, max: 2 }),
    key: "race",
    expected: STAMP,
    turns: { sliceMs: 40, now: () => performance.now() },
  });
}

const files = (corpus: LiveCorpus) =>
  [...new Set(corpus.index.articles.map((a) => basename(a.file)))].sort();

async function rows(): Promise<{ path: string; xmin: string }[]> {
  const result = await schema.pool.query<{ path: string; xmin: string }>(
    "SELECT path, xmin::text AS xmin FROM briefbot_index_source WHERE key = 'news' ORDER BY path",
  );
  return result.rows;
}

/** Resolves on the next save another process announces. */
function nextSave(corpus: LiveCorpus): Promise<void> {
  return new Promise((resolve, reject) => {
    const watching = corpus.watchSaves(() => {
      void watching?.then((w) => w.close());
      resolve();
    });
    if (watching === null) reject(new Error("no notifications"));
  });
}

describe.skipIf(DATABASE_URL === "")("the saved index in PostgreSQL (DATABASE_URL)", () => {
  beforeEach(async () => {
    work = await mkdtemp(join(tmpdir(), "briefbot-pg-"));
    schema = await testSchema();
  });

  afterEach(async () => {
    await Promise.all(opened.splice(0).map((c) => c.close()));
    await schema.drop();
    await rm(work, { recursive: true, force: true });
  });

  it("writes a row per file, and on the next save only the files that changed", async () => {
    const dir = await folder("a", [FIRST, SECOND]);
    const { corpus } = await open(dir);
    expect(corpus.leads).toBe(true);
    const before = await rows();
    expect(before.map((r) => basename(r.path))).toEqual([FIRST, SECOND]);

    await copyFile(join(CORPUS_DIR, THIRD), join(dir, THIRD));
    expect((await corpus.sync()).added).toBe(1);
    await corpus.save();
    const after = await rows();
    expect(after.map((r) => basename(r.path))).toEqual([FIRST, SECOND, THIRD]);
    // The first two rows were not written again (same row version).
    expect(after.slice(0, 2)).toEqual(before);
    const head = await schema.pool.query("SELECT version FROM briefbot_index WHERE key = 'news'");
    expect(head.rows).toEqual([{ version: "2" }]);

    // A new process opens from the database, the saved work included, and reads nothing again;
    // rows of a table made before rows were stamped with their version (0) are read too.
    await schema.pool.query("UPDATE briefbot_index_source SET written_version = 0");
    await corpus.close();
    opened.splice(opened.indexOf(corpus), 1);
    const again = await open(dir);
    expect(again.warm).toBe(true);
    expect(again.report).toMatchObject({ added: 0, changed: 0, removed: 0, unchanged: 3 });
    expect(files(again.corpus)).toEqual([FIRST, SECOND, THIRD]);
  });

  it("has one instance read its folder; another follows what it saves, removals too, and leads once it stops", async () => {
    const leaderDir = await folder("leader", [FIRST, SECOND]);
    const followerDir = await folder("follower", [FOURTH]);
    const leader = (await open(leaderDir)).corpus;
    const follower = (await open(followerDir)).corpus;
    expect([leader.leads, follower.leads]).toEqual([true, false]);
    // The follower answers from what the leader saved, not from its own folder.
    expect(files(follower)).toEqual([FIRST, SECOND]);

    const heard = nextSave(follower);
    await new Promise((resolve) => setTimeout(resolve, 50));
    await copyFile(join(CORPUS_DIR, THIRD), join(leaderDir, THIRD));
    await leader.sync();
    await leader.save();
    await heard;
    const report = await follower.absorbSnapshot();
    expect(report).toMatchObject({ added: 1, removed: 0 });
    expect(files(follower)).toEqual([FIRST, SECOND, THIRD]);

    await rm(join(leaderDir, FIRST));
    await leader.sync();
    await leader.save();
    expect(await follower.sync()).toMatchObject({ added: 0, removed: 1 });
    expect(files(follower)).toEqual([SECOND, THIRD]);
    expect(follower.leads).toBe(false);

    // The leader stops: the follower leads at its next sync and adds its own folder's file,
    // keeping the files of the other folder.
    await leader.close();
    opened.splice(opened.indexOf(leader), 1);
    expect(await follower.sync()).toMatchObject({ added: 1, removed: 0 });
    expect(follower.leads).toBe(true);
    await follower.save();
    expect(files(follower)).toEqual([SECOND, THIRD, FOURTH]);
    expect((await rows()).map((r) => basename(r.path)).sort()).toEqual([SECOND, THIRD, FOURTH]);
  });

  it("saves what a follower ingests (one row), and the leader takes it in", async () => {
    const leaderDir = await folder("leader", [FIRST, SECOND]);
    const leader = (await open(leaderDir)).corpus;
    const follower = (await open(await folder("follower", []))).corpus;
    const before = await rows();
    const outside = await folder("outside", [THIRD]);

    const report = await follower.ingest(join(outside, THIRD));
    expect(report.added).toBe(1);
    await follower.save();
    const after = await rows();
    expect(after.filter((r) => before.some((b) => b.path === r.path))).toEqual(before);
    expect(after.map((r) => basename(r.path)).sort()).toEqual([FIRST, SECOND, THIRD]);

    expect(await leader.absorbSnapshot()).toMatchObject({ added: 1 });
    expect(files(leader)).toEqual([FIRST, SECOND, THIRD]);
    // The leader's next save writes nothing it already holds.
    await writeFile(join(leaderDir, "note.txt"), "");
    await leader.sync();
    await leader.save();
    const last = await rows();
    expect(last.filter((r) => after.some((a) => a.path === r.path))).toEqual(after);
  });

  it("reads a damaged row again from the folder and says so", async () => {
    const dir = await folder("a", [FIRST, SECOND]);
    const first = await open(dir);
    await first.corpus.close();
    opened.splice(0);
    await schema.pool.query(
      "UPDATE briefbot_index_source SET analysis = '\\x00ff'::bytea WHERE path LIKE $1",
      [`%${SECOND}`],
    );
    const again = await open(dir);
    expect(again.report.snapshotProblem).toBe(
      `saved index damaged for 1 file(s), read again: ${join(dir, SECOND)} (its analysis is not an object)`,
    );
    expect(again.report).toMatchObject({ changed: 1, unchanged: 1 });
    expect(files(again.corpus)).toEqual([FIRST, SECOND]);
  });

  it("survives the leader's connections being cut: it stops leading and follows, the other leads", async () => {
    const leader = (await open(await folder("leader", [FIRST]), named(schema.url, "leader")))
      .corpus;
    const other = (await open(await folder("other", [SECOND]), named(schema.url, "other"))).corpus;
    expect([leader.leads, other.leads]).toEqual([true, false]);
    // A restart or failover as the leader sees it: every connection of its pool dropped.
    await schema.pool.query(
      "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = 'leader'",
    );
    // The server ends the killed sessions, and their lock, a moment later: ask until it has.
    let report = await other.sync();
    for (let tries = 0; !other.leads && tries < 100; tries++) {
      await sleep(100);
      report = await other.sync();
    }
    expect(report).toMatchObject({ added: 1, removed: 0 });
    expect(other.leads).toBe(true);
    await other.save();
    await leader.sync();
    expect(leader.leads).toBe(false);
    expect(files(leader)).toEqual([FIRST, SECOND]);
    expect(files(other)).toEqual([FIRST, SECOND]);
  });

  it("writes every row again when the manifest changes the files' metadata, and a follower takes them", async () => {
    const dir = await folder("a", [FIRST, SECOND]);
    const manifest = (date: string) =>
      JSON.stringify({ files: { [FIRST]: { date }, [SECOND]: { date: "2022-01-21" } } });
    await writeFile(join(dir, "manifest.json"), manifest("2022-01-10"));
    await utimes(join(dir, "manifest.json"), 1_700_000_000, 1_700_000_000);
    const leader = (await open(dir)).corpus;
    const follower = (await open(await folder("follower", []))).corpus;
    const dateOf = (corpus: LiveCorpus) =>
      corpus.index.articles.find((a) => basename(a.file) === FIRST)?.date;
    expect(dateOf(follower)).toBe("2022-01-10");
    const before = await rows();

    await writeFile(join(dir, "manifest.json"), manifest("2022-01-11"));
    await utimes(join(dir, "manifest.json"), 1_700_000_100, 1_700_000_100);
    expect(await leader.sync()).toMatchObject({ changed: 2 });
    await leader.save();
    const after = await rows();
    expect(after.map((r) => r.path)).toEqual(before.map((r) => r.path));
    expect(after.every((r, i) => r.xmin !== before[i]?.xmin)).toBe(true);
    expect(await follower.absorbSnapshot()).toMatchObject({ changed: 2 });
    expect(dateOf(follower)).toBe("2022-01-11");
  });

  it("has a follower that starts before the leader's first save wait for it", async () => {
    const leader = (await openUnsaved(await folder("leader", [FIRST, SECOND]))).corpus;
    let followed: LiveCorpus | null = null;
    const following = openUnsaved(await folder("follower", [THIRD])).then((o) => {
      followed = o.corpus;
    });
    await sleep(1_500);
    expect(followed).toBeNull();
    await leader.save();
    await following;
    expect(followed).not.toBeNull();
    expect((followed as unknown as LiveCorpus).leads).toBe(false);
    expect(files(followed as unknown as LiveCorpus)).toEqual([FIRST, SECOND]);
  });

  it("has a follower leave a damaged row out without writing over it; the leader writes it again", async () => {
    const leader = (await open(await folder("leader", [FIRST, SECOND]))).corpus;
    await schema.pool.query(
      "UPDATE briefbot_index_source SET analysis = '\\x00ff'::bytea WHERE path LIKE $1",
      [`%${SECOND}`],
    );
    const { corpus: follower, report } = await open(await folder("follower", []));
    expect(report.snapshotProblem).toBe(
      `saved index damaged for 1 file(s), left out until the instance that leads saves them again: ${join(work, "leader", SECOND)} (its analysis is not an object)`,
    );
    expect(files(follower)).toEqual([FIRST]);

    await follower.ingest(join(await folder("outside", [THIRD]), THIRD));
    await follower.save();
    const damaged = await schema.pool.query<{ analysis: Buffer }>(
      "SELECT analysis FROM briefbot_index_source WHERE path LIKE $1",
      [`%${SECOND}`],
    );
    expect(damaged.rows.map((r) => r.analysis.toString("hex"))).toEqual(["00ff"]);

    expect(await leader.absorbSnapshot()).toMatchObject({ added: 1 });
    await leader.save();
    expect(await follower.absorbSnapshot()).toMatchObject({ added: 1, removed: 0 });
    expect(files(follower)).toEqual([FIRST, SECOND, THIRD]);
  });

  it("lets one of two writes of the same version through, together", async () => {
    const [a, b] = [bareIndex(), bareIndex()];
    try {
      const snapshot = { ...STAMP, manifestKey: "none", manifestWarnings: [], sources: [] };
      await Promise.all([a.read(), b.read()]);
      const written = await Promise.all([
        a.write({ ...snapshot, manifestKey: "a" }),
        b.write({ ...snapshot, manifestKey: "b" }),
      ]);
      expect(written.filter(Boolean)).toHaveLength(1);
      const head = await schema.pool.query("SELECT version FROM briefbot_index WHERE key = 'race'");
      expect(head.rows).toEqual([{ version: "1" }]);
    } finally {
      await Promise.all([a.close(), b.close()]);
    }
  });

  it("never saves over a write it has not seen: the second writer takes it in first", async () => {
    const [a, b] = [bareIndex(), bareIndex()];
    try {
      const snapshot = { ...STAMP, manifestKey: "none", manifestWarnings: [], sources: [] };
      expect((await a.read()).ok).toBe(false);
      expect((await b.read()).ok).toBe(false);
      expect(await a.write(snapshot)).toBe(true);
      expect(await b.write({ ...snapshot, manifestKey: "b" })).toBe(false);
      expect((await b.readNewer())?.snapshot.manifestKey).toBe("none");
      expect(await b.write({ ...snapshot, manifestKey: "b" })).toBe(true);
      expect(await a.readNewer()).toMatchObject({ snapshot: { manifestKey: "b" } });
      expect(await a.readNewer()).toBeNull();
    } finally {
      await Promise.all([a.close(), b.close()]);
    }
  });
});

describe("the saved index in PostgreSQL, unreachable", () => {
  it("fails to open with a message that names DATABASE_URL and not its password", async () => {
    work = await mkdtemp(join(tmpdir(), "briefbot-pg-"));
    try {
      const dir = await folder("a", [FIRST]);
      const error = await open(dir, "postgres://briefbot:hunter2@127.0.0.1:1/news").catch(
        (e: unknown) => e,
      );
      expect(isUserError(error)).toBe(true);
      expect((error as Error).message).toBe(
        "cannot reach PostgreSQL (DATABASE_URL): connect ECONNREFUSED 127.0.0.1:1",
      );
    } finally {
      await rm(work, { recursive: true, force: true });
    }
  });
});
