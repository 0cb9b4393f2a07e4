import {
  type FeedResponse,
  type FeedValidators,
  type HttpLimits,
  type PageArticle,
  SourceFetchError,
  type SourcesFetcher,
} from "../types.js";
import { decodeText } from "./decodeText.js";
import { DEFAULT_USER_AGENT, withDefaultLimits } from "./defaultLimits.js";
import { documentKind, isHtmlType } from "./documentKind.js";
import { type HttpGetResult, httpGet } from "./httpGet.js";
import { createParseRunner, DEFAULT_PARSE_LIMITS, type ParseLimits } from "./parseOffThread.js";

export interface FetcherOptions {
  /** Any limit left out takes its value from `DEFAULT_HTTP_LIMITS`. */
  readonly limits?: Partial<HttpLimits>;
  readonly userAgent?: string;
  /** Milliseconds since the epoch, to turn a `Retry-After` date into a delay; `Date.now` when absent. */
  readonly now?: () => number;
  /**
   * How feeds and pages are read off the main thread (size from which a feed goes to a worker,
   * the workers' time and memory limits); any left out takes its value from `DEFAULT_PARSE_LIMITS`.
   */
  readonly parse?: Partial<ParseLimits>;
}

const FEED_ACCEPT =
  "application/rss+xml, application/atom+xml, application/feed+json, application/rdf+xml, application/xml;q=0.9, text/xml;q=0.9, application/json;q=0.8, */*;q=0.5";
const PAGE_ACCEPT = "text/html, application/xhtml+xml;q=0.9, */*;q=0.5";
const ANY_ACCEPT = `${FEED_ACCEPT.replace(", */*;q=0.5", "")}, text/html;q=0.8, */*;q=0.5`;

type Body = Extract<HttpGetResult, { kind: "ok" }>;

/**
 * The live `SourcesFetcher`: HTTP through `httpGet` (every `HttpLimits` enforced), feeds read by
 * `parseFeed`, pages by `extractPage` (behind the nesting guard), discovery by `feedLinks`, on
 * worker threads under time and memory limits (`createParseRunner`: every page, and any feed
 * from 64 KB), so that no document blocks the event loop. It holds nothing between calls but its
 * workers.
 */
export function createFetcher(options: FetcherOptions = {}): SourcesFetcher {
  const limits = withDefaultLimits(options.limits);
  const userAgent = options.userAgent ?? DEFAULT_USER_AGENT;
  const now = options.now ?? Date.now;
  const parse = createParseRunner({ ...DEFAULT_PARSE_LIMITS, ...options.parse });

  const get = (url: string, accept: string, signal?: AbortSignal, validators?: FeedValidators) =>
    httpGet({
      url,
      limits,
      userAgent,
      accept,
      now,
      ...(validators === undefined ? {} : { validators }),
      ...(signal === undefined ? {} : { signal }),
    });

  /** A 304 where the request was not conditional: the server had no reason to send one. */
  const unconditional = (url: string): SourceFetchError =>
    new SourceFetchError("http", `${url} answered 304 Not Modified to a plain request`, {
      status: 304,
    });

  const body = async (url: string, accept: string, signal?: AbortSignal): Promise<Body> => {
    const answer = await get(url, accept, signal);
    if (answer.kind === "not-modified") throw unconditional(url);
    return answer;
  };

  return {
    async fetchFeed(url, validators, signal): Promise<FeedResponse> {
      const answer = await get(url, FEED_ACCEPT, signal, validators);
      if (answer.kind === "not-modified") {
        return { kind: "not-modified", validators: answer.validators };
      }
      const text = decodeText(answer.body, answer.contentType);
      const feed = await parse(
        { kind: "feed", text, contentType: answer.contentType, url: answer.finalUrl },
        signal,
      );
      return {
        kind: "feed",
        finalUrl: answer.finalUrl,
        ...(feed.title === undefined ? {} : { title: feed.title }),
        items: feed.items,
        validators: answer.validators,
      };
    },

    async fetchPage(url, signal): Promise<PageArticle> {
      const answer = await body(url, PAGE_ACCEPT, signal);
      const text = decodeText(answer.body, answer.contentType);
      if (!isHtmlType(answer.contentType) && documentKind(answer.contentType, text) !== "html") {
        throw new SourceFetchError(
          "malformed",
          `${answer.finalUrl} answered ${answer.contentType ?? "an unlabelled document"}, not an HTML page`,
        );
      }
      return parse({ kind: "page", text, url: answer.finalUrl }, signal);
    },

    async discover(url, signal): Promise<readonly string[]> {
      const answer = await body(url, ANY_ACCEPT, signal);
      const text = decodeText(answer.body, answer.contentType);
      if (documentKind(answer.contentType, text) !== "html") {
        // Read it as a feed, so that an answer which is neither page nor feed says why.
        await parse(
          { kind: "feed", text, contentType: answer.contentType, url: answer.finalUrl },
          signal,
        );
        return [url];
      }
      const feeds = await parse({ kind: "links", text, url: answer.finalUrl }, signal);
      if (feeds.length === 0) {
        throw new SourceFetchError(
          "not-a-feed",
          `${url} is a web page that announces no feed (no <link rel="alternate"> of an RSS, Atom or JSON Feed type)`,
        );
      }
      return feeds;
    },
  };
}
