import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { blockKey } from "../../src/corpus/clean/dedup.js";
import { blockKeyByRegex } from "../helpers/blockKeyByRegex.js";

const TRICKY = [
  " ",
  "  ",
  "\t",
  "\n",
  "\r\n",
  "\u00a0",
  "\u202f",
  "\u3000",
  "\ufeff",
  "\u200b",
  ".",
  ",",
  "!?",
  "«",
  "»",
  "“",
  "”",
  "’",
  "'",
  "-",
  "–",
  "—",
  "…",
  "$",
  "€",
  "©",
  "+",
  "=",
  "😀",
  "🇫🇷",
  "\ud83d",
  "é",
  "É",
  "e\u0301",
  "\u0301",
  "œ",
  "Æ",
  "ß",
  "İ",
  "Ω",
  "ά",
  "a",
  "Z",
  "1",
  "_",
  "@",
];
const trickyText = fc
  .array(fc.oneof(fc.constantFrom(...TRICKY), fc.string({ maxLength: 3, unit: "binary" })), {
    maxLength: 24,
  })
  .map((parts) => parts.join(""));

describe("blockKey", () => {
  it("gives exact keys on tricky text", () => {
    expect(blockKey("")).toBe("");
    expect(blockKey(" «  ! » ")).toBe("");
    expect(blockKey("  L’Élysée a dit : « Non ! »  ")).toBe("l elysee a dit non");
    expect(blockKey("Cœur\u00a0d'ÆTHER — 100 € 😀 fin.")).toBe("coeur d aether 100 fin");
    expect(blockKey("one two\r\nthree\tfour")).toBe("one two three four");
    expect(blockKey("nai\u0308ve ça")).toBe("naive ca");
  });

  it("equals the regular-expression definition on random tricky text", () => {
    fc.assert(
      fc.property(trickyText, (text) => {
        expect(blockKey(text)).toBe(blockKeyByRegex(text));
      }),
      { numRuns: 5000 },
    );
  });
});
