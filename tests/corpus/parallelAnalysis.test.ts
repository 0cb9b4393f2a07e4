import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { generateArticles, writeCorpus } from "../../bench/perf/generateCorpus.js";
import { loadSourceMaterial } from "../../bench/perf/sourceMaterial.js";
import { defaultConfigDir, defaultCorpusDir } from "../../src/config/paths.js";
import { loadCorpus } from "../../src/corpus/loadCorpus.js";
import {
  analyseEntries,
  batchesOf,
  workerCount,
  workOf,
} from "../../src/corpus/parallel/analyseEntries.js";
import { blockingCorpusFs, describeFsError, nodeCorpusFs } from "../../src/corpus/read/corpusFs.js";
import {
  DEFAULT_MAX_FILE_BYTES,
  listCorpusFolder,
} from "../../src/corpus/read/readCorpusFolder.js";

let dir: string;
/** The same kind of articles as three JSONL dumps of 150 (about 1.3 MB in all). */
let dumps: string;

beforeAll(async () => {
  const material = await loadSourceMaterial(defaultCorpusDir(), defaultConfigDir());
  dir = await mkdtemp(join(tmpdir(), "briefbot-parallel-"));
  await writeCorpus(dir, generateArticles(material, { count: 260, seed: 7 }));
  dumps = join(dir, "..", `${dir.split("/").at(-1)}-dumps`);
  await mkdir(dumps);
  const articles = generateArticles(material, { count: 450, seed: 11 });
  for (let part = 0; part < 3; part++) {
    const lines = articles
      .slice(part * 150, part * 150 + 150)
      .map((a) => JSON.stringify({ date: a.date, text: a.text }));
    await writeFile(join(dumps, `part-${part}.jsonl`), `${lines.join("\n")}\n`);
  }
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
  await rm(dumps, { recursive: true, force: true });
});

describe("analysis over worker threads", () => {
  it("uses two workers for 260 files (npm test builds the worker script first)", () => {
    const small = { bytes: 260 * 3000 };
    expect(workerCount({ files: 260, ...small }, { fs: nodeCorpusFs, workers: 2 })).toBe(2);
    expect(workerCount({ files: 150, ...small }, { fs: nodeCorpusFs, workers: 2 })).toBe(0);
    expect(workerCount({ files: 260, ...small }, { fs: { ...nodeCorpusFs }, workers: 2 })).toBe(0);
  });

  it("uses them for a few dumps of megabytes too, a dump of its own per batch", async () => {
    const listing = await listCorpusFolder(dumps, nodeCorpusFs);
    const work = workOf(listing.entries);
    expect(work.files).toBe(3);
    expect(work.bytes).toBeGreaterThan(1024 * 1024);
    expect(workerCount(work, { fs: nodeCorpusFs, workers: 4 })).toBe(3);
    expect(workerCount(work, { fs: nodeCorpusFs, workers: 2 })).toBe(2);
    expect(workerCount({ files: 3, bytes: 900_000 }, { fs: nodeCorpusFs, workers: 2 })).toBe(0);
    expect(batchesOf(listing.entries).map((b) => b.map((e) => e.file))).toEqual([
      ["part-0.jsonl"],
      ["part-1.jsonl"],
      ["part-2.jsonl"],
    ]);
    // Small files go 40 to a batch, and a batch passes 256 KB only with its first file.
    const small = (file: string, size: number) =>
      ({ kind: "file", file, path: file, size, mtimeMs: 0 }) as const;
    const many = Array.from({ length: 90 }, (_, i) => small(`${i}.txt`, 3000));
    expect(batchesOf(many).map((b) => b.length)).toEqual([40, 40, 10]);
    const mixed = [small("a", 100_000), small("b", 100_000), small("c", 100_000), small("d", 1)];
    expect(batchesOf(mixed).map((b) => b.map((e) => e.file))).toEqual([
      ["a", "b"],
      ["c", "d"],
    ]);
  });

  it("gives exactly the corpus one thread gives from the dumps", async () => {
    const parallel = await loadCorpus(dumps, { workers: 2 });
    const single = await loadCorpus(dumps);
    expect(parallel).toEqual(single);
    expect(parallel.articles.length).toBeGreaterThan(300);
  });

  it("reads in the workers as the main thread does, failures included", async () => {
    const [first] = await listCorpusFolder(dir, nodeCorpusFs).then((l) => l.entries);
    const path = first?.kind === "file" ? first.path : "";
    expect(await blockingCorpusFs.readFile(path)).toEqual(await nodeCorpusFs.readFile(path));
    const missing = join(dir, "gone.txt");
    const [blocking, async] = await Promise.all(
      [blockingCorpusFs, nodeCorpusFs].map((fs) => fs.readFile(missing).catch((e: unknown) => e)),
    );
    expect(describeFsError(blocking)).toBe("ENOENT (no such file, or a broken symbolic link)");
    expect(describeFsError(blocking)).toBe(describeFsError(async));
  });

  it("gives exactly the corpus one thread gives, progress counting every file", async () => {
    const progress: number[] = [];
    const parallel = await loadCorpus(dir, {
      workers: 2,
      onProgress: (done, total) => {
        expect(total).toBe(260);
        progress.push(done);
      },
    });
    const single = await loadCorpus(dir);
    expect(parallel).toEqual(single);
    expect(parallel.articles.length).toBeGreaterThan(200);
    expect(progress.at(-1)).toBe(260);
    expect(progress).toEqual([...progress].sort((a, b) => a - b));
  });

  it("hands each analysis over in file order as soon as it and those before it are done", async () => {
    const listing = await listCorpusFolder(dir, nodeCorpusFs);
    for (const workers of [1, 2]) {
      const delivered: string[] = [];
      const progressAtDelivery: number[] = [];
      let done = 0;
      const analyses = await analyseEntries(listing.entries, listing.manifest, {
        fs: nodeCorpusFs,
        maxFileBytes: DEFAULT_MAX_FILE_BYTES,
        workers,
        onProgress: (n) => {
          done = n;
        },
        onAnalysis: (analysis) => {
          delivered.push(analysis.file);
          progressAtDelivery.push(done);
        },
      });
      expect(delivered).toEqual(listing.entries.map((e) => e.file));
      expect(analyses.map((a) => a.file)).toEqual(delivered);
      // Handed over along the way, not all at the end.
      expect(progressAtDelivery[0]).toBeLessThan(260);
    }
  });
});
