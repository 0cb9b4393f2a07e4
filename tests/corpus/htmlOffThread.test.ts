import { describe, expect, it } from "vitest";
import { extractHtml } from "../../src/corpus/read/extractHtml.js";
import { extractHtmlOffThread } from "../../src/corpus/read/extractHtmlOffThread.js";

const PAGE = `<html lang="fr"><head><title>Sommet de l'OTAN</title></head><body>
<p>Les ministres se sont réunis mardi à Bruxelles.</p><p>${"Un long paragraphe. ".repeat(2000)}</p>
</body></html>`;

describe("large HTML pages are parsed on a worker thread under a time limit", () => {
  it("gives exactly what parsing here gives", async () => {
    const here = extractHtml(PAGE);
    const there = await extractHtmlOffThread(PAGE, { offThreadFrom: 0, timeoutMs: 60_000 });
    expect(there).toEqual(here);
    expect(there.metadata.title).toBe("Sommet de l'OTAN");
  });

  it("skips a page that takes longer than the limit, with a warning, and stops the worker", async () => {
    // A worker cannot even start within 1 ms: the limit always passes first.
    const result = await extractHtmlOffThread(PAGE, { offThreadFrom: 0, timeoutMs: 1 });
    expect(result).toEqual({
      text: "",
      metadata: {},
      warning: "the page took longer than 1 ms to read, skipped",
    });
  });

  it("parses a small page here", async () => {
    const small = "<p>Une phrase courte dans une page.</p>";
    expect(await extractHtmlOffThread(small, { offThreadFrom: 1000, timeoutMs: 1 })).toEqual(
      extractHtml(small),
    );
  });
});
