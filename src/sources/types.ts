/**
 * The boundary between fetching (HTTP, feed parsing, reader-view extraction: `src/sources/fetch/`)
 * and following sources (registry, polling, health, storing articles: the rest of `src/sources/`).
 * Plain, serialisable data; the fetcher is passed in, so polling is tested with a fake one.
 */

/** What a feed answered last time, sent back for a conditional GET. */
export interface FeedValidators {
  readonly etag?: string;
  readonly lastModified?: string;
}

/** One item of a feed, normalised whatever the format (RSS 2.0, RSS 1.0/RDF, Atom, JSON Feed). */
export interface FeedItem {
  /** The feed's own identifier (RSS guid, Atom id, JSON Feed id), when it has one. */
  readonly guid?: string;
  /** Absolute http(s) link, canonicalised (see `canonicalUrl`); absent when the item has none. */
  readonly url?: string;
  readonly title?: string;
  /** Plain text of the item's content (or summary when it has no content), markup removed. */
  readonly text: string;
  /** True when `text` is only a teaser, so fetching the page is worth trying. */
  readonly teaser: boolean;
  /** ISO 8601, from the feed; absent when the feed gives none (never invented). */
  readonly published?: string;
  readonly author?: string;
}

export type FeedResponse =
  | {
      readonly kind: "feed";
      /** Where the feed was read after redirects. */
      readonly finalUrl: string;
      /** The feed's own title (used as the outlet name when the user gave none). */
      readonly title?: string;
      readonly items: readonly FeedItem[];
      readonly validators: FeedValidators;
    }
  | { readonly kind: "not-modified"; readonly validators: FeedValidators };

/** An article read from its page with the reader-view extraction. */
export interface PageArticle {
  /** The page's canonical URL (`<link rel=canonical>`, og:url) or the final URL, canonicalised. */
  readonly url: string;
  readonly title?: string;
  readonly text: string;
  /** og:site_name or similar. */
  readonly outlet?: string;
  readonly author?: string;
  /** ISO 8601 from the page metadata (article:published_time, JSON-LD datePublished, <time>). */
  readonly published?: string;
}

export type SourceFailureKind =
  | "network"
  | "timeout"
  | "http"
  | "too-large"
  | "too-many-redirects"
  | "malformed"
  | "not-a-feed"
  | "not-http";

/** Why a fetch failed, worded for the person who manages the feed (never a secret, never a stack). */
export class SourceFetchError extends Error {
  override readonly name = "SourceFetchError";
  constructor(
    readonly kind: SourceFailureKind,
    message: string,
    readonly details: { readonly status?: number; readonly retryAfterMs?: number } = {},
  ) {
    super(message);
  }
}

/** Limits every request obeys, whatever the server does. */
export interface HttpLimits {
  readonly connectTimeoutMs: number;
  /** Longest wait for the next bytes, and for the whole body. */
  readonly readTimeoutMs: number;
  readonly totalTimeoutMs: number;
  /** Bytes read off the wire. */
  readonly maxBodyBytes: number;
  /** Bytes after gzip/brotli/deflate decompression. */
  readonly maxDecodedBytes: number;
  readonly maxRedirects: number;
}

export interface SourcesFetcher {
  /** Reads a feed; `validators` make it a conditional GET. Throws `SourceFetchError`. */
  fetchFeed(url: string, validators: FeedValidators, signal?: AbortSignal): Promise<FeedResponse>;
  /** Reads an article page with the reader view. Throws `SourceFetchError` (403, not HTML, …). */
  fetchPage(url: string, signal?: AbortSignal): Promise<PageArticle>;
  /** Feed URLs a page announces (`<link rel="alternate">`), or `[url]` when `url` is a feed. */
  discover(url: string, signal?: AbortSignal): Promise<readonly string[]>;
}
