import { brotliCompressSync, createGzip, deflateSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createFetcher } from "../../../src/sources/fetch/createFetcher.js";
import { DEFAULT_USER_AGENT } from "../../../src/sources/fetch/defaultLimits.js";
import { type FeedServer, type RouteAnswer, startFeedServer } from "../../support/feedServer.js";
import { failureOf } from "./failureOf.js";

const RSS = `<?xml version="1.0"?><rss version="2.0"><channel><title>Tiny</title>
<item><title>One</title><link>https://tiny.example/1</link><description>d</description></item>
</channel></rss>`;
const FEED_HEADERS = { "content-type": "application/rss+xml" };
const MB = 1024 * 1024;

/** 100 MB of zeros gzipped (about 100 KB), compressed a megabyte at a time. */
async function gzipBomb(): Promise<Buffer> {
  const gzip = createGzip({ level: 9 });
  const parts: Buffer[] = [];
  gzip.on("data", (chunk: Buffer) => parts.push(chunk));
  const done = new Promise((resolve) => gzip.on("end", resolve));
  const zeros = Buffer.alloc(MB);
  for (let i = 0; i < 100; i++) {
    if (!gzip.write(zeros)) await new Promise((resolve) => gzip.once("drain", resolve));
  }
  gzip.end();
  await done;
  return Buffer.concat(parts);
}

/** Bytes held by the heap and by buffers outside it. */
function memoryInUse(): number {
  const { heapUsed, arrayBuffers } = process.memoryUsage();
  return heapUsed + arrayBuffers;
}

let server: FeedServer;
const fetcher = createFetcher({
  limits: {
    connectTimeoutMs: 1_000,
    readTimeoutMs: 1_000,
    totalTimeoutMs: 3_000,
    maxBodyBytes: MB,
    maxDecodedBytes: MB,
    maxRedirects: 3,
  },
  now: () => Date.parse("Sun, 06 Dec 2026 12:00:00 GMT"),
});

const conditional = (request: { headers: Record<string, unknown> }): RouteAnswer =>
  request.headers["if-none-match"] === '"v1"'
    ? { status: 304, headers: { etag: '"v1"' } }
    : {
        headers: {
          ...FEED_HEADERS,
          etag: '"v1"',
          "last-modified": "Sat, 05 Dec 2026 08:00:00 GMT",
        },
        body: RSS,
      };

beforeAll(async () => {
  server = await startFeedServer({
    "/conditional": conditional,
    "/gzip": { headers: FEED_HEADERS, body: RSS, gzip: true },
    "/brotli": {
      headers: { ...FEED_HEADERS, "content-encoding": "br" },
      body: brotliCompressSync(RSS),
    },
    "/deflate": {
      headers: { ...FEED_HEADERS, "content-encoding": "deflate" },
      body: deflateSync(RSS),
    },
    "/bomb": {
      headers: { ...FEED_HEADERS, "content-encoding": "gzip" },
      body: await gzipBomb(),
    },
    "/endless": { headers: FEED_HEADERS, streamBytes: 1024 * MB },
    "/announced-gigabyte": {
      headers: { ...FEED_HEADERS, "content-length": String(1024 * MB) },
      streamBytes: 1024 * MB,
    },
    "/busy": { status: 503, headers: { "retry-after": "120" }, body: "busy" },
    "/slow-down": {
      status: 429,
      headers: { "retry-after": "Sun, 06 Dec 2026 12:01:30 GMT" },
      body: "too many",
    },
    "/gone": { status: 404, body: "no" },
    "/hop1": { redirect: "/hop2" },
    "/hop2": { status: 301, redirect: "/gzip" },
    "/loop-a": { redirect: "/loop-b" },
    "/loop-b": { redirect: "/loop-a" },
    "/chain1": { redirect: "/chain2" },
    "/chain2": { redirect: "/chain3" },
    "/chain3": { redirect: "/chain4" },
    "/chain4": { redirect: "/chain5" },
    "/chain5": { redirect: "/gzip" },
    "/to-file": { redirect: "file:///etc/passwd" },
    "/trickle": {
      headers: FEED_HEADERS,
      trickle: { chunk: "<!-- still here -->", everyMs: 50, count: 1_000 },
    },
    "/pausing": {
      headers: FEED_HEADERS,
      trickle: { chunk: "<!-- pause -->", everyMs: 600, count: 3 },
    },
    "/silent": { headers: FEED_HEADERS, body: RSS, delayMs: 2_500 },
  });
});

