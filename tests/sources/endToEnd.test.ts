import { copyFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { cli, cliJson, makeTempDir, REPO_ROOT, removeTempDirs } from "../cli/cliHarness.js";
import { type FeedServer, startFeedServer } from "../support/feedServer.js";
import { THREE_ITEMS } from "./feedArticles.js";

let server: FeedServer | null = null;
afterEach(async () => {
  await server?.close();
  server = null;
  removeTempDirs();
});

const [OTAN, GENEVE, IRAN] = THREE_ITEMS as [
  (typeof THREE_ITEMS)[0],
  (typeof THREE_ITEMS)[0],
  (typeof THREE_ITEMS)[0],
];

/** An RSS 2.0 feed of the three items; the third carries only a teaser, its page the rest. */
function rss(base: string, guidPrefix: string): string {
  const full = (item: typeof OTAN, path: string, day: string) => `
    <item>
      <title>${item.title}</title>
      <link>${base}${path}?utm_source=rss</link>
      <guid isPermaLink="false">${guidPrefix}${path}</guid>
      <pubDate>${day}</pubDate>
      <description>${item.text.slice(0, 80)}…</description>
      <content:encoded><![CDATA[<p>${item.text}</p>]]></content:encoded>
    </item>`;
  return `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">
  <channel>
    <title>Loopback News</title>
    <link>${base}/</link>
    <description>News served on 127.0.0.1</description>
    ${full(OTAN, "/articles/otan", "Wed, 14 Jan 2026 09:00:00 GMT")}
    ${full(GENEVE, "/articles/geneve", "Wed, 14 Jan 2026 12:00:00 GMT")}
    <item>
      <title>${IRAN.title}</title>
      <link>${base}/articles/iran</link>
      <guid isPermaLink="false">${guidPrefix}/articles/iran</guid>
      <pubDate>Wed, 14 Jan 2026 15:00:00 GMT</pubDate>
      <description>Les négociations sur le nucléaire iranien ont repris à Vienne…</description>
    </item>
  </channel>
</rss>`;
}

const IRAN_PAGE = `<!doctype html>
<html lang="fr"><head>
  <meta charset="utf-8">
  <title>${IRAN.title} | Loopback</title>
  <meta property="og:site_name" content="Loopback Site">
  <meta property="article:published_time" content="2026-01-14T15:00:00Z">
</head><body>
  <nav><a href="/">Accueil</a> <a href="/monde">Monde</a></nav>
  <article>
    <h1>${IRAN.title}</h1>
    ${IRAN.text
      .split(". ")
      .map((sentence) => `<p>${sentence.replace(/\.$/, "")}. ${sentence}</p>`)
      .join("\n    ")}
  </article>
  <footer>© Loopback</footer>
</body></html>`;

describe("live sources end to end, over a loopback feed with the real fetcher", () => {
  it("a feed publishes three items: one poll brings them to digest and search with outlet and link; changed GUIDs add nothing", async () => {
    let guidPrefix = "v1";
    server = await startFeedServer({
      "/": {
        headers: { "content-type": "text/html; charset=utf-8" },
        body: '<!doctype html><html><head><title>Loopback</title><link rel="alternate" type="application/rss+xml" title="RSS" href="/feed.xml"></head><body>Home</body></html>',
      },
      "/feed.xml": (request) =>
        request.headers["if-none-match"] === `"${guidPrefix}"`
          ? { status: 304, headers: { etag: `"${guidPrefix}"` } }
          : {
              headers: { "content-type": "application/rss+xml", etag: `"${guidPrefix}"` },
              body: rss(server?.url("") ?? "", guidPrefix),
            },
      "/articles/iran": {
        headers: { "content-type": "text/html; charset=utf-8" },
        body: IRAN_PAGE,
      },
    });
    const corpus = makeTempDir();
    for (const file of ["000_3ab86442644f17d1.txt", "001_af7f786ff45170bb.txt"]) {
      copyFileSync(join(REPO_ROOT, "corpus", file), join(corpus, file));
    }
    const env = { BRIEFBOT_DATA_DIR: makeTempDir() };
    const feedUrl = server.url("/feed.xml");

    const added = await cliJson<{ sources: { url: string; name: string }[] }>(
      ["sources", "add", server.url("/")],
      { env },
    );
    expect(added.sources.map((s) => s.url)).toEqual([feedUrl]);

    const polled = await cliJson<{
      added: number;
      feeds: {
        name: string;
        added: { title: string; url: string; pageFailed: boolean; file: string }[];
      }[];
    }>(["poll", "--corpus", corpus], { env });
    expect(polled.added).toBe(3);
    expect(polled.feeds[0]?.name).toBe("Loopback News");
    expect(polled.feeds[0]?.added.map((a) => [a.title, a.url, a.pageFailed])).toEqual([
      [OTAN.title, server.url("/articles/otan"), false],
      [GENEVE.title, server.url("/articles/geneve"), false],
      [IRAN.title, server.url("/articles/iran"), false],
    ]);
    // A source added without a name is filed under its host: the feed's title may change.
    expect(polled.feeds[0]?.added[0]?.file).toMatch(/^sources\/127-0-0-1\/2026-01-14-/);
    const folder = join(corpus, "sources", "127-0-0-1");
    expect(readdirSync(folder)).toHaveLength(3);
    // The teaser's page was read once; the full items' pages never.
    expect(server.requests.map((r) => r.path)).toEqual(["/", "/feed.xml", "/articles/iran"]);

    const digest = await cliJson<{ sources: { title: string; outlet: string; url: string }[] }>(
      ["digest", "--corpus", corpus],
      { env },
    );
    const live = digest.sources
      .filter((s) => s.url?.startsWith(server?.url("") ?? "-"))
      .map((s) => [s.title, s.outlet, s.url])
      .sort();
    expect(live).toEqual(
      [
        [OTAN.title, "Loopback News", server.url("/articles/otan")],
        [GENEVE.title, "Loopback News", server.url("/articles/geneve")],
        [IRAN.title, "Loopback News", server.url("/articles/iran")],
      ].sort(),
    );
    const search = await cliJson<{ sources: { title: string; outlet: string; url: string }[] }>(
      ["search", "Vienne", "--corpus", corpus],
      { env },
    );
    expect(search.sources).toContainEqual(
      expect.objectContaining({
        title: IRAN.title,
        outlet: "Loopback News",
        url: server.url("/articles/iran"),
      }),
    );

    const brief = await cliJson<{
      sentences: { citation: number }[];
      sources: { title: string; outlet: string; url: string }[];
    }>(["brief", "iran", "--corpus", corpus], { env });
    expect(brief.sources).toContainEqual(
      expect.objectContaining({
        title: IRAN.title,
        outlet: "Loopback News",
        url: server.url("/articles/iran"),
      }),
    );

    guidPrefix = "v2";
    const again = await cli(["poll", "--all", "--corpus", corpus], { env });
    expect(again.stdout).toMatch(/^Loopback News: nothing new\n0 articles added; /);
    expect(readdirSync(folder)).toHaveLength(3);
    const feedRequests = server.requestsTo("/feed.xml");
    expect(feedRequests.map((r) => r.headers["if-none-match"])).toEqual([undefined, '"v1"']);
    expect(server.requestsTo("/articles/iran")).toHaveLength(1);
  });
});
