import { mkdtemp, readdir, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import {
  readSnapshot,
  snapshotPath,
  snapshotVersion,
  writeSnapshot,
} from "../../src/index/indexSnapshot.js";

let dataDir: string;
let file: string;
const corpusDir = "/corpus";
const snapshot = (manifestKey: string) => ({
  fingerprint: "f",
  corpusDir,
  manifestKey,
  manifestWarnings: [],
  sources: [],
});

beforeEach(async () => {
  dataDir = await mkdtemp(join(tmpdir(), "briefbot-snapshot-"));
  file = snapshotPath(dataDir, corpusDir);
});

afterEach(async () => {
  await rm(dataDir, { recursive: true, force: true });
});

async function savedKey(): Promise<string | null> {
  const read = await readSnapshot(file, { fingerprint: "f", corpusDir });
  return read.ok ? read.snapshot.manifestKey : null;
}

describe("writing a saved index", () => {
  it("writes when the file is still the one last seen, and says which write it made", async () => {
    const first = await writeSnapshot(file, snapshot("one"), undefined, null);
    expect(first).toBe(await snapshotVersion(file));
    const second = await writeSnapshot(file, snapshot("two"), undefined, first);
    expect(second).toBe(await snapshotVersion(file));
    expect(await savedKey()).toBe("two");
  });

  it("writes nothing over a file another process wrote since, and leaves no temporary file", async () => {
    const seen = await writeSnapshot(file, snapshot("one"), undefined, null);
    const theirs = await writeSnapshot(file, snapshot("theirs"));
    expect(theirs).not.toBe(seen);
    const bytes = await readFile(file);
    expect(await writeSnapshot(file, snapshot("mine"), undefined, seen)).toBeNull();
    expect(await readFile(file)).toEqual(bytes);
    expect(await savedKey()).toBe("theirs");
    // Nor over a file that appeared where none was seen.
    await rm(file);
    await writeSnapshot(file, snapshot("new"));
    expect(await writeSnapshot(file, snapshot("mine"), undefined, null)).toBeNull();
    expect(await readdir(join(dataDir, "index"))).toHaveLength(1);
  });
});
