import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { readWholeFile } from "../../src/util/readWholeFile.js";

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), "briefbot-read-"));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe("readWholeFile", () => {
  it("reads a file in parts into one buffer, byte for byte", async () => {
    const bytes = Buffer.from(Array.from({ length: 1000 }, (_, i) => i % 251));
    const file = join(dir, "index.bin");
    await writeFile(file, bytes);
    // Parts of 7 bytes: 143 reads, the last one short.
    expect(Buffer.from(await readWholeFile(file, 7)).equals(bytes)).toBe(true);
    expect(Buffer.from(await readWholeFile(file)).equals(bytes)).toBe(true);
  });

  it("reads an empty file, and fails as readFile does on a missing one", async () => {
    const empty = join(dir, "empty");
    await writeFile(empty, "");
    expect((await readWholeFile(empty)).length).toBe(0);
    await expect(readWholeFile(join(dir, "missing"))).rejects.toMatchObject({ code: "ENOENT" });
  });
});
