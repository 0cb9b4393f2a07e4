import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { type SentenceSpan, splitSentences } from "../../src/nlp/index.js";
import { corpusText } from "./corpusText.js";

const MEGABYTE = 1 << 20;

/** Problems with `spans` as a split of `input`; empty when all invariants hold. */
function invariantViolations(input: string, spans: readonly SentenceSpan[]): string[] {
  const problems: string[] = [];
  let previousEnd = 0;
  for (const [index, span] of spans.entries()) {
    if (span.start < previousEnd)
      problems.push(`span ${index} starts before the previous one ends`);
    if (span.start >= span.end) problems.push(`span ${index} is empty`);
    if (span.text !== input.slice(span.start, span.end))
      problems.push(`span ${index} text is not its slice`);
    if (/^\s|\s$/.test(span.text)) problems.push(`span ${index} has surrounding whitespace`);
    if (/\S/.test(input.slice(previousEnd, span.start))) {
      problems.push(`non-whitespace before span ${index} is in no span`);
    }
    previousEnd = span.end;
  }
  if (/\S/.test(input.slice(previousEnd))) problems.push("non-whitespace after the last span");
  const visible = (s: string): string => s.replace(/\s+/g, "");
  if (visible(input) !== spans.map((span) => visible(span.text)).join("")) {
    problems.push("non-whitespace characters of spans differ from those of the input");
  }
  return problems;
}

const tricky = fc.constantFrom(
  "«",
  "»",
  "“",
  "”",
  "„",
  '"',
  "'",
  "’",
  ".",
  ". ",
  "...",
  "…",
  "?",
  "!",
  "M.",
  "U.S.",
  "J.-C.",
  "Dec. 2",
  "1. ",
  "- ",
  " ",
  "  ",
  "\n",
  "\n\n",
  "\r\n",
  "\r",
  "\t",
  "\u00a0",
  "\u202f",
  "\u2028",
  "\u200b",
  "\ufeff",
  "\u0000",
  "\u0085",
  "\ud83c",
  "\udf0e",
  "🌎",
  "🇫🇷",
  "www.",
  "/",
  "(",
  ")",
  "Le",
  "la",
  "A",
  "é",
  "100 000",
);

const messyText = fc
  .array(
    fc.oneof(
      { arbitrary: tricky, weight: 4 },
      { arbitrary: fc.string({ unit: "grapheme", maxLength: 8 }), weight: 2 },
      { arbitrary: fc.string({ unit: "binary", maxLength: 8 }), weight: 1 },
      { arbitrary: fc.string({ unit: "binary-ascii", maxLength: 8 }), weight: 1 },
    ),
    { maxLength: 80 },
  )
  .map((parts) => parts.join(""));

describe("splitSentences properties", () => {
  it("never throws and covers every non-whitespace character once, in order, on random messy text", () => {
    fc.assert(
      fc.property(
        messyText,
        fc.constantFrom("fr" as const, "en" as const, "und" as const),
        (text, language) => {
          expect(invariantViolations(text, splitSentences(text, language))).toEqual([]);
        },
      ),
      { numRuns: 400 },
    );
  });

  it("splits a one-megabyte single line of corpus text in well under a second per pass", () => {
    const corpus = ["000", "001", "002", "003", "004"]
      .map((p) => corpusText(p).replace(/\s+/g, " "))
      .join(" ");
    const line = corpus.repeat(Math.ceil(MEGABYTE / corpus.length));
    const started = performance.now();
    const spans = splitSentences(line, "fr");
    const elapsed = performance.now() - started;
    expect(invariantViolations(line, spans)).toEqual([]);
    expect(spans.length).toBeGreaterThan(5000);
    expect(elapsed).toBeLessThan(3000);
  });

  it("stays linear on one-megabyte lines of adversarial punctuation", () => {
    const patterns = ["«", "“»", "a.", ". ", "M. ", "«a. B", '"a. ', "\u00a0»", "… "];
    for (const pattern of patterns) {
      const line = pattern.repeat(Math.ceil(MEGABYTE / pattern.length));
      const started = performance.now();
      const spans = splitSentences(line);
      const elapsed = performance.now() - started;
      expect(invariantViolations(line, spans), pattern).toEqual([]);
      expect(elapsed, pattern).toBeLessThan(3000);
    }
  });
});
