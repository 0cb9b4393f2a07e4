import { describe, expect, it } from "vitest";
import { buildCorpus } from "../../src/corpus/loadCorpus.js";
import type { RawDocument } from "../../src/corpus/types.js";

const story =
  "Les ministres de l’OTAN se sont réunis mardi à Bruxelles pour préparer le sommet de juillet. " +
  "Ils ont promis de renforcer la défense du flanc est de l’Alliance atlantique.";

function doc(file: string, text: string, extra: Partial<RawDocument> = {}): RawDocument {
  return { file, format: "txt", text, record: 0, ...extra };
}

describe("buildCorpus", () => {
  it("skips a second copy of the same story with a warning naming it", () => {
    const corpus = buildCorpus([doc("a.txt", story), doc("b.txt", story)]);
    expect(corpus.articles.map((a) => a.id)).toEqual(["a"]);
    expect(corpus.warnings).toEqual([
      { file: "b.txt", reason: "article b repeats earlier articles, skipped" },
    ]);
  });

  it("merges a second problem with a file into that file's one warning", () => {
    const corpus = buildCorpus(
      [doc("a.txt", story), doc("junk.txt", "Share this article")],
      [{ file: "junk.txt", reason: "not valid UTF-8; decoded as Windows-1252" }],
    );
    expect(corpus.warnings).toEqual([
      {
        file: "junk.txt",
        reason:
          "not valid UTF-8; decoded as Windows-1252; no article text left after cleaning, skipped",
      },
    ]);
  });

  it("names the records of a JSONL dump left with no article text, not the whole file", () => {
    const corpus = buildCorpus([
      doc("dump.jsonl", "Share this article", { format: "jsonl", record: 0 }),
      doc("dump.jsonl", story, { format: "jsonl", record: 1 }),
      doc("dump.jsonl", "Share this article", { format: "jsonl", record: 2 }),
      doc("one.jsonl", "Share this article", { format: "jsonl", record: 0 }),
    ]);
    expect(corpus.articles.map((a) => a.id)).toEqual(["dump-1"]);
    expect(corpus.warnings).toEqual([
      { file: "dump.jsonl", reason: "records 0, 2: no article text left after cleaning, skipped" },
      { file: "one.jsonl", reason: "record 0: no article text left after cleaning, skipped" },
    ]);
  });

  it("keeps the calendar date of a timestamp and numbers the records of a multi-record file", () => {
    const corpus = buildCorpus([
      doc("feed.jsonl", story, { format: "jsonl", date: "2023-07-11T10:00:00Z", title: "Sommet" }),
      doc(
        "feed.jsonl",
        "Le Royaume-Uni a annoncé une aide militaire supplémentaire à l’Ukraine mercredi.",
        {
          format: "jsonl",
          record: 1,
        },
      ),
    ]);
    expect(corpus.articles.map((a) => [a.id, a.title, a.date])).toEqual([
      ["feed", "Sommet", "2023-07-11"],
      [
        "feed-1",
        "Le Royaume-Uni a annoncé une aide militaire supplémentaire à l’Ukraine mercredi.",
        null,
      ],
    ]);
  });

  it("strips terminal escape sequences and control characters from displayed text", () => {
    const corpus = buildCorpus([
      doc(
        "a.txt",
        `Le ministre \u001b[31ma parlé\u0007 longuement de l’OTAN hier soir à Bruxelles.`,
      ),
    ]);
    const display = corpus.articles[0]?.passages[0]?.sentences[0]?.display ?? "";
    expect(display).toBe("Le ministre [31ma parlé longuement de l’OTAN hier soir à Bruxelles.");
  });
});
