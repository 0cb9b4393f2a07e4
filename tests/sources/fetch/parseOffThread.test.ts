import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createFetcher } from "../../../src/sources/fetch/createFetcher.js";
import { extractPage } from "../../../src/sources/fetch/extractPage.js";
import { assertNestingWithin } from "../../../src/sources/fetch/nestingGuard.js";
import {
  createParseRunner,
  DEFAULT_PARSE_LIMITS,
  sourcesWorkerScript,
} from "../../../src/sources/fetch/parseOffThread.js";
import { type FeedServer, startFeedServer } from "../../support/feedServer.js";
import { failureOf } from "./failureOf.js";

// These tests read documents on the compiled worker script (dist/src/sources/fetch/
// sourcesWorker.js, found through packageRoot as extractHtmlOffThread finds its own): `npm test`
// builds before it runs vitest. Without a build every document is read on the main thread, and
// the first test says so.

const PARAGRAPH =
  "The council voted on Tuesday to extend the tram network, after a debate that lasted most of the afternoon and drew a crowd to the public gallery.";

/** 100,000 nested <div>s (1.1 MB): minutes of linkedom and Readability, then a stack overflow. */
const HTML_BOMB = `<!DOCTYPE html><html><body>${"<div>".repeat(100_000)}${PARAGRAPH}${"</div>".repeat(100_000)}</body></html>`;

/** About 4.7 MB of paragraphs: seconds of reader view. */
const BIG_PAGE = `<!DOCTYPE html><html><head><title>Long</title></head><body><article>${`<p>${PARAGRAPH}</p>\n`.repeat(31_000)}</article></body></html>`;

/** A page past `offThreadFrom` (64 KB) but quick to read. */
const MEDIUM_PAGE = `<!DOCTYPE html><html><head><title>Tram extension</title><link rel="alternate" type="application/rss+xml" href="/feed.xml"></head><body><article>${`<p>${PARAGRAPH}</p>\n`.repeat(600)}</article></body></html>`;

