import { describe, expect, it } from "vitest";
import { isJsWhitespace, splitPieceCount } from "../../src/nlp/whitespace.js";
import { wordCount } from "../../src/summarize/priors.js";
import { hasUnmatchedQuote } from "../../src/summarize/sentenceQuality.js";

// The definitions the loops replaced.
const oldWordCount = (display: string): number => {
  const trimmed = display.trim();
  return trimmed === "" ? 0 : trimmed.split(/\s+/).length;
};
const oldUnmatched = (display: string): boolean => {
  const count = (mark: string): number => display.split(mark).length - 1;
  return count('"') % 2 === 1 || count("«") !== count("»") || count("“") !== count("”");
};

const TRICKY = [
  "",
  " ",
  "\u00a0",
  "\ufeff",
  "mot",
  "  Les images sont  impressionnantes. ",
  "« Non », a-t-il dit, “jamais”.",
  "« Nous partirons, a-t-il dit.",
  'Une mort "sans lien apparent", a-t-il précisé.',
  'Il a dit "oui',
  "Élysée\u00a0: «\u202fnon\u202f» 🇫🇷 e\u0301te\u0301",
  "a\u2028b\u2029c\u3000d\u205fe\u1680f\u200ag\u200bh",
  "\t\n\v\f\r x \u0085 y",
  "”“ »« ",
  '😀 😀😀 ‘’ \' ""',
];

const ALPHABET = [..."aé e\u0301\u00a0\u202f\u2009\t\n«»“”\"'’😀-.,\u200b\u0085\ufeffZ"];

function randomTexts(n: number): string[] {
  let seed = 12345;
  const next = () => {
    seed = (seed * 1103515245 + 12345) % 2 ** 31;
    return seed;
  };
  return Array.from({ length: n }, () => {
    const length = next() % 24;
    let text = "";
    for (let i = 0; i < length; i++) text += ALPHABET[next() % ALPHABET.length];
    return text;
  });
}

describe("isJsWhitespace", () => {
  it("is /\\s/ on every code unit", () => {
    const wrong: number[] = [];
    for (let unit = 0; unit < 0x10000; unit++) {
      if (isJsWhitespace(unit) !== /\s/.test(String.fromCharCode(unit))) wrong.push(unit);
    }
    expect(wrong).toEqual([]);
  });
});

describe("wordCount", () => {
  it("gives exact counts", () => {
    expect(wordCount("")).toBe(0);
    expect(wordCount(" \u00a0\ufeff ")).toBe(0);
    expect(wordCount("a\u2028b\u2029c\u3000d")).toBe(4);
    expect(wordCount("a\u200bb")).toBe(1);
    expect(wordCount("Élysée\u00a0: «\u202fnon\u202f» 🇫🇷")).toBe(6);
  });

  it("agrees with trim().split(/\\s+/)", () => {
    for (const text of [...TRICKY, ...randomTexts(3000)]) {
      expect([text, wordCount(text)]).toEqual([text, oldWordCount(text)]);
    }
  });
});

describe("hasUnmatchedQuote", () => {
  it("gives exact answers", () => {
    expect(hasUnmatchedQuote("")).toBe(false);
    expect(hasUnmatchedQuote("”“")).toBe(false);
    expect(hasUnmatchedQuote("»")).toBe(true);
    expect(hasUnmatchedQuote('"""')).toBe(true);
    expect(hasUnmatchedQuote("« a » “b”")).toBe(false);
  });

  it("agrees with counting by split", () => {
    for (const text of [...TRICKY, ...randomTexts(3000)]) {
      expect([text, hasUnmatchedQuote(text)]).toEqual([text, oldUnmatched(text)]);
    }
  });
});

describe("splitPieceCount", () => {
  it("gives exact counts", () => {
    expect(splitPieceCount("")).toBe(1);
    expect(splitPieceCount(" ")).toBe(2);
    expect(splitPieceCount(" a\u00a0b ")).toBe(4);
    expect(splitPieceCount("e\u0301te\u0301 😀\u200b«x»")).toBe(2);
  });

  it("agrees with split(/\\s+/).length", () => {
    for (const text of [...TRICKY, ...randomTexts(3000)]) {
      expect([text, splitPieceCount(text)]).toEqual([text, text.split(/\s+/).length]);
    }
  });
});
