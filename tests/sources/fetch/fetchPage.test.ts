import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createFetcher } from "../../../src/sources/fetch/createFetcher.js";
import { type FeedServer, startFeedServer } from "../../support/feedServer.js";
import { failureOf } from "./failureOf.js";

const PARAGRAPHS = [
  "The city council voted on Tuesday to expand the tram network by twelve kilometres, after a debate that lasted most of the afternoon and drew a large crowd to the public gallery.",
  "Supporters said the extension would cut commuting times for the eastern districts, where buses are often full before they reach the centre, and would reduce traffic on the ring road.",
  "Opponents questioned the cost, estimated at four hundred million euros, and asked whether the regional government would keep its promise to pay a third of the bill over ten years.",
  "Work is expected to begin next spring, with the first new stations opening in two years if the tendering process goes to plan and no appeal delays the building permits.",
];

const ARTICLE = `<!DOCTYPE html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <title>Tram network to grow by 12 km | Metro Herald</title>
  <link rel="canonical" href="/news/tram-extension?utm_campaign=share">
  <meta property="og:url" content="https://elsewhere.example/ignored">
  <meta property="og:site_name" content="Metro Herald">
  <meta property="og:title" content="Tram network to grow by 12 km">
  <meta name="author" content="Clara Dubois">
  <meta property="article:published_time" content="2024-05-14T09:30:00+02:00">
</head>
<body>
  <nav><a href="/">Home</a> <a href="/news">News</a></nav>
  <article>
    <h1>Tram network to grow by 12 km</h1>
    ${PARAGRAPHS.map((text) => `<p>${text}</p>`).join("\n    ")}
  </article>
  <footer>© Metro Herald</footer>
  <script>trackReader();</script>
</body>
</html>`;

const JSON_LD_ARTICLE = `<!DOCTYPE html>
<html><head><title>Quiet harbour</title>
<meta property="og:url" content="https://harbour.example/story?ref=home">
<meta property="article:author" content="https://harbour.example/authors/sam">
<script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"WebSite","name":"Harbour"},{"@type":"NewsArticle","headline":"Quiet harbour","datePublished":"2024-06-01T06:00:00Z","author":{"@type":"Person","name":"Sam Reed"}}]}</script>
</head><body><main><article>${PARAGRAPHS.map((text) => `<p>${text}</p>`).join("")}</article></main></body></html>`;

const TIME_ARTICLE = `<!DOCTYPE html>
<html><head><title>Plain page</title></head><body><article>
<p>Posted <time datetime="2024-07-02">2 July</time></p>
${PARAGRAPHS.map((text) => `<p>${text}</p>`).join("")}</article></body></html>`;

let server: FeedServer;
const fetcher = createFetcher({ limits: { totalTimeoutMs: 5_000, maxDecodedBytes: 64 * 1024 } });
const HTML = { "content-type": "text/html; charset=utf-8" };

beforeAll(async () => {
  server = await startFeedServer({
    "/article": { headers: HTML, body: ARTICLE },
    "/moved": { status: 301, redirect: "/json-ld" },
    "/json-ld": { headers: HTML, body: JSON_LD_ARTICLE },
    "/time": { headers: HTML, body: TIME_ARTICLE },
    "/paywall": { status: 403, headers: HTML, body: "<p>Subscribers only</p>" },
    "/report.pdf": { headers: { "content-type": "application/pdf" }, body: "%PDF-1.7 binary-ish" },
    "/huge": {
      headers: HTML,
      body: `<html><body>${"<p>filler text</p>".repeat(10_000)}</body></html>`,
    },
  });
});

afterAll(() => server.close());

describe("fetchPage", () => {
  it("reads the article with the reader view and the page's canonical and og metadata", async () => {
    const page = await fetcher.fetchPage(server.url("/article"));
    expect(page).toEqual({
      url: server.url("/news/tram-extension"),
      title: "Tram network to grow by 12 km",
      text: PARAGRAPHS.join("\n\n"),
      outlet: "Metro Herald",
      author: "Clara Dubois",
      published: "2024-05-14T07:30:00.000Z",
    });
  });

  it("takes og:url, JSON-LD datePublished and author (not an author page URL) after a redirect", async () => {
    const page = await fetcher.fetchPage(server.url("/moved"));
    expect(page.url).toBe("https://harbour.example/story");
    expect(page.published).toBe("2024-06-01T06:00:00.000Z");
    expect(page.author).toBe("Sam Reed");
    expect(page.text).toBe(PARAGRAPHS.join("\n\n"));
  });

  it("falls back to the final URL and the first <time datetime>", async () => {
    const page = await fetcher.fetchPage(server.url("/time"));
    expect(page.url).toBe(server.url("/time"));
    expect(page.published).toBe("2024-07-02T00:00:00.000Z");
    expect(page.outlet).toBeUndefined();
  });

  it("a page behind a 403 is an http error", async () => {
    const error = await failureOf(fetcher.fetchPage(server.url("/paywall")));
    expect(error.kind).toBe("http");
    expect(error.details).toEqual({ status: 403 });
  });

  it("an answer that is not HTML is refused", async () => {
    const error = await failureOf(fetcher.fetchPage(server.url("/report.pdf")));
    expect(error.kind).toBe("malformed");
    expect(error.message).toBe(
      `${server.url("/report.pdf")} answered application/pdf, not an HTML page`,
    );
  });

  it("a page over the size limit is refused before it is parsed", async () => {
    const error = await failureOf(fetcher.fetchPage(server.url("/huge")));
    expect(error.kind).toBe("too-large");
  });
});
