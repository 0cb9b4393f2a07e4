import { afterEach, describe, expect, test } from "vitest";
import { readCorpusFolder } from "../../src/corpus/read/index.js";
import { makeTempCorpus, removeTempCorpora } from "../fixtures/read/tempCorpus.js";

afterEach(removeTempCorpora);

async function readOne(file: string, content: string) {
  const dir = await makeTempCorpus({ [file]: content });
  return readCorpusFolder(dir);
}

const PAGE = `<!doctype html>
<html lang="fr">
<head>
  <title>Page title | Site</title>
  <meta property="og:title" content="L&#8217;OTAN et la Russie">
  <meta property="og:url" content="https://example.org/og">
  <meta property="article:published_time" content="2022-01-12T18:30:00+01:00">
  <link rel="canonical" href="https://example.org/canonical">
  <style>body { color: red }</style>
  <script>var tracking = "should not appear";</script>
</head>
<body>
  <nav><a href="/">Home</a> <a href="/world">World</a></nav>
  <article>
    <h1>Headline &amp; more</h1>
    <p>First   paragraph,
       on two lines with <em>emphasis</em> and a <a href="/x">link</a>.</p>
    <p>Caf&eacute; &laquo;&nbsp;cr&egrave;me&nbsp;&raquo; &lt;tag&gt;</p>
    <div>Line one<br>Line two</div>
    <ul><li>Item one</li><li>Item two</li></ul>
    <blockquote>A quote.</blockquote>
    <figure><img src="a.jpg" alt="ignored"><figcaption>Caption (AFP)</figcaption></figure>
    <table><tr><td>Cell A</td><td>Cell B</td></tr></table>
    <script>document.write("no")</script>
    <noscript>Enable JavaScript</noscript>
    <form><input name="q"><button>Search</button></form>
    <aside>Read also: something else</aside>
    <iframe src="https://video.example"></iframe>
    <svg><title>icon</title><path d="M0"/></svg>
    <template><p>template text</p></template>
  </article>
  <footer>© Site 2022</footer>
</body>
</html>`;

describe("readCorpusFolder: HTML", () => {
  test("keeps only visible article text, one block per paragraph, entities decoded", async () => {
    const { documents, warnings } = await readOne("page.html", PAGE);
    expect(warnings).toEqual([]);
    expect(documents[0]?.text).toBe(
      [
        "Headline & more",
        "First paragraph, on two lines with emphasis and a link.",
        "Café «\u00a0crème\u00a0» <tag>",
        "Line one",
        "Line two",
        "Item one",
        "Item two",
        "A quote.",
        "Caption (AFP)",
        "Cell A Cell B",
      ].join("\n\n"),
    );
  });

  test("takes title from og:title, date from article:published_time, url from canonical, language from <html lang>", async () => {
    const { documents } = await readOne("page.htm", PAGE);
    expect(documents[0]).toMatchObject({
      file: "page.htm",
      format: "html",
      record: 0,
      title: "L’OTAN et la Russie",
      date: "2022-01-12T18:30:00+01:00",
      url: "https://example.org/canonical",
      language: "fr",
    });
  });

  test("falls back to <title>, <time datetime> and og:url", async () => {
    const html = `<html><head><title> The  &quot;title&quot; </title>
      <meta property="og:url" content="https://example.org/og"></head>
      <body><h1>Heading</h1><p><time datetime="2022-01-07">7 January</time> Text.</p></body></html>`;
    const { documents } = await readOne("a.html", html);
    expect(documents[0]).toEqual({
      file: "a.html",
      format: "html",
      text: "Heading\n\n7 January Text.",
      record: 0,
      title: 'The "title"',
      date: "2022-01-07",
      url: "https://example.org/og",
    });
  });

  test("falls back to the first <h1> for the title and <meta name=date> for the date", async () => {
    const html = `<meta name="date" content="2021-12-01"><svg><title>icon</title></svg>
      <h1>First <b>heading</b></h1><h1>Second</h1><p>Body.</p>`;
    const { documents } = await readOne("b.html", html);
    expect(documents[0]).toMatchObject({
      title: "First heading",
      date: "2021-12-01",
      text: "First heading\n\nSecond\n\nBody.",
    });
  });

  test("ignores a date that is not ISO and uses the next source", async () => {
    const html = `<meta property="article:published_time" content="12 janvier">
      <p><time datetime="2022-01-12">12 janvier</time></p>`;
    const { documents } = await readOne("c.html", html);
    expect(documents[0]?.date).toBe("2022-01-12");
  });

  test("a page with no visible text is skipped with 'no text content, skipped'", async () => {
    const dir = await makeTempCorpus({
      "good.txt": "Good.",
      "shell.html":
        "<html><head><title>App</title><script>render()</script></head><body><nav>Menu</nav></body></html>",
    });
    const { documents, warnings } = await readCorpusFolder(dir);
    expect(documents.map((d) => d.file)).toEqual(["good.txt"]);
    expect(warnings).toEqual([{ file: "shell.html", reason: "no text content, skipped" }]);
  });
});
