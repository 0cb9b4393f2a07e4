import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { languageEvidence } from "../../src/nlp/detectLanguage.js";
import { languageEvidenceByRegex } from "../helpers/languageEvidenceByRegex.js";

const TRICKY = [
  " ",
  "'",
  "’",
  "-",
  ".",
  "le",
  "Les",
  "the",
  "THE",
  "déclaré",
  "De\u0301clare\u0301",
  "été",
  "because",
  "between",
  "becauses",
  "l'",
  "l’OTAN",
  "qu'il",
  "jusqu’à",
  "doesn't",
  "it's",
  "they're",
  "I'm",
  "we'd",
  "''",
  "'s",
  "œ",
  "Æ",
  "ÿ",
  "É",
  "ü",
  "ß",
  "İ",
  "ſ",
  "\u00ad",
  "\u200b",
  "\u00a0",
  "«",
  "»",
  "\n",
  "\r\n",
  "😀",
  "𝐀",
  "\ud835",
  "1",
  "2e",
];
const trickyText = fc
  .array(fc.oneof(fc.constantFrom(...TRICKY), fc.string({ maxLength: 3, unit: "binary" })), {
    maxLength: 24,
  })
  .map((parts) => parts.join(""));

describe("languageEvidence scan", () => {
  it("counts exact evidence on tricky text", () => {
    expect(languageEvidence("")).toEqual({ words: 0, french: 0, english: 0, accented: 0 });
    expect(languageEvidence("L’OTAN a déclaré qu'il était là, dé\u00adclaré")).toEqual({
      words: 7,
      french: 5,
      english: 0,
      accented: 4,
    });
    expect(languageEvidence("The CAT doesn't know it's BECAUSE 😀 of œuvres")).toEqual({
      words: 8,
      french: 0,
      english: 7,
      accented: 1,
    });
  });

  it("equals the regular-expression version on random tricky text", () => {
    fc.assert(
      fc.property(trickyText, (text) => {
        expect(languageEvidence(text)).toEqual(languageEvidenceByRegex(text));
      }),
      { numRuns: 5000 },
    );
  });
});
