import { createServer, type IncomingHttpHeaders, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { gzipSync } from "node:zlib";

/** A request the server received, for tests to assert what the client sent. */
export interface RecordedRequest {
  readonly method: string;
  readonly path: string;
  readonly headers: IncomingHttpHeaders;
}

/** A body sent a little at a time: `chunk`, `count` times, `everyMs` apart, the first at once. */
export interface Trickle {
  readonly chunk: string;
  readonly everyMs: number;
  readonly count: number;
}

/** How a route answers. Every field is optional: the default is 200 with an empty body. */
export interface RouteAnswer {
  readonly status?: number;
  readonly headers?: Readonly<Record<string, string | string[]>>;
  readonly body?: string | Buffer;
  /** Sends `body` gzipped, with `Content-Encoding: gzip`. */
  readonly gzip?: boolean;
  /** Answers 302 to this location. */
  readonly redirect?: string;
  readonly trickle?: Trickle;
  /** Streams this many zero bytes without a Content-Length (never held in memory at once). */
  readonly streamBytes?: number;
  /** Waits this long before sending the response head. */
  readonly delayMs?: number;
}

export type Route = RouteAnswer | ((request: RecordedRequest) => RouteAnswer);

export interface FeedServer {
  /** Absolute http://127.0.0.1:port address of `path`. */
  url(path: string): string;
  /** Every request received so far, in order. */
  readonly requests: readonly RecordedRequest[];
  /** Requests received for one path. */
  requestsTo(path: string): readonly RecordedRequest[];
  close(): Promise<void>;
}

const STREAM_CHUNK = Buffer.alloc(64 * 1024);

/** Writes zero bytes until `total` or until the client goes away, respecting backpressure. */
function streamZeros(response: ServerResponse, total: number): void {
  let sent = 0;
  const pump = (): void => {
    while (sent < total && !response.destroyed) {
      const size = Math.min(STREAM_CHUNK.length, total - sent);
      sent += size;
      if (!response.write(STREAM_CHUNK.subarray(0, size))) {
        response.once("drain", pump);
        return;
      }
    }
    if (!response.destroyed) response.end();
  };
  pump();
}

/** Sends the first chunk at once (with the head: Node holds the head until the body starts). */
function trickle(response: ServerResponse, { chunk, everyMs, count }: Trickle): void {
  response.write(chunk);
  let sent = 1;
  const timer = setInterval(() => {
    if (response.destroyed || sent >= count) {
      clearInterval(timer);
      if (!response.destroyed) response.end();
      return;
    }
    response.write(chunk);
    sent++;
  }, everyMs);
  response.on("close", () => clearInterval(timer));
}

function answer(response: ServerResponse, route: RouteAnswer): void {
  const headers: Record<string, string | string[]> = { ...route.headers };
  if (route.redirect !== undefined) {
    response.writeHead(route.status ?? 302, { ...headers, location: route.redirect });
    response.end();
    return;
  }
  const status = route.status ?? 200;
  if (route.trickle !== undefined) {
    response.writeHead(status, headers);
    trickle(response, route.trickle);
    return;
  }
  if (route.streamBytes !== undefined) {
    response.writeHead(status, headers);
    streamZeros(response, route.streamBytes);
    return;
  }
  let body = route.body ?? "";
  if (route.gzip) {
    body = gzipSync(body);
    headers["content-encoding"] = "gzip";
  }
  response.writeHead(status, { ...headers, "content-length": String(Buffer.byteLength(body)) });
  response.end(body);
}

/**
 * A loopback HTTP server on 127.0.0.1 (port chosen by the system) that answers each path from
 * `routes` (404 for any other) and records every request. For fetch tests: feeds, pages,
 * redirects, gzip, slow trickles and endless bodies, with no traffic beyond this machine.
 */
export async function startFeedServer(
  routes: Readonly<Record<string, Route>>,
): Promise<FeedServer> {
  const requests: RecordedRequest[] = [];
  const server = createServer((request, response) => {
    const recorded: RecordedRequest = {
      method: request.method ?? "GET",
      path: request.url ?? "/",
      headers: request.headers,
    };
    requests.push(recorded);
    const route = routes[recorded.path];
    if (route === undefined) {
      answer(response, { status: 404, body: "not found" });
      return;
    }
    const chosen = typeof route === "function" ? route(recorded) : route;
    if (chosen.delayMs === undefined) answer(response, chosen);
    else {
      const timer = setTimeout(() => answer(response, chosen), chosen.delayMs);
      response.on("close", () => clearTimeout(timer));
    }
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: (path) => `http://127.0.0.1:${port}${path}`,
    requests,
    requestsTo: (path) => requests.filter((request) => request.path === path),
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}
