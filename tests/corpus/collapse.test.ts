import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { collapse } from "../../src/corpus/buildArticles.js";

const byRegex = (text: string): string => text.replace(/\s+/g, " ").trim();
const TRICKY = [
  " ",
  "  ",
  "\t",
  "\n",
  "\r\n",
  "\u00a0",
  "\u202f",
  "\u2028",
  "\ufeff",
  "\u200b",
  "a",
  "é",
  "😀",
  "\ud83d",
  ".",
];
const trickyText = fc
  .array(fc.oneof(fc.constantFrom(...TRICKY), fc.string({ maxLength: 2, unit: "binary" })), {
    maxLength: 16,
  })
  .map((parts) => parts.join(""));

describe("collapse", () => {
  it("gives exact values, and the same string when nothing changes", () => {
    expect(collapse("")).toBe("");
    expect(collapse(" ")).toBe("");
    expect(collapse("a b")).toBe("a b");
    expect(collapse(" a  b\u00a0c\nd ")).toBe("a b c d");
    expect(collapse("a\ufeffb")).toBe("a b");
    expect(collapse("a\u200bb")).toBe("a\u200bb");
  });

  it("equals the regular expression and trim on random tricky text", () => {
    fc.assert(
      fc.property(trickyText, (text) => {
        expect(collapse(text)).toBe(byRegex(text));
      }),
      { numRuns: 5000 },
    );
  });
});
