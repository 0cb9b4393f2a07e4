import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { generateArticles, writeCorpus } from "../../bench/perf/generateCorpus.js";
import { loadSourceMaterial } from "../../bench/perf/sourceMaterial.js";
import { defaultConfigDir, defaultCorpusDir } from "../../src/config/paths.js";
import { loadCorpus } from "../../src/corpus/loadCorpus.js";
import { analyseEntries, workerCount } from "../../src/corpus/parallel/analyseEntries.js";
import { blockingCorpusFs, describeFsError, nodeCorpusFs } from "../../src/corpus/read/corpusFs.js";
import {
  DEFAULT_MAX_FILE_BYTES,
  listCorpusFolder,
} from "../../src/corpus/read/readCorpusFolder.js";

let dir: string;

beforeAll(async () => {
  const material = await loadSourceMaterial(defaultCorpusDir(), defaultConfigDir());
  dir = await mkdtemp(join(tmpdir(), "briefbot-parallel-"));
  await writeCorpus(dir, generateArticles(material, { count: 260, seed: 7 }));
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe("analysis over worker threads", () => {
  it("uses two workers for 260 files (npm test builds the worker script first)", () => {
    expect(workerCount(260, { fs: nodeCorpusFs, workers: 2 })).toBe(2);
    expect(workerCount(150, { fs: nodeCorpusFs, workers: 2 })).toBe(0);
    expect(workerCount(260, { fs: { ...nodeCorpusFs }, workers: 2 })).toBe(0);
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
