import {
  copyFile,
  mkdir,
  mkdtemp,
  readdir,
  readFile,
  rm,
  utimes,
  writeFile,
} from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { deserialize, serialize } from "node:v8";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { loadCorpus } from "../../src/corpus/loadCorpus.js";
import { isUserError } from "../../src/errors.js";
import { buildIndex } from "../../src/index/buildIndex.js";
import type { CorpusIndex } from "../../src/index/corpusIndex.js";
import { snapshotPath } from "../../src/index/indexSnapshot.js";
import { LiveCorpus, type LiveCorpusOptions } from "../../src/index/liveCorpus.js";
import { loadOfficialsConfig } from "../../src/officials/officialsConfig.js";
import { loadTopicsConfig } from "../../src/topics/topicsConfig.js";
import { CONFIG_DIR, CORPUS_DIR } from "../helpers/engine.js";

const BUNDLED = [
  "000_3ab86442644f17d1.txt",
  "001_af7f786ff45170bb.txt",
  "002_9c2d094854075071.txt",
];
const LATER = "003_763ac30657c09442.txt";
const IRAN_SENTENCE = "Iran and world powers resume talks in Vienna on the nuclear deal.";

let work: string;
let corpusDir: string;
let dataDir: string;

beforeEach(async () => {
  work = await mkdtemp(join(tmpdir(), "briefbot-live-"));
  corpusDir = join(work, "corpus");
  dataDir = join(work, "data");
  await mkdir(corpusDir);
  for (const file of BUNDLED) await copyFile(join(CORPUS_DIR, file), join(corpusDir, file));
});

afterEach(async () => {
  await rm(work, { recursive: true, force: true });
});

async function options(progress: number[][] = []): Promise<LiveCorpusOptions> {
  return {
    corpusDir,
    topics: await loadTopicsConfig(CONFIG_DIR),
    officials: await loadOfficialsConfig(CONFIG_DIR),
    snapshotFile: snapshotPath(dataDir, corpusDir),
    workers: 1,
    onProgress: (done, total) => progress.push([done, total]),
  };
}

/** The index a fresh, unsaved build of the folder gives. */
async function freshIndex() {
  const o = await options();
  return buildIndex(await loadCorpus(corpusDir), o.topics, o.officials);
}

/** The same index in every part the engine reads, not only the same text (the version). */
function expectSameIndex(index: CorpusIndex, fresh: CorpusIndex): void {
  expect(index.version).toBe(fresh.version);
  expect(index.officials.statements).toEqual(fresh.officials.statements);
  expect([...index.officials.mentions]).toEqual([...fresh.officials.mentions]);
  expect(index.officials.people).toEqual(fresh.officials.people);
  expect(index.sentences.map((s) => [s.sentence.id, [...s.topics], s.vector])).toEqual(
    fresh.sentences.map((s) => [s.sentence.id, [...s.topics], s.vector]),
  );
  expect(index.briefing).toEqual(fresh.briefing);
}

