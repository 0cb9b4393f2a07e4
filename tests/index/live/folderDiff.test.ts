import { mkdir, mkdtemp, rm, utimes, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { FileAnalysis } from "../../../src/corpus/analyseDocuments.js";
import { nodeCorpusFs } from "../../../src/corpus/read/corpusFs.js";
import type { CorpusEntry } from "../../../src/corpus/read/walkCorpus.js";
import {
  type FolderScan,
  isCurrent,
  isSameAnalysis,
  manifestKeyOf,
  scanCorpusFolder,
} from "../../../src/index/live/folderDiff.js";
import { KnownSources } from "../../../src/index/live/knownSources.js";

let corpusDir: string;

beforeEach(async () => {
  corpusDir = await mkdtemp(join(tmpdir(), "briefbot-diff-"));
  await writeFile(join(corpusDir, "a.txt"), "First article.\n\nIt has a paragraph.");
  await mkdir(join(corpusDir, "wire"));
  await writeFile(join(corpusDir, "wire", "b.txt"), "Second article.\n\nAnother paragraph.");
});

afterEach(async () => {
  await rm(corpusDir, { recursive: true, force: true });
});

/** What analysing a listed file would record of it (its text does not matter to the diff). */
function analysisOf(entry: CorpusEntry): FileAnalysis {
  return entry.kind === "file"
    ? {
        file: entry.file,
        size: entry.size,
        mtimeMs: entry.mtimeMs,
        readWarnings: [],
        documents: [],
      }
    : {
        file: entry.file,
        size: -1,
        mtimeMs: -1,
        readWarnings: [{ file: entry.file, reason: entry.reason }],
        documents: [],
      };
}

/** Takes a scan in as an update would: its stale files analysed, its removed ones dropped. */
function takeIn(known: KnownSources, scan: FolderScan): void {
  known.update(
    scan.stale.map(({ path, entry }) => ({ path, origin: "folder", analysis: analysisOf(entry) })),
    scan.removed,
  );
  known.setManifest(scan.manifestKey, scan.warnings);
}

const scan = (known: KnownSources) => scanCorpusFolder(corpusDir, nodeCorpusFs, known);
const stalePaths = (s: FolderScan) => s.stale.map((e) => e.path);

describe("comparing the corpus folder with what is known", () => {
  it("finds every file new when nothing is known, by absolute path in path order", async () => {
    const first = await scan(new KnownSources());
    expect(stalePaths(first)).toEqual([join(corpusDir, "a.txt"), join(corpusDir, "wire", "b.txt")]);
    expect(first.removed).toEqual([]);
    expect(first.unchanged).toBe(0);
    expect(first.manifestKey).toBe("none");
  });

  it("finds nothing to analyse once the folder's files are known at their size and time", async () => {
    const known = new KnownSources();
    takeIn(known, await scan(known));
    const again = await scan(known);
    expect(again.stale).toEqual([]);
    expect(again.removed).toEqual([]);
    expect(again.unchanged).toBe(2);
  });

  it("finds a rewritten file changed and a deleted one removed, and leaves the rest", async () => {
    const known = new KnownSources();
    takeIn(known, await scan(known));
    await writeFile(join(corpusDir, "a.txt"), "First article, rewritten at another length.");
    await rm(join(corpusDir, "wire", "b.txt"));
    await writeFile(join(corpusDir, "c.txt"), "Third article.");
    const after = await scan(known);
    expect(stalePaths(after)).toEqual([join(corpusDir, "a.txt"), join(corpusDir, "c.txt")]);
    expect(after.removed).toEqual([join(corpusDir, "wire", "b.txt")]);
    expect(after.unchanged).toBe(0);
  });

  it("finds a file touched to another modification time changed, though its size is the same", async () => {
    const known = new KnownSources();
    takeIn(known, await scan(known));
    const later = new Date(Date.now() + 60_000);
    await utimes(join(corpusDir, "a.txt"), later, later);
    expect(stalePaths(await scan(known))).toEqual([join(corpusDir, "a.txt")]);
  });

  it("never counts a file ingested from outside the folder as removed from it", async () => {
    const known = new KnownSources();
    takeIn(known, await scan(known));
    const outside = {
      file: "/elsewhere/x.txt",
      size: 1,
      mtimeMs: 1,
      readWarnings: [],
      documents: [],
    };
    known.put("/elsewhere/x.txt", { origin: "ingested", analysis: outside });
    expect((await scan(known)).removed).toEqual([]);
  });

  it("finds every file stale when the manifest appears, since its metadata is in every analysis", async () => {
    const known = new KnownSources();
    takeIn(known, await scan(known));
    await writeFile(join(corpusDir, "manifest.json"), "{}");
    const withManifest = await scan(known);
    expect(withManifest.manifestKey).toBe(await manifestKeyOf(corpusDir, nodeCorpusFs));
    expect(withManifest.manifestKey).not.toBe("none");
    expect(withManifest.stale).toHaveLength(2);
    expect(withManifest.unchanged).toBe(0);
    takeIn(known, withManifest);
    expect((await scan(known)).stale).toEqual([]);
  });
});

describe("whether a known analysis is current", () => {
  const file: CorpusEntry = { kind: "file", file: "a.txt", path: "/c/a.txt", size: 10, mtimeMs: 5 };
  const analysis: FileAnalysis = {
    file: "a.txt",
    size: 10,
    mtimeMs: 5,
    readWarnings: [],
    documents: [],
  };

  it("is current at the same size and modification time, and not without an analysis", () => {
    expect(isCurrent(analysis, file)).toBe(true);
    expect(isCurrent(undefined, file)).toBe(false);
    expect(isCurrent({ ...analysis, size: 11 }, file)).toBe(false);
    expect(isCurrent({ ...analysis, mtimeMs: 6 }, file)).toBe(false);
  });

  it("is never current where the file system gives no modification time", () => {
    expect(isCurrent({ ...analysis, mtimeMs: 0 }, { ...file, mtimeMs: 0 })).toBe(false);
  });

  it("is current for an entry that could not be examined while it fails for the same reason", () => {
    const problem: CorpusEntry = { kind: "problem", file: "x.txt", reason: "permission denied" };
    const failed = analysisOf(problem);
    expect(isCurrent(failed, problem)).toBe(true);
    expect(isCurrent(failed, { ...problem, reason: "input/output error" })).toBe(false);
  });

  it("tells two analyses of the same version of a file by size and time", () => {
    expect(isSameAnalysis(analysis, { ...analysis, documents: [] })).toBe(true);
    expect(isSameAnalysis(analysis, { ...analysis, mtimeMs: 6 })).toBe(false);
    expect(isSameAnalysis(undefined, analysis)).toBe(false);
  });
});
