import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { nodeCorpusFs } from "../../../src/corpus/read/corpusFs.js";
import { isUserError } from "../../../src/errors.js";
import { isInsideFolder } from "../../../src/index/live/folderDiff.js";
import { KnownSources } from "../../../src/index/live/knownSources.js";
import { scanOutsideTarget } from "../../../src/index/live/outsideIngest.js";

let work: string;

beforeEach(async () => {
  work = await mkdtemp(join(tmpdir(), "briefbot-outside-"));
  await mkdir(join(work, "wire"));
  await writeFile(join(work, "wire", "one.txt"), "One article.");
  await writeFile(join(work, "wire", "two.txt"), "Two articles.");
});

afterEach(async () => {
  await rm(work, { recursive: true, force: true });
});

describe("what briefbot ingest reads from outside the corpus folder", () => {
  it("tells a path inside the corpus folder (or the folder itself) from one outside it", () => {
    expect(isInsideFolder("/data/corpus", "/data/corpus")).toBe(true);
    expect(isInsideFolder("/data/corpus", "/data/corpus/wire/a.txt")).toBe(true);
    expect(isInsideFolder("/data/corpus", "/data/corpus-old/a.txt")).toBe(false);
    expect(isInsideFolder("/data/corpus", "/elsewhere")).toBe(false);
  });

  it("lists every article file of a folder, and skips one already ingested at this version", async () => {
    const known = new KnownSources();
    const folder = join(work, "wire");
    const first = await scanOutsideTarget(folder, nodeCorpusFs, known);
    expect(first.stale.map((s) => s.path)).toEqual([
      join(folder, "one.txt"),
      join(folder, "two.txt"),
    ]);
    expect(first.removed).toEqual([]);
    const entry = first.stale[0]?.entry;
    if (entry?.kind !== "file") throw new Error("expected a file entry");
    known.put(entry.path, {
      origin: "ingested",
      analysis: {
        file: entry.file,
        size: entry.size,
        mtimeMs: entry.mtimeMs,
        readWarnings: [],
        documents: [],
      },
    });
    const again = await scanOutsideTarget(folder, nodeCorpusFs, known);
    expect(again.stale.map((s) => s.path)).toEqual([join(folder, "two.txt")]);
    expect(again.unchanged).toBe(1);
  });

  it("takes a single file as a listing of one, with no manifest", async () => {
    const file = join(work, "wire", "one.txt");
    const scan = await scanOutsideTarget(file, nodeCorpusFs, new KnownSources());
    expect(scan.stale.map((s) => [s.path, s.entry.file])).toEqual([[file, "one.txt"]]);
    expect(scan.manifest.size).toBe(0);
  });

  it("refuses a path where there is nothing, naming it, as a usage error", async () => {
    const missing = join(work, "nowhere");
    const failure = await scanOutsideTarget(missing, nodeCorpusFs, new KnownSources()).catch(
      (error: unknown) => error,
    );
    expect(isUserError(failure)).toBe(true);
    expect((failure as Error).message).toBe(
      `nothing to ingest at ${missing}: no such file or folder`,
    );
  });
});