afterAll(() => server.close());

describe("conditional GET", () => {
  it("sends the validators back and reports 304 as not-modified", async () => {
    const first = await fetcher.fetchFeed(server.url("/conditional"), {});
    expect(first.kind).toBe("feed");
    expect(first.validators).toEqual({
      etag: '"v1"',
      lastModified: "Sat, 05 Dec 2026 08:00:00 GMT",
    });

    const second = await fetcher.fetchFeed(server.url("/conditional"), first.validators);
    expect(second).toEqual({
      kind: "not-modified",
      validators: { etag: '"v1"', lastModified: "Sat, 05 Dec 2026 08:00:00 GMT" },
    });
    const [plain, conditionalRequest] = server.requestsTo("/conditional");
    expect(plain?.headers["if-none-match"]).toBeUndefined();
    expect(conditionalRequest?.headers["if-none-match"]).toBe('"v1"');
    expect(conditionalRequest?.headers["if-modified-since"]).toBe("Sat, 05 Dec 2026 08:00:00 GMT");
    expect(conditionalRequest?.headers["user-agent"]).toBe(DEFAULT_USER_AGENT);
    expect(conditionalRequest?.headers["accept-encoding"]).toBe("gzip, deflate, br");
  });
});

describe("status codes", () => {
  it("503 with Retry-After in seconds is an http error with retryAfterMs", async () => {
    const error = await failureOf(fetcher.fetchFeed(server.url("/busy"), {}));
    expect(error.kind).toBe("http");
    expect(error.details).toEqual({ status: 503, retryAfterMs: 120_000 });
    expect(error.message).toBe(
      `127.0.0.1:${new URL(server.url("/")).port} answered 503 Service Unavailable for ${server.url("/busy")}`,
    );
  });

  it("429 with Retry-After as an HTTP date counts from the injected clock", async () => {
    const error = await failureOf(fetcher.fetchFeed(server.url("/slow-down"), {}));
    expect(error.details).toEqual({ status: 429, retryAfterMs: 90_000 });
  });

  it("404 is an http error without a retry delay", async () => {
    const error = await failureOf(fetcher.fetchFeed(server.url("/gone"), {}));
    expect(error.kind).toBe("http");
    expect(error.details).toEqual({ status: 404 });
  });

  it("a closed port is a network error", async () => {
    const closed = await startFeedServer({});
    const url = closed.url("/feed");
    await closed.close();
    const error = await failureOf(fetcher.fetchFeed(url, {}));
    expect(error.kind).toBe("network");
    expect(error.message).toBe("could not reach the server (ECONNREFUSED)");
  });
});

describe("bodies", () => {
  it("reads a gzipped feed", async () => {
    const response = await fetcher.fetchFeed(server.url("/gzip"), {});
    expect(response.kind === "feed" && response.items.map((item) => item.title)).toEqual(["One"]);
  });

  it("reads brotli and deflate answers", async () => {
    for (const path of ["/brotli", "/deflate"]) {
      const response = await fetcher.fetchFeed(server.url(path), {});
      expect(response.kind === "feed" && response.title).toBe("Tiny");
    }
  });

  it("refuses a gzip bomb (100 MB of zeros) at the decoded limit, without holding it", async () => {
    const before = memoryInUse();
    const error = await failureOf(fetcher.fetchFeed(server.url("/bomb"), {}));
    expect(error.kind).toBe("too-large");
    expect(error.message).toBe(
      `127.0.0.1:${new URL(server.url("/")).port}'s answer decompresses to more than 1.0 MB`,
    );
    expect(memoryInUse() - before).toBeLessThan(64 * MB);
  });

  it("cuts a 1 GB body streamed without a length at maxBodyBytes", async () => {
    const before = memoryInUse();
    const error = await failureOf(fetcher.fetchFeed(server.url("/endless"), {}));
    expect(error.kind).toBe("too-large");
    expect(error.message).toBe(
      `127.0.0.1:${new URL(server.url("/")).port} sent more than 1.0 MB; the rest was not read`,
    );
    expect(memoryInUse() - before).toBeLessThan(64 * MB);
  });

  it("refuses a body whose Content-Length is over the limit before reading it", async () => {
    const error = await failureOf(fetcher.fetchFeed(server.url("/announced-gigabyte"), {}));
    expect(error.kind).toBe("too-large");
    expect(error.message).toBe(
      `127.0.0.1:${new URL(server.url("/")).port} announced 1024.0 MB, over the limit of 1.0 MB`,
    );
  });
});

