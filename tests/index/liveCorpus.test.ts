import {
  copyFile,
  mkdir,
  mkdtemp,
  readdir,
  readFile,
  rm,
  stat,
  utimes,
  writeFile,
} from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { serialize as v8Serialize } from "node:v8";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { BRIEFING_RULES } from "../../briefings/rules/briefingRules.js";
import { loadCorpus } from "../../src/corpus/loadCorpus.js";
import { isUserError } from "../../src/errors.js";
import { buildIndex } from "../../src/index/buildIndex.js";
import type { CorpusIndex } from "../../src/index/corpusIndex.js";
import { decodeSnapshot, encodeSnapshot, snapshotPath } from "../../src/index/indexSnapshot.js";
import type { SerialQueue } from "../../src/index/live/serialQueue.js";
import { LiveCorpus, type LiveCorpusOptions } from "../../src/index/liveCorpus.js";
import { loadOfficialsConfig } from "../../src/officials/officialsConfig.js";
import { loadTopicsConfig } from "../../src/topics/topicsConfig.js";
import { runAtOnce } from "../../src/util/steps.js";
import { CONFIG_DIR, CORPUS_DIR } from "../helpers/engine.js";
import { failingReads } from "../helpers/failingReads.js";

/** A saved index file's contents, as the code reads and writes them (`snapshotPieces`). */
const deserialize = (bytes: Uint8Array): unknown => runAtOnce(decodeSnapshot(bytes));
const serialize = (value: unknown): Buffer =>
  Buffer.concat(runAtOnce(encodeSnapshot(value as Parameters<typeof encodeSnapshot>[0])));

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
    rules: BRIEFING_RULES,
    snapshotFile: snapshotPath(dataDir, corpusDir),
    workers: 1,
    onProgress: (done, total) => progress.push([done, total]),
  };
}

/** The index a fresh, unsaved build of the folder gives. */
async function freshIndex() {
  const o = await options();
  return buildIndex(await loadCorpus(corpusDir), o.topics, o.officials, BRIEFING_RULES);
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
  expect(index.warnings).toEqual(fresh.warnings);
  // Stories placed one update at a time (or brought back from the saved placements) are the
  // stories a fresh build makes, under the same ids.
  expect(index.stories).toEqual(fresh.stories);
}

/**
 * Holds the corpus's updates as an update in progress would (its queue of updates, reached
 * past its type: no public way to block it exists, nor should).
 */
function holdUpdates(corpus: LiveCorpus): { release: () => void } {
  let release = () => {};
  const gate = new Promise<void>((resolve) => {
    release = resolve;
  });
  (corpus as unknown as { updates: SerialQueue }).updates.run(() => gate);
  return { release };
}

/**
 * A corpus with an update not saved yet (`zz-new.txt`), then one in progress, held open, and a
 * save waiting behind it.
 */
async function saveWaitingForAnUpdate() {
  const { corpus: server } = await LiveCorpus.open(await options());
  await server.save();
  await writeFile(join(corpusDir, "zz-new.txt"), `Iran talks\n\n${IRAN_SENTENCE}\n`);
  await server.sync();
  const held = holdUpdates(server);
  return { server, held, saving: server.save() };
}

