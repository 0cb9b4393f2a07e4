import { afterEach, describe, expect, it } from "vitest";
import type { FeedItem } from "../../src/sources/types.js";
import { SourceFetchError } from "../../src/sources/types.js";
import { articleText } from "./fakeFetcher.js";
import { articleFiles, cleanUp, configOf, readArticle, rig, sibling } from "./harness.js";

afterEach(cleanUp);

const MIN = 60_000;
const FEED = "https://news.test/feed.xml";
const OTHER = "https://other.test/rss";

const item = (n: number, extra: Partial<FeedItem> = {}): FeedItem => ({
  guid: `guid-${n}`,
  url: `https://news.test/articles/${n}`,
  title: `Story ${n}`,
  text: articleText(`word${n}x`),
  teaser: false,
  published: "2026-01-15T06:00:00Z",
  ...extra,
});

describe("one article once", () => {
  it("writes each new item as a JSON record the corpus reads: title, text, date, url, outlet", async () => {
    const { fetcher, corpusDir, wiring, rounds } = await rig({
      config: configOf([{ url: FEED, name: "News Daily" }]),
    });
    fetcher.feeds.set(FEED, { title: "The feed's own title", items: [item(1), item(2)] });
    const [result] = await wiring.poller.pollOnce();
    expect(result?.added.map((a) => a.title)).toEqual(["Story 1", "Story 2"]);
    const files = articleFiles(corpusDir);
    expect(files).toHaveLength(2);
    expect(files.every((f) => /^sources\/news-daily\/2026-01-15-[0-9a-f]{12}\.json$/.test(f))).toBe(
      true,
    );
    const record = readArticle(corpusDir, result?.added[0]?.file as string);
    expect(record).toEqual({
      title: "Story 1",
      text: articleText("word1x"),
      date: "2026-01-15T06:00:00.000Z",
      url: "https://news.test/articles/1",
      outlet: "News Daily",
    });
    // The index is brought up to date once, after the round.
    expect(rounds).toHaveLength(1);
  });

  it("keeps at most 100,000 characters of an item that is a dump, cut between paragraphs", async () => {
    const { fetcher, corpusDir, wiring } = await rig({ config: configOf([{ url: FEED }]) });
    const paragraph = `${articleText("dump")}\n\n`;
    const dump = paragraph.repeat(Math.ceil(4_000_000 / paragraph.length));
    fetcher.feeds.set(FEED, { items: [item(1, { text: dump })] });
    const [result] = await wiring.poller.pollOnce();
    const kept = readArticle(corpusDir, result?.added[0]?.file as string).text as string;
    expect(dump.length).toBeGreaterThan(4_000_000);
    expect(kept.length).toBeLessThanOrEqual(100_000);
    expect(kept.length).toBeGreaterThan(100_000 - paragraph.length);
    expect(`${kept}\n\n`).toBe(paragraph.repeat((kept.length + 2) / paragraph.length));
  });

  it("leaves an item without a date undated (never guessed); its file is named by the day seen", async () => {
    const { fetcher, corpusDir, wiring } = await rig({ config: configOf([{ url: FEED }]) });
    const { published: _none, ...undated } = item(1);
    fetcher.feeds.set(FEED, { items: [undated] });
    const [result] = await wiring.poller.pollOnce();
    const file = result?.added[0]?.file as string;
    expect(file).toMatch(/^sources\/news-test\/2026-01-15-[0-9a-f]{12}\.json$/);
    expect(Object.keys(readArticle(corpusDir, file))).toEqual(["title", "text", "url", "outlet"]);
  });

  it("adds nothing when the feed changes the items' GUIDs, dates and tracking parameters", async () => {
    const { fetcher, clock, corpusDir, wiring, rounds } = await rig({
      config: configOf([{ url: FEED }]),
    });
    fetcher.feeds.set(FEED, { items: [item(1), item(2)] });
    await wiring.poller.pollOnce();
    fetcher.feeds.set(FEED, {
      items: [
        item(1, { guid: "rewritten-1", published: "2026-01-15T07:30:00Z" }),
        item(2, { url: "https://news.test/articles/2?utm_source=rss&utm_medium=feed" }),
      ],
    });
    clock.advance(15 * MIN);
    const [second] = await wiring.poller.pollOnce();
    expect(second?.outcome).toBe("nothing-new");
    expect(articleFiles(corpusDir)).toHaveLength(2);
    expect(rounds).toHaveLength(1);
  });

  it("keeps one article when another feed carries the same text under another address", async () => {
    const { fetcher, corpusDir, wiring } = await rig({
      config: configOf([{ url: FEED }, { url: OTHER }]),
    });
    fetcher.feeds.set(FEED, { items: [item(1)] });
    fetcher.feeds.set(OTHER, {
      items: [
        item(1, {
          guid: "syndicated",
          url: "https://other.test/wire/1",
          // Typography and case touched up: the same words.
          text: articleText("word1x").toUpperCase().replaceAll(" ", ",  "),
        }),
      ],
    });
    const results = await wiring.poller.pollOnce();
    expect(results.map((r) => r.added.length).sort()).toEqual([0, 1]);
    expect(articleFiles(corpusDir)).toHaveLength(1);
  });

  it("keeps one article when two instances poll two feeds carrying it at the same time", async () => {
    const a = await rig({ config: configOf([{ url: FEED }]), owner: "instance-a" });
    const b = await sibling(a, configOf([{ url: OTHER }]), "instance-b");
    a.fetcher.feeds.set(FEED, { items: [item(1)] });
    a.fetcher.feeds.set(OTHER, {
      items: [item(1, { guid: "wire-1", url: "https://other.test/wire/1" })],
    });
    const [fromA, fromB] = await Promise.all([
      a.wiring.poller.pollOnce(),
      b.wiring.poller.pollOnce(),
    ]);
    expect([...(fromA ?? []), ...(fromB ?? [])].map((r) => r.added.length).sort()).toEqual([0, 1]);
    expect(articleFiles(a.corpusDir)).toHaveLength(1);
  });

  it("does not post again after a restart: a new poller on the same store", async () => {
    const first = await rig({ config: configOf([{ url: FEED }]) });
    first.fetcher.feeds.set(FEED, { items: [item(1), item(2)] });
    await first.wiring.poller.pollOnce();
    const again = await rig({
      config: configOf([{ url: FEED }]),
      store: first.store,
      corpusDir: first.corpusDir,
      fetcher: first.fetcher,
    });
    again.clock.advance(60 * MIN);
    first.fetcher.feeds.set(FEED, { items: [item(2, { guid: "new-guid" }), item(1), item(3)] });
    const [result] = await again.wiring.poller.pollOnce();
    expect(result?.added.map((a) => a.title)).toEqual(["Story 3"]);
    expect(articleFiles(first.corpusDir)).toHaveLength(3);
  });
});