describe("redirects and addresses", () => {
  it("follows a redirect chain and reports where the feed was read", async () => {
    const response = await fetcher.fetchFeed(server.url("/hop1"), {});
    expect(response.kind === "feed" && response.finalUrl).toBe(server.url("/gzip"));
  });

  it("a redirect loop is too-many-redirects", async () => {
    const error = await failureOf(fetcher.fetchFeed(server.url("/loop-a"), {}));
    expect(error.kind).toBe("too-many-redirects");
    expect(error.message).toBe(
      `redirect loop: ${server.url("/loop-b")} sends back to ${server.url("/loop-a")}`,
    );
  });

  it("more redirects than maxRedirects is too-many-redirects", async () => {
    const error = await failureOf(fetcher.fetchFeed(server.url("/chain1"), {}));
    expect(error.kind).toBe("too-many-redirects");
    expect(error.message).toBe(`more than 3 redirects from ${server.url("/chain1")}`);
  });

  it("only http and https are read, also after a redirect", async () => {
    const direct = await failureOf(fetcher.fetchFeed("ftp://files.example/feed.xml", {}));
    expect(direct.kind).toBe("not-http");
    expect(direct.message).toBe("only http and https addresses are read, not ftp:");
    const redirected = await failureOf(fetcher.fetchFeed(server.url("/to-file"), {}));
    expect(redirected.kind).toBe("not-http");
    expect(redirected.message).toBe("only http and https addresses are read, not file:");
  });
});

describe("timeouts", () => {
  it("a slow trickle is cut by the total timeout", async () => {
    const trickling = createFetcher({
      limits: { readTimeoutMs: 1_000, totalTimeoutMs: 300 },
    });
    const error = await failureOf(trickling.fetchFeed(server.url("/trickle"), {}));
    expect(error.kind).toBe("timeout");
    expect(error.message).toBe(`no complete answer from ${server.url("/trickle")} within 300 ms`);
  });

  it("a server silent before answering is cut by the read timeout", async () => {
    const impatient = createFetcher({ limits: { readTimeoutMs: 200, totalTimeoutMs: 5_000 } });
    const error = await failureOf(impatient.fetchFeed(server.url("/silent"), {}));
    expect(error.kind).toBe("timeout");
    expect(error.message).toBe(
      `127.0.0.1:${new URL(server.url("/")).port} did not answer within 200 ms`,
    );
  });

  it("a pause in the middle of the body is cut by the read timeout", async () => {
    const impatient = createFetcher({ limits: { readTimeoutMs: 200, totalTimeoutMs: 5_000 } });
    const error = await failureOf(impatient.fetchFeed(server.url("/pausing"), {}));
    expect(error.kind).toBe("timeout");
    expect(error.message).toBe(
      `127.0.0.1:${new URL(server.url("/")).port} sent nothing for 200 ms`,
    );
  });

  it("the caller's AbortSignal cancels the request", async () => {
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 50);
    const error = await failureOf(fetcher.fetchFeed(server.url("/silent"), {}, controller.signal));
    expect(error.kind).toBe("timeout");
    expect(error.message).toBe(`the request to ${server.url("/silent")} was cancelled`);
  });
});
