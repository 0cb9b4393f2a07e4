import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { buildCorpus } from "../../src/corpus/loadCorpus.js";
import type { Corpus, RawDocument } from "../../src/corpus/types.js";

function document(text: string): RawDocument {
  return { file: "fuzz.txt", format: "txt", text, record: 0 };
}

/** Visible characters only: whitespace and invisible/control characters removed. */
function visible(text: string): string {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: the point is to drop them.
  return text.replace(/[\s\u0000-\u001F\u007F-\u009F\u00AD\u200B-\u200D\u2060\uFEFF]/gu, "");
}

function output(corpus: Corpus): string {
  return corpus.articles
    .map((a) => a.passages.flatMap((p) => p.sentences.map((s) => s.display)).join(" "))
    .join(" ");
}

/** True when `needle`'s characters appear in `haystack` in the same order. */
function isSubsequence(needle: string, haystack: string): boolean {
  const wanted = [...needle];
  let i = 0;
  for (const ch of haystack) {
    if (i < wanted.length && ch === wanted[i]) i++;
  }
  return i === wanted.length;
}

const hostilePiece = fc.oneof(
  fc.string({ unit: "binary", maxLength: 40 }),
  fc.constantFrom(
    "«",
    "»",
    "“",
    "”",
    '"',
    "'",
    "’",
    ". ",
    "M. ",
    "U.S. ",
    "...",
    "…",
    "\n",
    "\n\n",
    "\u0000",
    "\u001b[31m",
    "\u00a0",
    "\u202f",
    "🇫🇷",
    "👍🏽",
    "Publié le",
    "Lire la suite »",
    "(ATS)",
    "© AFP",
    "pic.twitter.com/x",
    "Source : AP",
    "100 000",
    "100'000",
    "3.5",
    "a-t-il dit",
    "日本語",
    "مرحبا",
  ),
);

describe("ingestion never throws and never invents text", () => {
  it("keeps only characters of the input, in order, for random and hostile text", () => {
    fc.assert(
      fc.property(fc.array(hostilePiece, { maxLength: 60 }), (pieces) => {
        const text = pieces.join("");
        const corpus = buildCorpus([document(text)]);
        const out = visible(output(corpus));
        expect(isSubsequence(out, visible(text))).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it("handles a megabyte-long line without throwing", () => {
    const line = "Le ministre a parlé « longuement » de l’OTAN, M. Dupont. ".repeat(18_000);
    const corpus = buildCorpus([document(line)]);
    expect(corpus.articles.length).toBe(1);
  });
});

/** Prose that no boilerplate rule can match: capitalised random words, sentences, paragraphs. */
const word = fc
  .string({
    unit: fc.constantFrom(..."abcdefghijklmnopqrstuvwxyzéèàç"),
    minLength: 3,
    maxLength: 9,
  })
  .filter((w) => /[aeiouyéèà]/.test(w));
const sentence = fc
  .tuple(
    word,
    fc.array(word, { minLength: 5, maxLength: 14 }),
    fc.constantFrom(".", "!", "?", " »."),
  )
  .map(
    ([first, rest, end]) => `${first[0]?.toUpperCase()}${first.slice(1)} ${rest.join(" ")}${end}`,
  );
const paragraph = fc.array(sentence, { minLength: 2, maxLength: 4 }).map((s) => s.join(" "));

describe("ingestion covers clean prose completely", () => {
  it("puts the sentences back together into the whole input, apart from whitespace", () => {
    fc.assert(
      fc.property(fc.array(paragraph, { minLength: 1, maxLength: 5 }), (paragraphs) => {
        const text = paragraphs.join("\n\n");
        const corpus = buildCorpus([document(text)]);
        expect(visible(output(corpus))).toBe(visible(text));
      }),
      { numRuns: 200 },
    );
  });
});
