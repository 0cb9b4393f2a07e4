import { serialize } from "node:v8";
import { describe, expect, it } from "vitest";
import { decodeInPieces, encodeInPieces } from "../../src/index/snapshotPieces.js";
import { runAtOnce, type Steps } from "../../src/util/steps.js";

/** Runs the steps to the end, counting them. */
function counting<T>(steps: Steps<T>): { value: T; steps: number } {
  let n = 0;
  let step = steps.next();
  while (!step.done) {
    n++;
    step = steps.next();
  }
  return { value: step.value, steps: n };
}

const saved = {
  format: 2,
  sources: Array.from({ length: 5 }, (_, i) => ({ path: `/c/${i}.json`, terms: ["a", "b"] })),
  warm: {
    engine: "e",
    finder: {
      termIds: new Map(Array.from({ length: 1000 }, (_, i) => [`t${i}`, i])),
      postings: [[0, 1], [2]],
      dropped: new Uint8Array([0, 1]),
    },
    ids: new Set(["a1", "a2", "a3"]),
    discoveries: Array.from({ length: 700 }, (_, i) => [`a1:0:${i}`, { verbs: ["dit"] }]),
  },
};
const chunks = (key: string) => (key === "sources" ? 1 : 512);
const bytesOf = (value: unknown) => Buffer.concat(runAtOnce(encodeInPieces(value, chunks)));

describe("a saved index written in pieces", () => {
  it("reads back what was written, one step per piece", () => {
    const written = counting(encodeInPieces(saved, chunks));
    // The outline, 5 sources one by one, 1,000 term ids by 512 (2), 2 postings (1), 3 ids (1),
    // 700 discoveries (2).
    expect(written.steps).toBe(1 + 5 + 2 + 1 + 1 + 2);
    const read = counting(decodeInPieces(Buffer.concat(written.value)));
    expect(read.value).toEqual(saved);
    expect(read.steps).toBe(written.steps);
  });

  it("keeps a key named __proto__ and reads empty collections back", () => {
    const odd = JSON.parse('{"__proto__": {"list": [1]}, "empty": []}') as unknown;
    const back = runAtOnce(decodeInPieces(bytesOf(odd)));
    expect(Object.keys(back as object)).toEqual(["__proto__", "empty"]);
    expect(back).toEqual(odd);
  });

  it("reads an index written whole by v8.serialize (before pieces) unchanged", () => {
    expect(runAtOnce(decodeInPieces(serialize(saved)))).toEqual(saved);
  });

  it("says so when the file is cut short or has bytes past its last piece", () => {
    const bytes = bytesOf(saved);
    expect(() => runAtOnce(decodeInPieces(bytes.subarray(0, bytes.length - 10)))).toThrow(
      "the saved index is cut short",
    );
    const extra = Buffer.concat([bytes, Buffer.from([0, 0, 0, 0])]);
    expect(() => runAtOnce(decodeInPieces(extra))).toThrow(
      "the saved index has bytes after its last piece",
    );
  });

  it("says so when a piece is not what the outline expects", () => {
    // The outline of a one-list value, followed by a piece that is no list.
    const good = bytesOf({ list: [1, 2] });
    const outline = good.subarray(0, good.length - (4 + serialize([1, 2]).length));
    const wrong = serialize({ not: "a list" });
    const length = Buffer.alloc(4);
    length.writeUInt32LE(wrong.length);
    expect(() => runAtOnce(decodeInPieces(Buffer.concat([outline, length, wrong])))).toThrow(
      "a piece of the saved index is not what was written",
    );
  });
});