/** A saved index holding the folder and `wire/wire-1.txt`, ingested from outside it. */
async function savedWithIngested() {
  const outside = join(work, "wire");
  await mkdir(outside);
  await copyFile(join(CORPUS_DIR, LATER), join(outside, "wire-1.txt"));
  const { corpus } = await LiveCorpus.open(await options());
  await corpus.ingest(outside);
  await corpus.save();
  return { outside, corpus, file: snapshotPath(dataDir, corpusDir) };
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

  it("saves the index owner-only: its folders 0700 and the snapshot file 0600", async () => {
    const { corpus } = await LiveCorpus.open(await options());
    await corpus.save();
    const file = snapshotPath(dataDir, corpusDir);
    const modes = await Promise.all(
      [dataDir, join(dataDir, "index"), file].map(async (path) =>
        ((await stat(path)).mode & 0o777).toString(8),
      ),
    );
    expect(modes).toEqual(["700", "700", "600"]);
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

  it("answers from the index it has while an update and a save run, in turns", async () => {
    // A clock one millisecond later at every reading, and 5 ms turns: whatever the machine's
    // speed, the update and the save hand the event loop back every five steps.
    let clock = 0;
    const turns = { sliceMs: 5, now: () => clock++ };
    const { corpus } = await LiveCorpus.open({ ...(await options()), turns });
    await corpus.save();
    const before = corpus.index.version;
    await copyFile(join(CORPUS_DIR, LATER), join(corpusDir, LATER));

    /** Reads the index at every turn of the event loop while `work` runs. */
    async function readWhile(work: Promise<unknown>): Promise<string[]> {
      const seen: string[] = [];
      let running = true;
      const read = () => {
        seen.push(corpus.index.version);
        if (running) setImmediate(read);
      };
      setImmediate(read);
      await work;
      running = false;
      return seen;
    }
    let readings = clock;
    const duringSync = await readWhile(corpus.sync());
    const after = corpus.index.version;
    expect(after).not.toBe(before);
    // The update ran in the turns given (it read their clock at every step), and every command
    // that ran meanwhile saw the whole old index: the new one comes in when it is whole.
    expect(clock - readings).toBeGreaterThan(50);
    expect(duringSync.length).toBeGreaterThan(5);
    expect(new Set(duringSync)).toEqual(new Set([before]));

    readings = clock;
    const duringSave = await readWhile(corpus.save());
    expect(clock - readings).toBeGreaterThan(10);
    expect(new Set(duringSave)).toEqual(new Set([after]));
    const restarted = await LiveCorpus.open(await options());
    expect(restarted.warm).toBe(true);
    expect(restarted.corpus.index.version).toBe(after);
  });

  it("takes the saved work back on restart and gives what a fresh build gives, before and after an update", async () => {
    const first = await LiveCorpus.open(await options());
    expect(first.warm).toBe(false);
    await first.corpus.save();
    const saved = deserialize(await readFile(snapshotPath(dataDir, corpusDir))) as {
      warm?: { sources: number; rows: unknown[]; statements: unknown[]; roles: unknown[] };
    };
    expect(saved.warm?.sources).toBe(3);
    expect(saved.warm?.rows).toHaveLength(first.corpus.index.articles.length);
    expect(saved.warm?.statements).toHaveLength(first.corpus.index.articles.length);
    expect(saved.warm?.roles).toHaveLength(first.corpus.index.articles.length);

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

  it("does the work again when the saved work does not fit: other topics, code or sources", async () => {
    const { corpus } = await LiveCorpus.open(await options());
    await corpus.save();
    const base = await options();
    const topics = { ...base.topics, assignment: { ...base.topics.assignment, threshold: 2 } };
    const retuned = await LiveCorpus.open({ ...base, topics });
    expect(retuned.warm).toBe(false);
    expectSameIndex(
      retuned.corpus.index,
      buildIndex(await loadCorpus(corpusDir), topics, base.officials, BRIEFING_RULES),
    );

    const file = snapshotPath(dataDir, corpusDir);
    const saved = deserialize(await readFile(file)) as { warm: Record<string, unknown> };
    for (const change of [{ engine: "older-code" }, { sources: 2 }]) {
      await writeFile(file, serialize({ ...saved, warm: { ...saved.warm, ...change } }));
      const other = await LiveCorpus.open(await options());
      expect(other.warm).toBe(false);
      expect(other.report.snapshotProblem).toBeNull();
      expectSameIndex(other.corpus.index, await freshIndex());
    }
    // An index saved whole by earlier code (before pieces and ids): its analyses are taken, its
    // work does not fit and is done again, without a problem to report.
    await writeFile(
      file,
      v8Serialize({ ...saved, format: 1, warm: { engine: "older-code", assembly: {} } }),
    );
    const older = await LiveCorpus.open(await options());
    expect(older.warm).toBe(false);
    expect(older.report).toMatchObject({ snapshotProblem: null, unchanged: 3, added: 0 });
    expectSameIndex(older.corpus.index, await freshIndex());
    // The next save writes the work this run did, and the start after it takes it back.
    const { corpus: last } = await LiveCorpus.open(await options());
    await last.save();
    expect((await LiveCorpus.open(await options())).warm).toBe(true);
  });

  it("says so and does the work again when the saved work is damaged, whichever part", async () => {
    const { corpus } = await LiveCorpus.open(await options());
    await corpus.save();
    const file = snapshotPath(dataDir, corpusDir);
    const bytes = await readFile(file);
    type Warm = Record<string, unknown> & { finder: Record<string, unknown> };
    const damages: [string, (warm: Warm) => void][] = [
      [
        "its topic rows are damaged",
        (w) => {
          w.rows = [[{}, 7]];
        },
      ],
      [
        "its people found per sentence are damaged",
        (w) => {
          w.discoveries = [[{}, {}]];
        },
      ],
      [
        "its people found per sentence name what the files do not hold",
        (w) => {
          w.discoveries = [["no-such-article:0:0", {}]];
        },
      ],
      [
        "its roles per article are damaged",
        (w) => {
          const roles = w.roles as [string, { found: unknown }][];
          for (const entry of roles) entry[1].found = [["someone", 3]];
        },
      ],
      [
        "its roles per article name what the files do not hold",
        (w) => {
          w.roles = [["no-such-article", (w.roles as [string, unknown][])[0]?.[1]]];
        },
      ],
      [
        "its corpus assembly is damaged (its near-duplicate state is for 0 sentences, the files have ",
        (w) => {
          w.finder.sizes = [];
        },
      ],
      [
        "its corpus assembly is damaged (list is not iterable)",
        (w) => {
          w.finder.postings = [5];
        },
      ],
      // Well formed but not what the engine wrote: caught when the index is built on it.
      [
        "Cannot read properties of undefined",
        (w) => {
          const discoveries = w.discoveries as [object, object][];
          for (const entry of discoveries) entry[1] = {};
        },
      ],
      [
        "not the saved work of an index",
        (w) => {
          w.finder = null as never;
        },
      ],
    ];
    for (const [problem, damage] of damages) {
      const snapshot = deserialize(bytes) as { warm: Warm };
      damage(snapshot.warm);
      await writeFile(file, serialize(snapshot));
      const opened = await LiveCorpus.open(await options());
      expect(opened.warm).toBe(false);
      expect(opened.report.snapshotProblem).toContain("saved work beside the index unusable (");
      expect(opened.report.snapshotProblem).toContain(problem);
      expect(opened.report.snapshotProblem).toMatch(/\), done again$/);
      expectSameIndex(opened.corpus.index, await freshIndex());
    }
    const { corpus: last } = await LiveCorpus.open(await options());
    await last.save();
    const healed = await LiveCorpus.open(await options());
    expect(healed.warm).toBe(true);
    expect(healed.report.snapshotProblem).toBeNull();
  });

  it("reads a file again, naming it, when its entry in the saved index is damaged deeper down", async () => {
    const { corpus } = await LiveCorpus.open(await options());
    await corpus.save();
    const file = snapshotPath(dataDir, corpusDir);
    const bytes = await readFile(file);
    type Saved = { sources: { analysis: Record<string, unknown> }[] };
    type Doc = { articles: { passages: Record<string, unknown>[] }[]; terms: unknown };
    const firstDoc = (s: Saved) =>
      ((s.sources[1] as Saved["sources"][0]).analysis.documents as Doc[])[0] as Doc;
    const damages: [string, (saved: Saved) => void][] = [
      [
        "it has neither documents nor a warning saying why",
        (s) => {
          (s.sources[1] as Saved["sources"][0]).analysis.documents = [];
        },
      ],
      [
        "its warnings are not warnings",
        (s) => {
          (s.sources[1] as Saved["sources"][0]).analysis.readWarnings = null;
        },
      ],
      [
        "document 0: not a document",
        (s) => {
          (s.sources[1] as Saved["sources"][0]).analysis.documents = [null];
        },
      ],
      [
        "document 0: article 0: not an article",
        (s) => {
          firstDoc(s).articles = [null as never];
        },
      ],
      [
        "document 0: article 0: passage 0 is not a passage",
        (s) => {
          (firstDoc(s).articles[0]?.passages[0] as Record<string, unknown>).sentences = null;
        },
      ],
      [
        // Planted: no link in a reply may carry a script.
        "document 0: article 0: its id, title, date, address, outlet or language is damaged",
        (s) => {
          (firstDoc(s).articles[0] as unknown as { url: string }).url = "javascript:alert(1)";
        },
      ],
      [
        "document 0: its terms are not text",
        (s) => {
          firstDoc(s).terms = [null];
        },
      ],
    ];
    for (const [damage, harm] of damages) {
      const saved = deserialize(bytes) as Saved;
      const terms = (firstDoc(saved).terms as string[]).length;
      harm(saved);
      await writeFile(file, serialize(saved));
      const opened = await LiveCorpus.open(await options());
      expect(opened.report.snapshotProblem).toBe(
        `saved index damaged for 1 file(s), read again: ${join(corpusDir, BUNDLED[1] as string)} (${damage})`,
      );
      expect(opened.report).toMatchObject({ added: 0, changed: 1, unchanged: 2 });
      expectSameIndex(opened.corpus.index, await freshIndex());
      expect(terms).toBeGreaterThan(0);
    }
    // An emptied list of articles leaves its terms behind: told apart from a file that has none.
    const emptied = deserialize(bytes) as Saved;
    const terms = (firstDoc(emptied).terms as string[]).length;
    firstDoc(emptied).articles = [];
    await writeFile(file, serialize(emptied));
    const opened = await LiveCorpus.open(await options());
    expect(opened.report.snapshotProblem).toBe(
      `saved index damaged for 1 file(s), read again: ${join(corpusDir, BUNDLED[1] as string)} (document 0: ${terms} terms for 0 sentences)`,
    );
    expectSameIndex(opened.corpus.index, await freshIndex());
    // The next save writes the entry anew.
    await opened.corpus.save();
    expect((await LiveCorpus.open(await options())).report.snapshotProblem).toBeNull();
  });

  it("names an ingested file whose saved entry is damaged, for briefbot ingest to add again", async () => {
    const { outside, file } = await savedWithIngested();
    const saved = deserialize(await readFile(file)) as {
      sources: { origin: string; analysis: Record<string, unknown> }[];
    };
    const ingested = saved.sources.find((s) => s.origin === "ingested");
    if (ingested) ingested.analysis.documents = [];
    await writeFile(file, serialize(saved));
    const reopened = await LiveCorpus.open(await options());
    expect(reopened.report.snapshotProblem).toBe(
      `saved index damaged for 1 file(s) ingested from outside the corpus folder, which left the index; run briefbot ingest again for: ${join(outside, "wire-1.txt")} (it has neither documents nor a warning saying why)`,
    );
    expect(reopened.corpus.index.articles.map((a) => a.file)).not.toContain("wire-1.txt");

    // A running process taking in what another ingested names it too (the watcher logs it).
    const { corpus: server } = await LiveCorpus.open(await options());
    await writeFile(file, serialize(saved));
    const absorbed = await server.absorbSnapshot();
    expect(absorbed?.snapshotProblem).toBe(reopened.report.snapshotProblem);
  });

  it("saves the work anew when the officials changed since it was saved", async () => {
    const { corpus } = await LiveCorpus.open(await options());
    await corpus.save();
    const file = snapshotPath(dataDir, corpusDir);
    const before = await readFile(file);
    const base = await options();
    const officials = {
      ...base.officials,
      officials: base.officials.officials.filter((o) => o.name !== "Sergueï Lavrov"),
    };
    const changed = await LiveCorpus.open({ ...base, officials });
    expect(changed.warm).toBe(true);
    expectSameIndex(
      changed.corpus.index,
      buildIndex(await loadCorpus(corpusDir), base.topics, officials, BRIEFING_RULES),
    );
    await changed.corpus.save();
    type Warm = {
      warm: { statementsSignature: string; statements: [string, { signature: string }][] };
    };
    const after = deserialize(await readFile(file)) as Warm;
    const previous = deserialize(before) as Warm;
    expect(after.warm.statementsSignature).not.toBe(previous.warm.statementsSignature);
    // Every article's statements were checked against the new people and saved as such.
    expect(after.warm.statements.map(([id]) => id)).toEqual(
      changed.corpus.index.articles.map((a) => a.id),
    );
    expect(new Set(after.warm.statements.map(([, entry]) => entry.signature))).toEqual(
      new Set([after.warm.statementsSignature]),
    );
  });

  it("does not save an assembly that a failed update left out of step with the sources", async () => {
    const when = new Date("2026-01-01T00:00:00Z");
    for (const name of BUNDLED) await utimes(join(corpusDir, name), when, when);
    const texts = await Promise.all(BUNDLED.map((name) => readFile(join(CORPUS_DIR, name))));
    const { corpus } = await LiveCorpus.open(await options());
    // Every file emptied: the update re-assembles from them, then fails (nothing to index).
    for (const name of BUNDLED) await writeFile(join(corpusDir, name), "");
    const error = await corpus.sync().catch((e: unknown) => e);
    expect(isUserError(error) && error.code).toBe("CORPUS_EMPTY");
    await corpus.save();
    const saved = deserialize(await readFile(snapshotPath(dataDir, corpusDir))) as {
      warm?: unknown;
    };
    expect(saved.warm).toBeUndefined();
    // The files back as they were: the restart reads the saved analyses, not a stale assembly.
    for (const [i, name] of BUNDLED.entries()) {
      await writeFile(join(corpusDir, name), texts[i] as Buffer);
      await utimes(join(corpusDir, name), when, when);
    }
    const restarted = await LiveCorpus.open(await options());
    expect(restarted.report).toMatchObject({ added: 0, changed: 0, unchanged: 3 });
    expectSameIndex(restarted.corpus.index, await freshIndex());
  });

  it("does not lose what another process saved while its own save waited for an update", async () => {
    const outside = join(work, "wire");
    await mkdir(outside);
    await copyFile(join(CORPUS_DIR, LATER), join(outside, "wire-1.txt"));
    const { server, held, saving } = await saveWaitingForAnUpdate();
    // Meanwhile `briefbot ingest` in another terminal saves.
    const { corpus: cli } = await LiveCorpus.open(await options());
    await cli.ingest(outside);
    await cli.save();
    held.release();
    await saving;
    const files = (await LiveCorpus.open(await options())).corpus.index.articles.map((a) => a.file);
    expect(files).toContain("wire-1.txt");
    expect(files).toContain("zz-new.txt");
    expect(server.index.articles.map((a) => a.file)).toContain("wire-1.txt");
  });

  it("saves the manifest with the sources it was read with, never a newer one alone", async () => {
    const { server, held, saving } = await saveWaitingForAnUpdate();
    // A sync reads a new manifest meanwhile, and waits for its turn behind the save.
    const file = BUNDLED[0] as string;
    await writeFile(
      join(corpusDir, "manifest.json"),
      JSON.stringify({
        files: Object.fromEntries(
          BUNDLED.map((f) => [f, { date: "2001-01-01", outlet: "Manifest Outlet" }]),
        ),
      }),
    );
    const syncing = server.sync();
    await new Promise((resolve) => setTimeout(resolve, 300));
    held.release();
    await saving;
    // The process stops before the sync's update is saved: the next start reads the manifest
    // again, since the saved index was written with the old one.
    const restarted = await LiveCorpus.open(await options());
    await syncing;
    const shown = (c: LiveCorpus) =>
      c.index.articles.filter((a) => a.file === file).map((a) => `${a.date} ${a.outlet}`);
    expect(new Set(shown(server))).toEqual(new Set(["2001-01-01 Manifest Outlet"]));
    expect(shown(restarted.corpus)).toEqual(shown(server));
  });

  it("keeps a saved index it could not read, and reads it again before saving over it", async () => {
    const outside = join(work, "wire");
    await mkdir(outside);
    await copyFile(join(CORPUS_DIR, LATER), join(outside, "wire-1.txt"));
    const file = snapshotPath(dataDir, corpusDir);
    const reads = failingReads(file);
    const fs = reads.fs;
    const { corpus: server } = await LiveCorpus.open({ ...(await options()), fs });
    await server.save();
    const { corpus: cli } = await LiveCorpus.open(await options());
    await cli.ingest(outside);
    await cli.save();

    reads.failing = true;
    await writeFile(join(corpusDir, "zz-new.txt"), `Iran talks\n\n${IRAN_SENTENCE}\n`);
    await server.sync();
    const refused = await server.save().catch((e: unknown) => e);
    expect(isUserError(refused) && refused.message).toBe(
      `cannot read the saved index ${file}: EIO (input/output error); it is kept as it is, and read again before the next save`,
    );
    const starting = await LiveCorpus.open({ ...(await options()), fs });
    expect(starting.report.snapshotProblem).toBe(
      "saved index could not be read (EIO (input/output error)), rebuilt from the files; it is kept, and read again before it is saved over",
    );
    expect(await starting.corpus.save().catch((e: unknown) => e)).toBeInstanceOf(Error);
    const kept = await LiveCorpus.open(await options());
    expect(kept.corpus.index.articles.map((a) => a.file)).toContain("wire-1.txt");

    reads.failing = false;
    await server.save();
    const files = (await LiveCorpus.open(await options())).corpus.index.articles.map((a) => a.file);
    expect(files).toContain("wire-1.txt");
    expect(files).toContain("zz-new.txt");
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

  it("does not read again, on a saved index's word, files it says were ingested from elsewhere: it names them", async () => {
    const { outside, file, corpus } = await savedWithIngested();
    const saved = deserialize(await readFile(file)) as { fingerprint: string };
    // Written by other code (or planted): its list of ingested files is not a reason to read them.
    await writeFile(file, serialize({ ...saved, fingerprint: "older-code" }));
    const reopened = await LiveCorpus.open(await options());
    expect(reopened.report.snapshotProblem).toBe(
      `1 file(s) ingested from outside the corpus folder were saved by another version and left the index; run briefbot ingest again for: ${join(outside, "wire-1.txt")}`,
    );
    expect(reopened.corpus.index.articles.map((a) => a.file)).not.toContain("wire-1.txt");
    await reopened.corpus.ingest(outside);
    expect(reopened.corpus.index.articles.map((a) => a.file)).toContain("wire-1.txt");
    expect(reopened.corpus.index.version).toBe(corpus.index.version);
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
