import { afterEach, describe, expect, test } from "vitest";
import { readCorpusFolder } from "../../src/corpus/read/index.js";
import { makeTempCorpus, removeTempCorpora } from "../fixtures/read/tempCorpus.js";

afterEach(removeTempCorpora);

/** 130,000 non-blank lines that are JSON but not objects: about 260 KB, each one a problem. */
const BAD_LINES = "1\n".repeat(130_000);

describe("readCorpusFolder: bounded problems and records per file", () => {
  test("a JSONL file of 130,000 bad lines gives its first 20 problems and one count, and the rest of the corpus loads", async () => {
    const dir = await makeTempCorpus({ "good.txt": "Good.", "bad.jsonl": BAD_LINES });
    const { documents, warnings } = await readCorpusFolder(dir);
    expect(documents.map((d) => d.file)).toEqual(["good.txt"]);
    expect(warnings).toEqual([
      ...Array.from({ length: 20 }, (_, i) => ({
        file: "bad.jsonl",
        reason: `line ${i + 1}: expected an object, found 1, skipped`,
      })),
      { file: "bad.jsonl", reason: "and 129,980 more lines skipped (not listed)" },
    ]);
  });

  test("a JSON array of 30 bad records and 30 records with a bad date lists 20 problems, then counts the rest", async () => {
    const records = [
      ...Array.from({ length: 30 }, () => ({ title: "no text" })),
      ...Array.from({ length: 30 }, (_, i) => ({ text: `Text ${i}.`, date: "yesterday" })),
    ];
    const dir = await makeTempCorpus({ "list.json": JSON.stringify(records) });
    const { documents, warnings } = await readCorpusFolder(dir);
    expect(documents).toHaveLength(30);
    expect(warnings).toHaveLength(21);
    expect(warnings[19]).toEqual({
      file: "list.json",
      reason: 'record 19: no "text" string, skipped',
    });
    expect(warnings[20]).toEqual({
      file: "list.json",
      reason: "and 10 more records skipped, 30 more fields ignored (not listed)",
    });
  });

  test("a JSONL file of 10,003 records gives the first 10,000 and says how many lines were left out", async () => {
    const lines = Array.from({ length: 10_003 }, (_, i) =>
      JSON.stringify({ text: `Article ${i}.` }),
    );
    const dir = await makeTempCorpus({ "many.jsonl": lines.join("\n") });
    const { documents, warnings } = await readCorpusFolder(dir);
    expect(documents).toHaveLength(10_000);
    expect(documents.at(-1)?.text).toBe("Article 9999.");
    expect(warnings).toEqual([
      {
        file: "many.jsonl",
        reason:
          "only the first 10,000 records of a file are read; 3 more lines skipped — split the file",
      },
    ]);
  });
});
