import { afterEach, describe, expect, test } from "vitest";
import { readCorpusFolder } from "../../src/corpus/read/index.js";
import { makeTempCorpus, removeTempCorpora } from "../fixtures/read/tempCorpus.js";

afterEach(removeTempCorpora);

async function readMarkdown(content: string, file = "article.md") {
  const dir = await makeTempCorpus({ "good.txt": "Good.", [file]: content });
  const { documents, warnings } = await readCorpusFolder(dir);
  return { document: documents.find((d) => d.file === file), warnings };
}

describe("readCorpusFolder: markdown", () => {
  test("a leading '# Heading' becomes the title and leaves the text", async () => {
    const { document, warnings } = await readMarkdown(
      "\n# Blinken meets *Lavrov*\n\nFirst paragraph.\n",
    );
    expect(document).toEqual({
      file: "article.md",
      format: "md",
      text: "First paragraph.",
      record: 0,
      title: "Blinken meets Lavrov",
    });
    expect(warnings).toEqual([]);
  });

  test("removes images, link targets, emphasis and code markers", async () => {
    const { document } = await readMarkdown(
      [
        "# Title",
        "",
        '![Photo: AFP](https://img.example/a.jpg) The **NATO** council met in [Brussels](https://example.org/b "B").',
        "",
        "It was _very_ long, said ~~nobody~~ `someone`, see [the report][r].",
        "",
        "snake_case_name and 2 * 3 * 4 stay; \\*literal stars\\* too.",
        "",
        "[r]: https://example.org/report",
      ].join("\n"),
    );
    expect(document?.text).toBe(
      [
        "The NATO council met in Brussels.",
        "",
        "It was very long, said nobody someone, see the report.",
        "",
        "snake_case_name and 2 * 3 * 4 stay; *literal stars* too.",
      ].join("\n"),
    );
  });

  test("strips heading, list, quote and rule markers but keeps their text", async () => {
    const { document } = await readMarkdown(
      [
        "Intro line.",
        "",
        "## Background ##",
        "",
        "- first point",
        "* second point",
        "1. numbered",
        "",
        "> quoted words",
        "",
        "---",
        "",
        "Sub heading",
        "-----------",
        "Last.",
      ].join("\n"),
    );
    expect(document?.title).toBeUndefined();
    expect(document?.text).toBe(
      [
        "Intro line.",
        "",
        "Background",
        "",
        "first point",
        "second point",
        "numbered",
        "",
        "quoted words",
        "",
        "Sub heading",
        "Last.",
      ].join("\n"),
    );
  });

  test("a setext title, front matter and fenced code", async () => {
    const { document } = await readMarkdown(
      [
        "---",
        'date: "2022-01-21"',
        "outlet: Le Temps",
        "lang: fr",
        "---",
        "Geneva talks",
        "============",
        "",
        "```",
        "*kept as written*",
        "```",
        "Text.",
      ].join("\n"),
      "talks.markdown",
    );
    expect(document).toEqual({
      file: "talks.markdown",
      format: "md",
      text: "*kept as written*\nText.",
      record: 0,
      title: "Geneva talks",
      date: "2022-01-21",
      outlet: "Le Temps",
      language: "fr",
    });
  });

  test("a markdown file with only a title is skipped with 'no text content, skipped'", async () => {
    const { document, warnings } = await readMarkdown("# Only a title\n");
    expect(document).toBeUndefined();
    expect(warnings).toEqual([{ file: "article.md", reason: "no text content, skipped" }]);
  });
});
