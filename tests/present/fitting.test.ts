import { describe, expect, it } from "vitest";
import { chunk, continued, groupWithin, shorten } from "../../src/present/fitting.js";

describe("fitting a reply into a platform's limits", () => {
  it("groups items in order within a count and a total size, an oversized item alone", () => {
    const length = (s: string) => s.length;
    expect(groupWithin(["aa", "bb", "cc", "d"], length, { size: 4 })).toEqual([
      ["aa", "bb"],
      ["cc", "d"],
    ]);
    expect(groupWithin(["a", "b", "c"], length, { count: 2, size: 100 })).toEqual([
      ["a", "b"],
      ["c"],
    ]);
    expect(groupWithin(["a", "toolong", "b"], length, { size: 3 })).toEqual([
      ["a"],
      ["toolong"],
      ["b"],
    ]);
    expect(groupWithin([], length, { size: 3 })).toEqual([]);
    expect(chunk([1, 2, 3, 4, 5], 2)).toEqual([[1, 2], [3, 4], [5]]);
  });

  it("shortens at a word boundary with a visible note, and marks further parts", () => {
    expect(shorten("mot ".repeat(20), 40)).toBe("mot mot mot mot mot mot … (shortened)");
    expect(shorten("court", 10)).toBe("court");
    expect(continued("Sources")).toBe("Sources (continued)");
  });
});
