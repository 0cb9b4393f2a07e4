import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createFetcher } from "../../../src/sources/fetch/createFetcher.js";
import { type FeedServer, startFeedServer } from "../../support/feedServer.js";
import { failureOf } from "./failureOf.js";

const HOME = `<!DOCTYPE html>
<html><head>
  <title>Daily Example</title>
  <link rel="stylesheet" href="/style.css">
  <link rel="alternate" type="application/rss+xml" title="All news" href="/feeds/all.rss">
  <link rel="alternate" type="application/atom+xml" href="https://cdn.example/atom.xml?utm_source=home">
  <link rel="alternate" type="application/feed+json" href="feed.json">
  <link rel="alternate" type="application/rss+xml" href="javascript:alert(1)">
  <link rel="alternate" type="application/rss+xml" href="/feeds/all.rss">
  <link rel="alternate" hreflang="fr" href="/fr/">
</head><body><p>Welcome</p></body></html>`;

const RSS = `<?xml version="1.0"?><rss version="2.0"><channel><title>All</title></channel></rss>`;

let server: FeedServer;
const fetcher = createFetcher({ limits: { totalTimeoutMs: 5_000 } });

beforeAll(async () => {
  server = await startFeedServer({
    "/": { headers: { "content-type": "text/html" }, body: HOME },
    "/section/": {
      headers: { "content-type": "text/html" },
      body: `<html><head><base href="https://base.example/sub/"><link rel="alternate" type="application/rss+xml" href="rss"></head></html>`,
    },
    "/feeds/all.rss": { headers: { "content-type": "application/rss+xml" }, body: RSS },
    "/bare": {
      headers: { "content-type": "text/html" },
      body: "<!DOCTYPE html><html><head><title>No feeds</title></head><body></body></html>",
    },
    "/data.csv": { headers: { "content-type": "text/csv" }, body: "a,b\n1,2\n" },
  });
});

afterAll(() => server.close());

describe("discover", () => {
  it("lists the feeds a home page announces, resolved, deduplicated, http(s) only", async () => {
    expect(await fetcher.discover(server.url("/"))).toEqual([
      server.url("/feeds/all.rss"),
      "https://cdn.example/atom.xml",
      server.url("/feed.json"),
    ]);
  });

  it("resolves against <base href>", async () => {
    expect(await fetcher.discover(server.url("/section/"))).toEqual([
      "https://base.example/sub/rss",
    ]);
  });

  it("gives the address itself when it answers a feed", async () => {
    expect(await fetcher.discover(server.url("/feeds/all.rss"))).toEqual([
      server.url("/feeds/all.rss"),
    ]);
  });

  it("a page that announces no feed is not-a-feed with a clear message", async () => {
    const error = await failureOf(fetcher.discover(server.url("/bare")));
    expect(error.kind).toBe("not-a-feed");
    expect(error.message).toBe(
      `${server.url("/bare")} is a web page that announces no feed (no <link rel="alternate"> of an RSS, Atom or JSON Feed type)`,
    );
  });

  it("an answer that is neither page nor feed is not-a-feed", async () => {
    const error = await failureOf(fetcher.discover(server.url("/data.csv")));
    expect(error.kind).toBe("not-a-feed");
  });
});
