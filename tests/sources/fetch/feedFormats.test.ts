import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createFetcher } from "../../../src/sources/fetch/createFetcher.js";
import type { FeedResponse } from "../../../src/sources/types.js";
import { type FeedServer, startFeedServer } from "../../support/feedServer.js";
import { failureOf } from "./failureOf.js";

const RSS = `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/">
<channel>
  <title>Le Monde &amp; co</title>
  <link>https://news.example/</link>
  <item>
    <title><![CDATA[Budget : l’Assemblée <b>adopte</b> le texte]]></title>
    <link>/politique/budget?utm_source=rss&amp;id=7</link>
    <guid isPermaLink="false">urn:lemonde:budget-7</guid>
    <description>Court r&#233;sum&#xE9; &amp;amp; teaser…</description>
    <content:encoded><![CDATA[<p>Les députés ont <em>adopté</em> le budget &amp; ses annexes.</p><script>alert(1)</script><p>Second paragraphe.</p>]]></content:encoded>
    <dc:creator>Jeanne Martin</dc:creator>
    <pubDate>Fri, 01 Mar 2024 10:00:00 GMT</pubDate>
  </item>
  <item>
    <title>Only a description</title>
    <link>javascript:alert(document.cookie)</link>
    <description>&lt;p&gt;A short teaser &amp;mdash; read more&lt;/p&gt;</description>
    <dc:date>2024-03-02T08:30:00+01:00</dc:date>
    <pubDate>not a date</pubDate>
  </item>
  <item>
    <title>Dated nonsense</title>
    <guid>https://news.example/permalink/3</guid>
    <description>Caf&eacute; &amp; cr&egrave;me</description>
    <pubDate>31 Feb 2024 10:00:00 GMT</pubDate>
  </item>
</channel>
</rss>`;

const ATOM = `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:base="https://blog.example/news/">
  <title type="html">Blog &lt;em&gt;News&lt;/em&gt;</title>
  <id>urn:blog</id>
  <updated>2024-01-03T00:00:00Z</updated>
  <entry xml:base="2024/">
    <title>First &amp; foremost</title>
    <link rel="edit" href="/api/1"/>
    <link rel="alternate" type="text/html" href="first.html#top"/>
    <id>urn:blog:1</id>
    <updated>2024-01-02T12:00:00Z</updated>
    <published>2024-01-01T09:00:00+02:00</published>
    <author><name>Bob Stone</name></author>
    <summary>Summary only</summary>
    <content type="html">&lt;p&gt;Full &lt;strong&gt;story&lt;/strong&gt; text.&lt;/p&gt;</content>
  </entry>
  <entry>
    <title>Second</title>
    <link href="second.html"/>
    <id>urn:blog:2</id>
    <updated>2024-01-03T00:00:00Z</updated>
    <summary>A summary that ends [...]</summary>
  </entry>
</feed>`;

const RDF = `<?xml version="1.0"?>
<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/">
  <channel rdf:about="https://rdf.example/"><title>RDF Daily</title><link>https://rdf.example/</link></channel>
  <item rdf:about="https://rdf.example/story/1">
    <title>Story one</title>
    <link>https://rdf.example/story/1</link>
    <description>Brief &amp; short</description>
    <dc:date>2024-01-05T06:00:00Z</dc:date>
    <dc:creator>Zoé Roux</dc:creator>
  </item>
</rdf:RDF>`;

const JSON_FEED = JSON.stringify({
  version: "https://jsonfeed.org/version/1.1",
  title: "JSON Times",
  home_page_url: "https://json.example/",
  items: [
    {
      id: "j1",
      url: "/p/1",
      title: "Hello",
      content_html: "<p>Hi <b>there</b></p>",
      date_published: "2024-02-03T04:05:06+01:00",
      authors: [{ name: "Ann Lee" }],
    },
    { id: "j2", external_url: "https://elsewhere.example/x", content_text: "plain text" },
  ],
});

/** "Prix : 5 € — œuvre « élégante » ’" in each encoding. */
const LATIN1_TITLE = Buffer.from("Café élégant à Noël", "latin1");
const WINDOWS_1252_TITLE = Buffer.from([
  ...Buffer.from("Prix ", "latin1"),
  0x80, // €
  ...Buffer.from(" ", "latin1"),
  0x9c, // œ
  ...Buffer.from("uvre l", "latin1"),
  0x92, // ’
  ...Buffer.from("été", "latin1"),
]);