describe("a saved, incremental index", () => {
  it("analyses every file once, saves, and on the next start analyses nothing", async () => {
    const progress: number[][] = [];
    const first = await LiveCorpus.open(await options(progress));
    await first.corpus.save();
    expect(first.report).toMatchObject({ added: 3, changed: 0, removed: 0, unchanged: 0 });
    expect(progress.at(-1)).toEqual([3, 3]);
    expect(await readdir(join(dataDir, "index"))).toEqual([
      snapshotPath(dataDir, corpusDir).split("/").pop(),
    ]);

    const again: number[][] = [];
    const second = await LiveCorpus.open(await options(again));
    expect(second.report).toMatchObject({ added: 0, changed: 0, removed: 0, unchanged: 3 });
    expect(again).toEqual([]);
    expect(second.corpus.index.version).toBe(first.corpus.index.version);
    expect(second.corpus.index.version).toBe((await freshIndex()).version);
  });

  it("adds a new file by analysing it alone, and gives the index a fresh build gives", async () => {
    const { corpus } = await LiveCorpus.open(await options());
    await corpus.save();
    const before = corpus.index.version;
    await copyFile(join(CORPUS_DIR, LATER), join(corpusDir, LATER));
    // A second process starting now reads the saved analyses and analyses the new file alone.
    const progress: number[][] = [];
    const other = await LiveCorpus.open(await options(progress));
    expect(other.report).toMatchObject({ added: 1, unchanged: 3 });
    expect(progress).toEqual([[1, 1]]);
    const report = await corpus.sync();
    expect(report).toMatchObject({ added: 1, changed: 0, removed: 0, unchanged: 3 });
    expect(report.version).not.toBe(before);
    expect(corpus.index.articles.map((a) => a.file)).toContain(LATER);
    // Not only the text: the per-article work kept across the update equals a fresh build's.
    expectSameIndex(corpus.index, await freshIndex());
    expect(other.corpus.index.version).toBe(report.version);
  });

  it("takes the saved work back on restart and gives what a fresh build gives, before and after an update", async () => {
    const first = await LiveCorpus.open(await options());
    expect(first.warm).toBe(false);
    await first.corpus.save();
    const saved = deserialize(await readFile(snapshotPath(dataDir, corpusDir))) as {
      warm?: { sources: number; rows: unknown[]; statements: unknown[] };
    };
    expect(saved.warm?.sources).toBe(3);
    expect(saved.warm?.rows).toHaveLength(first.corpus.index.articles.length);

    const restarted = await LiveCorpus.open(await options());
    expect(restarted.warm).toBe(true);
    expectSameIndex(restarted.corpus.index, await freshIndex());

    // The near-duplicate state came back too: a file repeating an indexed sentence, added after
    // the restart, loses that sentence as it does in a fresh build.
    const repeated = restarted.corpus.index.sentences.find(
      (s) => s.sentence.language === "fr" && new Set(s.terms).size >= 8,
    )?.sentence.display as string;
    await writeFile(join(corpusDir, "zz-repeat.txt"), `Reprise\n\n${repeated} ${IRAN_SENTENCE}\n`);
    expect(await restarted.corpus.sync()).toMatchObject({ added: 1, unchanged: 3 });
    const displays = restarted.corpus.index.sentences.map((s) => s.sentence.display);
    expect(displays.filter((d) => d === repeated)).toHaveLength(1);
    expect(displays).toContain(IRAN_SENTENCE);
    expectSameIndex(restarted.corpus.index, await freshIndex());
  });

  it("does the work again when the saved work does not fit: other topics, or damaged", async () => {
    const { corpus } = await LiveCorpus.open(await options());
    await corpus.save();
    const base = await options();
    const topics = { ...base.topics, assignment: { ...base.topics.assignment, threshold: 2 } };
    const retuned = await LiveCorpus.open({ ...base, topics });
    expect(retuned.warm).toBe(false);
    expectSameIndex(
      retuned.corpus.index,
      buildIndex(await loadCorpus(corpusDir), topics, base.officials),
    );

    const file = snapshotPath(dataDir, corpusDir);
    const saved = deserialize(await readFile(file)) as Record<string, unknown>;
    await writeFile(file, serialize({ ...saved, warm: { engine: "x", assembly: null } }));
    const damaged = await LiveCorpus.open(await options());
    expect(damaged.warm).toBe(false);
    expect(damaged.report.snapshotProblem).toBeNull();
    expectSameIndex(damaged.corpus.index, await freshIndex());
    // The next save writes the work this run did, and the start after it takes it back.
    await damaged.corpus.save();
    expect((await LiveCorpus.open(await options())).warm).toBe(true);
  });

  it("re-analyses a changed file and forgets a removed one", async () => {
    const { corpus } = await LiveCorpus.open(await options());
    const extra = join(corpusDir, "zz-extra.txt");
    await writeFile(
      extra,
      `Iran talks\n\n${IRAN_SENTENCE} Diplomats met for five hours on Monday.\n`,
    );
    expect(await corpus.sync()).toMatchObject({ added: 1, changed: 0 });
    await writeFile(
      extra,
      `Iran talks\n\n${IRAN_SENTENCE} Diplomats met for six long hours on Tuesday.\n`,
    );
    await utimes(extra, new Date(), new Date(Date.now() + 5000));
    const changed = await corpus.sync();
    expect(changed).toMatchObject({ added: 0, changed: 1, removed: 0 });
    const texts = corpus.index.sentences.map((s) => s.sentence.display);
    expect(texts).toContain("Diplomats met for six long hours on Tuesday.");
    expect(texts).not.toContain("Diplomats met for five hours on Monday.");

    await rm(extra);
    expect(await corpus.sync()).toMatchObject({ added: 0, changed: 0, removed: 1 });
    expect(corpus.index.articles.map((a) => a.file)).not.toContain("zz-extra.txt");
    expect(corpus.index.version).toBe((await freshIndex()).version);
  });

  it("ingests files from outside the folder, keeps them in the saved index, skips them when unchanged", async () => {
    const outside = join(work, "wire");
    await mkdir(outside);
    await copyFile(join(CORPUS_DIR, LATER), join(outside, "wire-1.txt"));
    const { corpus } = await LiveCorpus.open(await options());
    const articles = corpus.index.articles.length;
    expect(await corpus.ingest(outside)).toMatchObject({ added: 1, unchanged: 0 });
    expect(corpus.index.articles.length).toBe(articles + 1);
    expect(await corpus.ingest(outside)).toMatchObject({ added: 0, changed: 0, unchanged: 1 });
    await corpus.save();

    const reopened = await LiveCorpus.open(await options());
    expect(reopened.report).toMatchObject({ added: 0, unchanged: 3 });
    expect(reopened.corpus.index.articles.map((a) => a.file)).toContain("wire-1.txt");
    expect(reopened.corpus.index.version).toBe(corpus.index.version);
  });

  it("keeps both articles whole when an ingested file has the name of a folder file", async () => {
    const outside = join(work, "wire");
    await mkdir(outside);
    // Another story under the name of one already in the folder: its article becomes "…~2".
    await copyFile(join(CORPUS_DIR, LATER), join(outside, BUNDLED[1] as string));
    const { corpus } = await LiveCorpus.open(await options());
    const before = corpus.index.sentences.map((s) => s.sentence.display);
    await corpus.ingest(outside);
    const ids = corpus.index.sentences.map((s) => s.sentence.id);
    expect(new Set(ids).size).toBe(ids.length);
    const after = corpus.index.sentences.map((s) => s.sentence.display);
    expect(after).toEqual(expect.arrayContaining(before));
    const stem = (BUNDLED[1] as string).replace(".txt", "");
    expect(corpus.index.articles.map((a) => a.id)).toContain(`${stem}~2`);
  });

  it("analyses ingested files again when the saved index was written by other code", async () => {
    const outside = join(work, "wire");
    await mkdir(outside);
    await copyFile(join(CORPUS_DIR, LATER), join(outside, "wire-1.txt"));
    const { corpus } = await LiveCorpus.open(await options());
    await corpus.ingest(outside);
    await corpus.save();
    const file = snapshotPath(dataDir, corpusDir);
    const saved = deserialize(await readFile(file)) as { fingerprint: string };
    await writeFile(file, serialize({ ...saved, fingerprint: "older-code" }));
    const reopened = await LiveCorpus.open(await options());
    expect(reopened.report.snapshotProblem).toBeNull();
    expect(reopened.corpus.index.articles.map((a) => a.file)).toContain("wire-1.txt");
    expect(reopened.corpus.index.version).toBe(corpus.index.version);

    await rm(outside, { recursive: true });
    await writeFile(file, serialize({ ...saved, fingerprint: "older-code" }));
    const gone = await LiveCorpus.open(await options());
    expect(gone.report.snapshotProblem).toBe(
      `1 ingested file(s) no longer exist and left the index: ${join(outside, "wire-1.txt")}`,
    );
  });

  it("does not lose what another process ingested when it saves its own update", async () => {
    const outside = join(work, "wire");
    await mkdir(outside);
    await copyFile(join(CORPUS_DIR, LATER), join(outside, "wire-1.txt"));
    const { corpus: server } = await LiveCorpus.open(await options());
    await server.save();
    const { corpus: cli } = await LiveCorpus.open(await options());
    await cli.ingest(outside);
    await cli.save();
    // Meanwhile the server picked up a new folder file and saves: the ingested file stays.
    await writeFile(join(corpusDir, "zz-new.txt"), `Iran talks\n\n${IRAN_SENTENCE}\n`);
    await server.sync();
    await server.save();
    const reopened = await LiveCorpus.open(await options());
    const files = reopened.corpus.index.articles.map((a) => a.file);
    expect(files).toContain("wire-1.txt");
    expect(files).toContain("zz-new.txt");
  });

  it("says so when nothing is at the path given to ingest", async () => {
    const { corpus } = await LiveCorpus.open(await options());
    const error = await corpus.ingest(join(work, "nowhere")).catch((e: unknown) => e);
    expect(isUserError(error) && error.message).toBe(
      `nothing to ingest at ${join(work, "nowhere")}: no such file or folder`,
    );
  });

  it("rebuilds from the files when the saved index is corrupt, and says so", async () => {
    const { corpus } = await LiveCorpus.open(await options());
    await corpus.save();
    await writeFile(snapshotPath(dataDir, corpusDir), "not a snapshot");
    const reopened = await LiveCorpus.open(await options());
    expect(reopened.report.snapshotProblem).toMatch(/^saved index unreadable \(.+\), rebuilt$/);
    expect(reopened.report).toMatchObject({ added: 3 });
    expect(reopened.corpus.index.version).toBe(corpus.index.version);
  });

  it("keeps the previous index when an update would leave the corpus empty", async () => {
    const { corpus } = await LiveCorpus.open(await options());
    const version = corpus.index.version;
    for (const file of BUNDLED) await rm(join(corpusDir, file));
    const error = await corpus.sync().catch((e: unknown) => e);
    expect(isUserError(error) && error.code).toBe("CORPUS_EMPTY");
    expect(corpus.index.version).toBe(version);
  });
});
