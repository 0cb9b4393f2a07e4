import { afterEach, describe, expect, test } from "vitest";
import { BoundedHtmlParser, MAX_HTML_DEPTH } from "../../src/corpus/read/boundedHtmlParser.js";
import { extractHtml } from "../../src/corpus/read/extractHtml.js";
import { readCorpusFolder } from "../../src/corpus/read/index.js";
import { makeTempCorpus, removeTempCorpora } from "../fixtures/read/tempCorpus.js";

afterEach(removeTempCorpora);

const nested = (open: string, close: string, levels: number, inner: string): string =>
  open.repeat(levels) + inner + close.repeat(levels);

describe("deeply nested HTML", () => {
  test("100,000 nested <div>s: 512 stay open at most (a flat one beyond opens and closes at once), and every tag closes", () => {
    let open = 0;
    let deepest = 0;
    let text = "";
    const parser = BoundedHtmlParser.create({
      onopentag() {
        open++;
        deepest = Math.max(deepest, open);
      },
      onclosetag() {
        open--;
      },
      ontext(chunk) {
        text += chunk;
      },
    });
    parser.write(nested("<div>", "</div>", 100_000, "Deep text."));
    parser.end();
    expect(deepest).toBe(MAX_HTML_DEPTH + 1);
    expect(open).toBe(0);
    expect(text).toBe("Deep text.");
    expect(parser.report()).toEqual({ deepest: 512, flattened: 100_000 - 512 });
  });

  test("100,000 nested <div>s give their text and a warning saying the page was read flat", () => {
    const html = `<html><body>${nested("<div>", "</div>", 100_000, "<p>Deep text here.</p>")}</body></html>`;
    expect(extractHtml(html)).toEqual({
      text: "Deep text here.",
      metadata: {},
      warning: "elements nested deeper than 512 levels; 99,491 tags beyond that depth read flat",
    });
  });

  test("100,000 nested table rows and cells are read in well under 10 s (the n² parser took minutes)", () => {
    const html = nested("<table><tr><td>", "", 100_000, "Cell text.");
    const started = performance.now();
    const { text } = extractHtml(html);
    expect(performance.now() - started).toBeLessThan(10_000);
    expect(text).toBe("Cell text.");
  }, 60_000);

  test("a <script> beyond the depth limit stays out of the text", () => {
    const html = nested(
      "<div>",
      "</div>",
      600,
      "<script>alert(1)</script><p>Visible.</p><style>p{}</style>",
    );
    expect(extractHtml(html).text).toBe("Visible.");
  });

  test("a page nested less than 512 deep reads as before, without a warning", () => {
    expect(extractHtml(nested("<div>", "</div>", 500, "<p>One.</p><p>Two.</p>"))).toEqual({
      text: "One.\n\nTwo.",
      metadata: {},
    });
  });

  test("a corpus file of 100,000 nested <div>s loads with its text and the warning naming it", async () => {
    const dir = await makeTempCorpus({
      "deep.html": nested("<div>", "</div>", 100_000, "<p>Deep text here.</p>"),
    });
    const { documents, warnings } = await readCorpusFolder(dir);
    expect(documents.map((d) => d.text)).toEqual(["Deep text here."]);
    expect(warnings).toEqual([
      {
        file: "deep.html",
        reason: "elements nested deeper than 512 levels; 99,489 tags beyond that depth read flat",
      },
    ]);
  });
});