function rssWith(title: Buffer, declaration: string): Buffer {
  return Buffer.concat([
    Buffer.from(
      `<?xml version="1.0"${declaration}?><rss version="2.0"><channel><title>T</title><item><title>`,
    ),
    title,
    Buffer.from("</title><description>d</description></item></channel></rss>"),
  ]);
}

const LAUGHS = `<?xml version="1.0"?>
<!DOCTYPE lolz [
  <!ENTITY lol "lol">
  <!ENTITY lol1 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
  <!ENTITY lol2 "&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;">
  <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
  <!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
  <!ENTITY lol5 "&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;">
  <!ENTITY lol6 "&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;">
  <!ENTITY lol7 "&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;">
  <!ENTITY lol8 "&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;">
  <!ENTITY lol9 "&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;">
]>
<rss version="2.0"><channel><title>&lol9;</title>
<item><title>&lol9;</title><description>laughs</description></item></channel></rss>`;

let server: FeedServer;
const fetcher = createFetcher({ limits: { totalTimeoutMs: 5_000 } });

beforeAll(async () => {
  server = await startFeedServer({
    "/rss": { headers: { "content-type": "application/rss+xml; charset=utf-8" }, body: RSS },
    "/atom": { headers: { "content-type": "application/atom+xml" }, body: ATOM },
    "/rdf": { headers: { "content-type": "application/rdf+xml" }, body: RDF },
    "/json": { headers: { "content-type": "application/feed+json" }, body: JSON_FEED },
    "/latin1-header": {
      headers: { "content-type": "text/xml; charset=ISO-8859-1" },
      body: rssWith(LATIN1_TITLE, ""),
    },
    "/latin1-declaration": {
      headers: { "content-type": "text/xml" },
      body: rssWith(LATIN1_TITLE, ' encoding="ISO-8859-1"'),
    },
    "/windows-1252": {
      headers: { "content-type": "application/rss+xml" },
      body: rssWith(WINDOWS_1252_TITLE, " encoding='windows-1252'"),
    },
    "/laughs": { headers: { "content-type": "application/rss+xml" }, body: LAUGHS },
    "/malformed": {
      headers: { "content-type": "application/rss+xml" },
      body: "<rss version='2.0'><channel><title>x</title><item><title>a</item></channel></rss>",
    },
    "/malformed-json": {
      headers: { "content-type": "application/feed+json" },
      body: '{"version": ',
    },
    "/page": {
      headers: { "content-type": "text/html; charset=utf-8" },
      body: "<!DOCTYPE html><html><head><title>Home</title></head><body><p>Hello</p></body></html>",
    },
    "/not-a-feed-xml": {
      headers: { "content-type": "application/xml" },
      body: "<?xml version='1.0'?><catalog><book>x</book></catalog>",
    },
  });
});

afterAll(() => server.close());

async function feed(path: string): Promise<Extract<FeedResponse, { kind: "feed" }>> {
  const response = await fetcher.fetchFeed(server.url(path), {});
  if (response.kind !== "feed") throw new Error(`expected a feed, got ${response.kind}`);
  return response;
}

