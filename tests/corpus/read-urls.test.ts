import { afterEach, describe, expect, test } from "vitest";
import { readCorpusFolder } from "../../src/corpus/read/index.js";
import { makeTempCorpus, removeTempCorpora } from "../fixtures/read/tempCorpus.js";

afterEach(removeTempCorpora);

const TEXT = "Les ministres se sont réunis à Bruxelles mardi pour discuter du budget.";

describe("readCorpusFolder: article addresses that are not http(s)", () => {
  test("drops javascript:, data:, vbscript: and file: addresses with a warning naming the file, keeping http(s) ones", async () => {
    const dir = await makeTempCorpus({
      "a.json": JSON.stringify([
        { text: TEXT, url: "javascript:alert(document.cookie)" },
        { text: TEXT, url: "https://example.org/b" },
        { text: TEXT, url: "data:text/html,<script>alert(1)</script><p>hello</p>" },
      ]),
      "b.html": `<html><head><link rel="canonical" href="vbscript:msgbox(1)"></head><body><p>${TEXT}</p></body></html>`,
      "c.md": `---\nurl: file:///etc/passwd\n---\n\n${TEXT}\n`,
      "d.txt": `${TEXT}\n`,
      "e.html": `<html><head><meta property="og:url" content="JavaScript:alert(2)"></head><body><p>${TEXT}</p></body></html>`,
      "manifest.json": JSON.stringify({
        files: {
          "d.txt": { url: " javascript:alert(3)" },
          "e.html": { url: "http://example.org/e" },
        },
      }),
    });
    const { documents, warnings } = await readCorpusFolder(dir);
    expect(documents.map((d) => [d.file, d.record, d.url ?? null])).toEqual([
      ["a.json", 0, null],
      ["a.json", 1, "https://example.org/b"],
      ["a.json", 2, null],
      ["b.html", 0, null],
      ["c.md", 0, null],
      ["d.txt", 0, null],
      ["e.html", 0, "http://example.org/e"],
    ]);
    expect(warnings).toEqual([
      {
        file: "manifest.json",
        reason:
          'files["d.txt"]: url is not an http(s) address, found "javascript:alert(3)"; ignored',
      },
      {
        file: "a.json",
        reason:
          'record 0: url is not an http(s) address, found "javascript:alert(document.cookie)"; ignored',
      },
      {
        file: "a.json",
        reason:
          'record 2: url is not an http(s) address, found "data:text/html,<script>alert(1)</script>…"; ignored',
      },
      {
        file: "b.html",
        reason: 'url is not an http(s) address, found "vbscript:msgbox(1)"; ignored',
      },
      {
        file: "c.md",
        reason: 'url is not an http(s) address, found "file:///etc/passwd"; ignored',
      },
      {
        file: "e.html",
        reason: 'url is not an http(s) address, found "JavaScript:alert(2)"; ignored',
      },
    ]);
  });
});
