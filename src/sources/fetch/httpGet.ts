import type { IncomingMessage, OutgoingHttpHeaders } from "node:http";
import { type FeedValidators, type HttpLimits, SourceFetchError } from "../types.js";
import { readBody } from "./readBody.js";
import { requestOnce } from "./requestOnce.js";
import { parseRetryAfter } from "./retryAfter.js";

export interface HttpGetRequest {
  readonly url: string;
  readonly limits: HttpLimits;
  readonly userAgent: string;
  /** The `Accept` header: what kind of document the caller hopes for. */
  readonly accept: string;
  /** Makes the request conditional (If-None-Match, If-Modified-Since). */
  readonly validators?: FeedValidators;
  readonly signal?: AbortSignal;
  /** Milliseconds since the epoch, for `Retry-After` dates. */
  readonly now: () => number;
}

export type HttpGetResult =
  | {
      readonly kind: "ok";
      /** Where the body was read, after redirects. */
      readonly finalUrl: string;
      readonly status: number;
      readonly contentType?: string;
      readonly validators: FeedValidators;
      /** Decompressed bytes, within the limits. */
      readonly body: Buffer;
    }
  | {
      readonly kind: "not-modified";
      readonly finalUrl: string;
      readonly validators: FeedValidators;
    };

const REDIRECTS = new Set([301, 302, 303, 307, 308]);
const NETWORK_CODES = new Set([
  "ECONNREFUSED",
  "ECONNRESET",
  "ENOTFOUND",
  "EAI_AGAIN",
  "EHOSTUNREACH",
  "ENETUNREACH",
  "EPIPE",
  "ETIMEDOUT",
]);

/** Parses `raw` as an absolute http(s) address, or fails with `not-http`. */
function httpUrl(raw: string, base?: string): URL {
  let url: URL;
  try {
    url = base === undefined ? new URL(raw) : new URL(raw, base);
  } catch {
    throw new SourceFetchError("not-http", `"${raw}" is not a web address`);
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") {
    throw new SourceFetchError(
      "not-http",
      `only http and https addresses are read, not ${url.protocol}`,
    );
  }
  return url;
}

function header(response: IncomingMessage, name: string): string | undefined {
  const value = response.headers[name];
  return Array.isArray(value) ? value[0] : value;
}

function validatorsOf(response: IncomingMessage, fallback: FeedValidators = {}): FeedValidators {
  const etag = header(response, "etag") ?? fallback.etag;
  const lastModified = header(response, "last-modified") ?? fallback.lastModified;
  return {
    ...(etag === undefined ? {} : { etag }),
    ...(lastModified === undefined ? {} : { lastModified }),
  };
}

function requestHeaders(request: HttpGetRequest): OutgoingHttpHeaders {
  const headers: OutgoingHttpHeaders = {
    "user-agent": request.userAgent,
    accept: request.accept,
    "accept-encoding": "gzip, deflate, br",
  };
  if (request.validators?.etag !== undefined) headers["if-none-match"] = request.validators.etag;
  if (request.validators?.lastModified !== undefined) {
    headers["if-modified-since"] = request.validators.lastModified;
  }
  return headers;
}

function httpError(response: IncomingMessage, url: URL, now: number): SourceFetchError {
  const status = response.statusCode ?? 0;
  const retryAfterMs =
    status === 429 || status === 503
      ? parseRetryAfter(header(response, "retry-after"), now)
      : undefined;
  const reason = response.statusMessage ? ` ${response.statusMessage}` : "";
  return new SourceFetchError("http", `${url.host} answered ${status}${reason} for ${url.href}`, {
    status,
    ...(retryAfterMs === undefined ? {} : { retryAfterMs }),
  });
}

async function follow(request: HttpGetRequest, signal: AbortSignal): Promise<HttpGetResult> {
  const { limits } = request;
  const headers = requestHeaders(request);
  const visited = new Set<string>();
  let url = httpUrl(request.url);
  for (let redirects = 0; ; redirects++) {
    const response = await requestOnce(url, headers, limits, signal);
    const status = response.statusCode ?? 0;
    const location = header(response, "location");
    if (REDIRECTS.has(status) && location !== undefined) {
      response.destroy();
      visited.add(url.href);
      const next = httpUrl(location, url.href);
      if (visited.has(next.href)) {
        throw new SourceFetchError(
          "too-many-redirects",
          `redirect loop: ${url.href} sends back to ${next.href}`,
        );
      }
      if (redirects >= limits.maxRedirects) {
        throw new SourceFetchError(
          "too-many-redirects",
          `more than ${limits.maxRedirects} redirects from ${request.url}`,
        );
      }
      url = next;
      continue;
    }
    if (status === 304) {
      response.destroy();
      return {
        kind: "not-modified",
        finalUrl: url.href,
        validators: validatorsOf(response, request.validators),
      };
    }
    if (status < 200 || status >= 300) {
      response.destroy();
      throw httpError(response, url, request.now());
    }
    const body = await readBody(response, limits, url.host, signal);
    const contentType = header(response, "content-type");
    return {
      kind: "ok",
      finalUrl: url.href,
      status,
      ...(contentType === undefined ? {} : { contentType }),
      validators: validatorsOf(response),
      body,
    };
  }
}

function asSourceError(error: unknown, signal: AbortSignal): SourceFetchError {
  if (error instanceof SourceFetchError) return error;
  if (signal.aborted && signal.reason instanceof SourceFetchError) return signal.reason;
  const code = (error as { code?: unknown }).code;
  if (typeof code === "string" && NETWORK_CODES.has(code)) {
    return new SourceFetchError("network", `could not reach the server (${code})`);
  }
  return new SourceFetchError(
    "network",
    `the request failed: ${error instanceof Error ? error.message : String(error)}`,
  );
}

/**
 * GET with every limit of `HttpLimits` enforced: redirects followed (http/https only, loops
 * refused), conditional headers sent, 304 reported as not-modified, any other non-2xx status
 * thrown as an `http` error (with `retryAfterMs` on 429 and 503), the body decompressed within
 * its size limits, and the whole exchange cut at `totalTimeoutMs`. A cancelled `signal` ends
 * it as a `timeout`. Throws only `SourceFetchError`.
 */
export async function httpGet(request: HttpGetRequest): Promise<HttpGetResult> {
  const deadline = new AbortController();
  const timer = setTimeout(
    () =>
      deadline.abort(
        new SourceFetchError(
          "timeout",
          `no complete answer from ${request.url} within ${request.limits.totalTimeoutMs} ms`,
        ),
      ),
    request.limits.totalTimeoutMs,
  );
  const onCancel = (): void =>
    deadline.abort(new SourceFetchError("timeout", `the request to ${request.url} was cancelled`));
  if (request.signal?.aborted) onCancel();
  else request.signal?.addEventListener("abort", onCancel, { once: true });
  try {
    return await follow(request, deadline.signal);
  } catch (error) {
    throw asSourceError(error, deadline.signal);
  } finally {
    clearTimeout(timer);
    request.signal?.removeEventListener("abort", onCancel);
  }
}