describe("fetchFeed reads every feed format", () => {
  it("RSS 2.0 with content:encoded, dc:creator, CDATA, XML and HTML entities, relative links", async () => {
    const response = await feed("/rss");
    expect(response.finalUrl).toBe(server.url("/rss"));
    expect(response.title).toBe("Le Monde & co");
    expect(response.items).toEqual([
      {
        guid: "urn:lemonde:budget-7",
        url: server.url("/politique/budget?id=7"),
        title: "Budget : l’Assemblée adopte le texte",
        text: "Les députés ont adopté le budget & ses annexes.\n\nSecond paragraphe.",
        teaser: false,
        published: "2024-03-01T10:00:00.000Z",
        author: "Jeanne Martin",
      },
      {
        title: "Only a description",
        text: "A short teaser — read more",
        teaser: true,
        published: "2024-03-02T07:30:00.000Z",
      },
      {
        guid: "https://news.example/permalink/3",
        url: "https://news.example/permalink/3",
        title: "Dated nonsense",
        text: "Café & crème",
        teaser: true,
      },
    ]);
  });

  it("Atom with xml:base on the feed and the entry, html titles and content", async () => {
    const response = await feed("/atom");
    expect(response.title).toBe("Blog News");
    expect(response.items).toEqual([
      {
        guid: "urn:blog:1",
        url: "https://blog.example/news/2024/first.html",
        title: "First & foremost",
        text: "Full story text.",
        teaser: false,
        published: "2024-01-01T07:00:00.000Z",
        author: "Bob Stone",
      },
      {
        guid: "urn:blog:2",
        url: "https://blog.example/news/second.html",
        title: "Second",
        text: "A summary that ends [...]",
        teaser: true,
        published: "2024-01-03T00:00:00.000Z",
      },
    ]);
  });

  it("RSS 1.0 (RDF) with Dublin Core", async () => {
    const response = await feed("/rdf");
    expect(response.title).toBe("RDF Daily");
    expect(response.items).toEqual([
      {
        guid: "https://rdf.example/story/1",
        url: "https://rdf.example/story/1",
        title: "Story one",
        text: "Brief & short",
        teaser: true,
        published: "2024-01-05T06:00:00.000Z",
        author: "Zoé Roux",
      },
    ]);
  });

  it("JSON Feed, with links relative to the feed and plain-text content", async () => {
    const response = await feed("/json");
    expect(response.title).toBe("JSON Times");
    expect(response.items).toEqual([
      {
        guid: "j1",
        url: server.url("/p/1"),
        title: "Hello",
        text: "Hi there",
        teaser: false,
        published: "2024-02-03T03:05:06.000Z",
        author: "Ann Lee",
      },
      {
        guid: "j2",
        url: "https://elsewhere.example/x",
        text: "plain text",
        teaser: false,
      },
    ]);
  });
});

describe("fetchFeed decodes the declared charset", () => {
  it("ISO-8859-1 named in the Content-Type", async () => {
    const response = await feed("/latin1-header");
    expect(response.items[0]?.title).toBe("Café élégant à Noël");
  });

  it("ISO-8859-1 named only in the XML declaration", async () => {
    const response = await feed("/latin1-declaration");
    expect(response.items[0]?.title).toBe("Café élégant à Noël");
  });

  it("Windows-1252, with €, œ and a curly apostrophe", async () => {
    const response = await feed("/windows-1252");
    expect(response.items[0]?.title).toBe("Prix € œuvre l’été");
  });
});

describe("fetchFeed refuses what is not a usable feed", () => {
  it("leaves custom DTD entities unexpanded (billion laughs costs its own size)", async () => {
    const started = performance.now();
    const response = await feed("/laughs");
    expect(response.items).toEqual([{ title: "&lol9;", text: "laughs", teaser: true }]);
    expect(performance.now() - started).toBeLessThan(5_000);
  });

  it("malformed XML is a malformed error naming what broke", async () => {
    const error = await failureOf(fetcher.fetchFeed(server.url("/malformed"), {}));
    expect(error.kind).toBe("malformed");
    expect(error.message).toBe(
      `${server.url("/malformed")} is a broken XML feed: Unexpected end of title`,
    );
  });

  it("malformed JSON is a malformed error", async () => {
    const error = await failureOf(fetcher.fetchFeed(server.url("/malformed-json"), {}));
    expect(error.kind).toBe("malformed");
    expect(error.message).toMatch(
      /^http:\/\/127\.0\.0\.1:\d+\/malformed-json is a broken JSON feed: /,
    );
  });

  it("an HTML page given as a feed is not-a-feed, pointing to discovery", async () => {
    const error = await failureOf(fetcher.fetchFeed(server.url("/page"), {}));
    expect(error.kind).toBe("not-a-feed");
    expect(error.message).toBe(
      `${server.url("/page")} is a web page, not a feed; give the feed's own address (discover finds it)`,
    );
  });

  it("XML that is no feed format is not-a-feed", async () => {
    const error = await failureOf(fetcher.fetchFeed(server.url("/not-a-feed-xml"), {}));
    expect(error.kind).toBe("not-a-feed");
    expect(error.message).toBe(`${server.url("/not-a-feed-xml")} is not an RSS, Atom or JSON feed`);
  });
});
