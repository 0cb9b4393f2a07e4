import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Language } from "../../src/nlp/language.js";
import { normalizeTypography } from "../../src/nlp/normalize.js";
import { rawTokens, tokenize } from "../../src/nlp/tokens.js";
import { rawTokensByRegex } from "../helpers/rawTokensByRegex.js";

/** `tokenize` as it was written with regular expressions only: the reference for the scan. */
function tokenizeByRegex(text: string, language: Language): string[] {
  const GROUPED_NUMBER = /(?<![\d.,])\d{1,3}(?:[ ']\d{3})+(?![\d])/g;
  const RAW_TOKEN = /\d+(?:[.,]\d+)+|[\p{L}\p{M}\p{N}]+(?:['-][\p{L}\p{M}\p{N}]+)*'?/gu;
  const ELISION = /^(?:jusqu|lorsqu|puisqu|quoiqu|qu|[ldjnscmt])'/;
  const BARE = new Set("jusqu' lorsqu' puisqu' quoiqu' qu' l' d' j' n' s' c' m' t'".split(" "));
  const PRONOUNS = new Set(["il", "elle", "on", "ils", "elles"]);
  const normalized = normalizeTypography(text.normalize("NFC")).replace(GROUPED_NUMBER, (n) =>
    n.replace(/[ ']/g, ""),
  );
  const tokens: string[] = [];
  for (const match of normalized.matchAll(RAW_TOKEN)) {
    let token = match[0].toLowerCase();
    if (token.includes("'")) {
      if (BARE.has(token)) continue;
      if (token.endsWith("'")) token = token.slice(0, -1);
      token = token.replace(ELISION, "").replace(/'s$/, "");
    }
    if (language === "en" && /^\d{1,3}(?:,\d{3})+$/.test(token)) token = token.replace(/,/g, "");
    const parts = token.includes("-")
      ? token
          .split("-")
          .filter((p) => p !== "")
          .filter((p, i, all) => !(p === "t" && i > 0 && PRONOUNS.has(all[i + 1] ?? "")))
      : [token];
    for (const part of parts) if (part !== "") tokens.push(part);
  }
  return tokens;
}

const TRICKY = [
  " ",
  "'",
  "’",
  "-",
  ".",
  ",",
  "..",
  "',",
  "-'",
  "'-",
  "0",
  "1",
  "12",
  "123",
  "1 000",
  "100'000",
  "3.5",
  "1,5",
  "100,000",
  "1.2.3",
  "a",
  "Z",
  "é",
  "É",
  "e\u0301",
  "\u0301",
  "œ",
  "Æ",
  "ß",
  "İ",
  "\u00a0",
  "\u202f",
  "«",
  "»",
  "“",
  "”",
  "\n",
  "\r\n",
  "\t",
  "😀",
  "🇫🇷",
  "𝐀",
  "𝟏",
  "\ud835",
  "\udc00",
  "٣",
  "Ⅻ",
  "l'",
  "qu'",
  "jusqu'",
  "a-t-il",
  "OTAN-Russie",
  "'s",
  "doesn't",
  "_",
  "@",
];
const trickyText = fc
  .array(fc.oneof(fc.constantFrom(...TRICKY), fc.string({ maxLength: 3, unit: "binary" })), {
    maxLength: 20,
  })
  .map((parts) => parts.join(""));

describe("tokenize scan", () => {
  it("finds the raw tokens of the regular expression, exactly", () => {
    expect(rawTokens("l'OTAN a-t-il 3.5 1,5 1.2.3. 12.a'b-'c x' 😀𝐀𝐁 e\u0301t\u00e9")).toEqual([
      "l'OTAN",
      "a-t-il",
      "3.5",
      "1,5",
      "1.2.3",
      "12",
      "a'b",
      "c",
      "x'",
      "𝐀𝐁",
      "e\u0301t\u00e9",
    ]);
    expect(rawTokens("")).toEqual([]);
    expect(rawTokens("\ud835 a\udc00b")).toEqual(["a", "b"]);
  });

  it("equals the regular expression on random tricky text", () => {
    fc.assert(
      fc.property(trickyText, (text) => {
        expect(rawTokens(text)).toEqual(rawTokensByRegex(text));
      }),
      { numRuns: 5000 },
    );
  });

  it("tokenizes like the regular-expression version, in both languages", () => {
    fc.assert(
      fc.property(trickyText, fc.constantFrom<Language>("fr", "en", "und"), (text, language) => {
        expect(tokenize(text, language)).toEqual(tokenizeByRegex(text, language));
      }),
      { numRuns: 5000 },
    );
  });

  it("joins digit groups only where a digit, separator and digit meet", () => {
    expect(tokenize("100 000 et 100'000, 1 23, 1.100 000", "fr")).toEqual([
      "100000",
      "et",
      "100000",
      "1",
      "23",
      "1.100",
      "000",
    ]);
    expect(tokenize("100,000 people", "en")).toEqual(["100000", "people"]);
    expect(tokenize("100,000 personnes", "fr")).toEqual(["100,000", "personnes"]);
  });
});