const ITEMS = 40_000;
/** About 5 MB of RSS, 40,000 items: over a second of feedsmith. */
const BIG_FEED = `<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>Everything</title>${Array.from(
  { length: ITEMS },
  (_, i) =>
    `<item><title>Story ${i}</title><link>https://news.example/s/${i}</link><guid>g${i}</guid><description>Item ${i}: a short summary.</description></item>`,
).join("")}</channel></rss>`;

const HTML = { "content-type": "text/html; charset=utf-8" };
const RSS = { "content-type": "application/rss+xml; charset=utf-8" };
const LIMITS = { maxBodyBytes: 8 * 1024 * 1024, maxDecodedBytes: 8 * 1024 * 1024 };

let server: FeedServer;

beforeAll(async () => {
  server = await startFeedServer({
    "/bomb": { headers: HTML, body: HTML_BOMB },
    "/big": { headers: HTML, body: BIG_PAGE },
    "/medium": { headers: HTML, body: MEDIUM_PAGE },
    "/feed.xml": { headers: RSS, body: BIG_FEED },
  });
});

afterAll(() => server.close());

/**
 * Runs `work` while a 50 ms interval ticks on the main thread, and gives the longest wait
 * between two ticks (or between the start, a tick and the end): how long the event loop was held.
 */
async function longestStall<T>(work: () => Promise<T>): Promise<{ result: T; stallMs: number }> {
  let last = performance.now();
  let stallMs = 0;
  const tick = (): void => {
    const at = performance.now();
    stallMs = Math.max(stallMs, at - last);
    last = at;
  };
  const timer = setInterval(tick, 50);
  try {
    const result = await work();
    tick();
    return { result, stallMs };
  } finally {
    clearInterval(timer);
  }
}

describe("documents are read off the main thread, under time and memory limits", () => {
  const fetcher = createFetcher({ limits: LIMITS, parse: { timeoutMs: 1000 } });

  it("has the built worker script to read them on", () => {
    expect(sourcesWorkerScript(), "build first: npx tsc -p tsconfig.build.json").not.toBeNull();
  });

  it("refuses a page nested 100,000 deep quickly, with the event loop free", async () => {
    const started = performance.now();
    const { result, stallMs } = await longestStall(() =>
      failureOf(fetcher.fetchPage(server.url("/bomb"))),
    );
    const tookMs = performance.now() - started;
    expect(result.kind).toBe("malformed");
    expect(result.message).toBe(
      `${server.url("/bomb")} is nested deeper than 1000 elements, which no article is; not read`,
    );
    expect(tookMs).toBeLessThan(1000);
    expect(stallMs).toBeLessThan(1000);
    console.info(
      `HTML bomb: refused in ${Math.round(tookMs)} ms, longest stall ${Math.round(stallMs)} ms`,
    );
  });

  it("stops reading a page that takes longer than the time limit, with the event loop free", async () => {
    // 200 ms: the reader view of 4.7 MB takes a second or more even on a fast machine.
    const hasty = createFetcher({ limits: LIMITS, parse: { timeoutMs: 200 } });
    const started = performance.now();
    const { result, stallMs } = await longestStall(() =>
      failureOf(hasty.fetchPage(server.url("/big"))),
    );
    const tookMs = performance.now() - started;
    expect(result.kind).toBe("too-large");
    expect(result.message).toBe(
      `${server.url("/big")}: the page took longer than 200 ms to read, so it was not read`,
    );
    expect(tookMs).toBeLessThan(5000);
    expect(stallMs).toBeLessThan(1000);
    console.info(
      `4.7 MB page: stopped after ${Math.round(tookMs)} ms, longest stall ${Math.round(stallMs)} ms`,
    );
  });

  it("reads a 5 MB feed of 40,000 items on the worker, with the event loop free", async () => {
    const patient = createFetcher({ limits: LIMITS, parse: { timeoutMs: 20_000 } });
    const started = performance.now();
    const { result, stallMs } = await longestStall(() =>
      patient.fetchFeed(server.url("/feed.xml"), {}),
    );
    const tookMs = performance.now() - started;
    if (result.kind !== "feed") throw new Error("expected a feed");
    expect(result.title).toBe("Everything");
    expect(result.items).toHaveLength(ITEMS);
    expect(result.items[ITEMS - 1]).toMatchObject({
      guid: `g${ITEMS - 1}`,
      url: `https://news.example/s/${ITEMS - 1}`,
      title: `Story ${ITEMS - 1}`,
      text: `Item ${ITEMS - 1}: a short summary.`,
    });
    expect(stallMs).toBeLessThan(1000);
    console.info(
      `5 MB feed: read in ${Math.round(tookMs)} ms, longest stall ${Math.round(stallMs)} ms`,
    );
  });

  it("stops reading a 5 MB feed that takes longer than a short limit", async () => {
    const hasty = createFetcher({ limits: LIMITS, parse: { timeoutMs: 100 } });
    const error = await failureOf(hasty.fetchFeed(server.url("/feed.xml"), {}));
    expect(error.kind).toBe("too-large");
    expect(error.message).toBe(
      `${server.url("/feed.xml")}: the feed took longer than 100 ms to read, so it was not read`,
    );
  });

  it("gives for a page read on the worker what reading it here gives, and finds its feeds there", async () => {
    const page = await fetcher.fetchPage(server.url("/medium"));
    expect(page).toEqual(extractPage(MEDIUM_PAGE, server.url("/medium")));
    expect(page.title).toBe("Tram extension");
    expect(await fetcher.discover(server.url("/medium"))).toEqual([server.url("/feed.xml")]);
  });

  it("fails the fetch, not the process, when the worker runs out of memory", async () => {
    const parse = createParseRunner({ ...DEFAULT_PARSE_LIMITS, offThreadFrom: 0, maxHeapMb: 16 });
    const error = await failureOf(
      parse({ kind: "page", text: BIG_PAGE, url: "https://big.example/" }),
    );
    expect(error.kind).toBe("too-large");
    expect(error.message).toBe(
      "https://big.example/: the page needed more than 16 MB to read, so it was not read",
    );
  });

  it("reads even a small article page on a worker, and a small feed here", async () => {
    // A worker cannot even start within 1 ms: the limit passes first wherever a page is read there.
    const parse = createParseRunner({ ...DEFAULT_PARSE_LIMITS, timeoutMs: 1 });
    const error = await failureOf(
      parse({ kind: "page", text: `<p>${PARAGRAPH}</p>`, url: "https://small.example/" }),
    );
    expect(error.message).toBe(
      "https://small.example/: the page took longer than 1 ms to read, so it was not read",
    );
    const feed = await parse({
      kind: "feed",
      text: `<rss version="2.0"><channel><title>Small</title><item><title>One</title><description>d</description></item></channel></rss>`,
      contentType: "application/rss+xml",
      url: "https://small.example/feed",
    });
    expect(feed.items).toHaveLength(1);
  });

  it("stops the worker when the fetch is cancelled", async () => {
    const parse = createParseRunner({ ...DEFAULT_PARSE_LIMITS, offThreadFrom: 0 });
    const cancel = new AbortController();
    setTimeout(() => cancel.abort(), 50);
    const error = await failureOf(
      parse({ kind: "page", text: BIG_PAGE, url: "https://big.example/" }, cancel.signal),
    );
    expect(error.kind).toBe("timeout");
    expect(error.message).toBe("reading https://big.example/ was cancelled");
  });
});

describe("the nesting guard", () => {
  it("lets through a page 1000 deep and the implied closes of lists and paragraphs", () => {
    expect(() =>
      assertNestingWithin(`<html><body>${"<div>".repeat(998)}x</body></html>`, "u"),
    ).not.toThrow();
    expect(() =>
      assertNestingWithin(`<ul>${"<li>item".repeat(5000)}</ul>${"<p>a".repeat(5000)}`, "u"),
    ).not.toThrow();
  });

  it("refuses a page 1001 deep", () => {
    expect(() =>
      assertNestingWithin(`<html><body>${"<div>".repeat(999)}x</body></html>`, "u"),
    ).toThrow("u is nested deeper than 1000 elements");
  });
});