describe("full text", () => {
  it("reads the page of a teaser and keeps the page's text, URL and site name", async () => {
    const { fetcher, corpusDir, wiring } = await rig({ config: configOf([{ url: FEED }]) });
    fetcher.feeds.set(FEED, {
      items: [item(1, { teaser: true, text: "The opening lines only…", title: "Teased" })],
    });
    fetcher.pages.set("https://news.test/articles/1", {
      url: "https://news.test/2026/01/15/teased",
      text: articleText("fullpage"),
      outlet: "News Test",
      published: "2026-01-15T05:00:00Z",
    });
    const [result] = await wiring.poller.pollOnce();
    expect(fetcher.calls.map((c) => `${c.kind} ${c.url}`)).toEqual([
      `feed ${FEED}`,
      "page https://news.test/articles/1",
    ]);
    expect(readArticle(corpusDir, result?.added[0]?.file as string)).toEqual({
      title: "Teased",
      text: articleText("fullpage"),
      date: "2026-01-15T06:00:00.000Z",
      url: "https://news.test/2026/01/15/teased",
      outlet: "News Test",
    });
  });

  it("keeps the feed's text when the page cannot be read, and says so in the health", async () => {
    const { fetcher, corpusDir, wiring } = await rig({
      config: configOf([{ url: FEED, name: "News" }]),
    });
    fetcher.feeds.set(FEED, { items: [item(1, { teaser: true, text: "A teaser of a story." })] });
    fetcher.pages.set(
      "https://news.test/articles/1",
      new SourceFetchError("http", "403 Forbidden", { status: 403 }),
    );
    const [result] = await wiring.poller.pollOnce();
    expect(result?.added[0]?.pageFailed).toBe(true);
    expect(readArticle(corpusDir, result?.added[0]?.file as string).text).toBe(
      "A teaser of a story.",
    );
    expect((await wiring.registry.list())[0]?.note).toBe(
      "1 page could not be read (http: 403 Forbidden); the feed's text was kept",
    );
  });

  it("keeps the feed's text when the page's reader view finds less (a paywall's stub)", async () => {
    const { fetcher, corpusDir, wiring } = await rig({ config: configOf([{ url: FEED }]) });
    fetcher.feeds.set(FEED, {
      items: [item(1, { teaser: true, text: "A teaser that says more than the stub." })],
    });
    fetcher.pages.set("https://news.test/articles/1", {
      url: "https://news.test/articles/1",
      text: "Subscribe to read.",
    });
    const [result] = await wiring.poller.pollOnce();
    expect(readArticle(corpusDir, result?.added[0]?.file as string).text).toBe(
      "A teaser that says more than the stub.",
    );
  });

  it("does not fetch the page of an item that gives its full text", async () => {
    const { fetcher, wiring } = await rig({ config: configOf([{ url: FEED }]) });
    fetcher.feeds.set(FEED, { items: [item(1)] });
    await wiring.poller.pollOnce();
    expect(fetcher.calls.map((c) => c.kind)).toEqual(["feed"]);
  });
});
