import { afterEach, describe, expect, test } from "vitest";
import { readCorpusFolder } from "../../src/corpus/read/index.js";
import { makeTempCorpus, removeTempCorpora } from "../fixtures/read/tempCorpus.js";

afterEach(removeTempCorpora);

async function read(files: Record<string, string>) {
  const dir = await makeTempCorpus({ "good.txt": "Good.", ...files });
  const { documents, warnings } = await readCorpusFolder(dir);
  return { documents: documents.filter((d) => d.file !== "good.txt"), warnings };
}

function parseError(text: string): string {
  try {
    JSON.parse(text);
  } catch (error) {
    return (error as Error).message;
  }
  throw new Error(`expected ${text} to be invalid JSON`);
}

describe("readCorpusFolder: JSON", () => {
  test("a single object gives one document with its metadata", async () => {
    const { documents, warnings } = await read({
      "a.json": JSON.stringify({
        title: "Title",
        text: "Line one\r\nLine two",
        date: "2022-01-21",
        url: "https://example.org/a",
        language: "fr",
        outlet: "AFP",
        id: 42,
      }),
    });
    expect(documents).toEqual([
      {
        file: "a.json",
        format: "json",
        text: "Line one\nLine two",
        record: 0,
        title: "Title",
        date: "2022-01-21",
        url: "https://example.org/a",
        language: "fr",
        outlet: "AFP",
      },
    ]);
    expect(warnings).toEqual([]);
  });

  test("an array gives one document per record, accepting body/content, lang and source", async () => {
    const { documents, warnings } = await read({
      "list.json": JSON.stringify([
        { body: "First.", lang: "en", source: "Reuters" },
        { content: "Second.", title: null },
      ]),
    });
    expect(documents).toEqual([
      {
        file: "list.json",
        format: "json",
        text: "First.",
        record: 0,
        language: "en",
        outlet: "Reuters",
      },
      { file: "list.json", format: "json", text: "Second.", record: 1 },
    ]);
    expect(warnings).toEqual([]);
  });

  test("records without a text string are skipped one warning each; the others load", async () => {
    const { documents, warnings } = await read({
      "mixed.json": JSON.stringify([
        { text: "Kept." },
        { title: "No text" },
        { text: "   " },
        { body: 12 },
        "not an object",
      ]),
    });
    expect(documents.map((d) => [d.record, d.text])).toEqual([[0, "Kept."]]);
    expect(warnings).toEqual([
      { file: "mixed.json", reason: 'record 1: no "text" string, skipped' },
      { file: "mixed.json", reason: 'record 2: no "text" string ("text" is empty), skipped' },
      { file: "mixed.json", reason: 'record 3: no "text" string ("body" is 12), skipped' },
      {
        file: "mixed.json",
        reason: 'record 4: expected an object, found "not an object", skipped',
      },
    ]);
  });

  test("a field of the wrong type is ignored with one warning naming it; the record loads", async () => {
    const { documents, warnings } = await read({
      "a.json": JSON.stringify({ text: "T.", title: ["x"], date: "21/01/2022", outlet: "AFP" }),
    });
    expect(documents).toEqual([
      { file: "a.json", format: "json", text: "T.", record: 0, outlet: "AFP" },
    ]);
    expect(warnings).toEqual([
      { file: "a.json", reason: '"title" should be a string, found an array; ignored' },
      {
        file: "a.json",
        reason: '"date" is not an ISO date (YYYY-MM-DD), found "21/01/2022"; ignored',
      },
    ]);
  });

  test("invalid JSON is skipped with the parser's message", async () => {
    const text = '{ "text": "unterminated }';
    const { documents, warnings } = await read({ "bad.json": text });
    expect(documents).toEqual([]);
    expect(warnings).toEqual([{ file: "bad.json", reason: `invalid JSON: ${parseError(text)}` }]);
  });

  test("JSON that is neither an object nor an array, and an empty array, are skipped", async () => {
    const { warnings } = await read({ "n.json": "42", "e.json": "[]" });
    expect(warnings).toEqual([
      { file: "e.json", reason: "empty array, no records, skipped" },
      { file: "n.json", reason: "expected an object or an array of objects, found 42, skipped" },
    ]);
  });
});

describe("readCorpusFolder: JSONL", () => {
  test("one document per line, blank lines ignored, a bad line skipped with its line number", async () => {
    const { documents, warnings } = await read({
      "feed.jsonl": [
        '{"text": "One.", "title": "1"}',
        "",
        '{"text": broken}',
        '{"text": "Three."}',
        "   ",
        '{"title": "no text"}',
        "",
      ].join("\r\n"),
      "more.ndjson": '{"text": "Only."}\n',
    });
    expect(documents.map((d) => [d.file, d.format, d.record, d.text])).toEqual([
      ["feed.jsonl", "jsonl", 0, "One."],
      ["feed.jsonl", "jsonl", 2, "Three."],
      ["more.ndjson", "jsonl", 0, "Only."],
    ]);
    expect(documents[0]?.title).toBe("1");
    expect(warnings).toEqual([
      { file: "feed.jsonl", reason: "line 3: invalid JSON, skipped" },
      { file: "feed.jsonl", reason: 'line 6: no "text" string, skipped' },
    ]);
  });
});
