import { describe, expect, it } from "vitest";
import type { FileAnalysis } from "../../../src/corpus/analyseDocuments.js";
import { KnownSources } from "../../../src/index/live/knownSources.js";

const analysis = (file: string, size = 1): FileAnalysis => ({
  file,
  size,
  mtimeMs: 1,
  readWarnings: [],
  documents: [],
});

describe("KnownSources", () => {
  it("keeps a changed file in its place and appends a new one", () => {
    const known = new KnownSources();
    known.update(
      [
        { path: "/c/a", origin: "folder", analysis: analysis("a") },
        { path: "/c/b", origin: "folder", analysis: analysis("b") },
      ],
      [],
    );
    known.update(
      [
        { path: "/c/a", origin: "folder", analysis: analysis("a", 2) },
        { path: "/x/c", origin: "ingested", analysis: analysis("c") },
      ],
      ["/c/b"],
    );
    expect(known.saved().map((s) => [s.path, s.origin, s.analysis.size])).toEqual([
      ["/c/a", "folder", 2],
      ["/x/c", "ingested", 1],
    ]);
    expect(known.pathsFrom("folder")).toEqual(["/c/a"]);
  });

  it("puts back the sources and the unsaved mark of a checkpoint, in their order", () => {
    const known = new KnownSources();
    known.put("/c/a", { origin: "folder", analysis: analysis("a") });
    known.put("/c/b", { origin: "folder", analysis: analysis("b") });
    const undo = known.checkpoint();
    known.markUnsaved();
    known.update([{ path: "/c/c", origin: "folder", analysis: analysis("c") }], ["/c/a"]);
    undo();
    expect(known.saved().map((s) => s.path)).toEqual(["/c/a", "/c/b"]);
    expect(known.unsaved).toBe(false);
  });

  it("undoes the manifest with the sources it came with, and says when its problems change", () => {
    const known = new KnownSources();
    expect(known.setManifest("12:34", [])).toBe(false);
    const undo = known.checkpoint();
    expect(known.setManifest("12:35", [{ file: "manifest.json", reason: "not JSON" }])).toBe(true);
    expect(known.manifestKey).toBe("12:35");
    // A failed update: the manifest read with its sources goes with them.
    undo();
    expect(known.manifestKey).toBe("12:34");
    expect(known.manifestWarnings).toEqual([]);
  });
});
