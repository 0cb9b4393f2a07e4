import {
  type FeedItem,
  type FeedResponse,
  type FeedValidators,
  type PageArticle,
  SourceFetchError,
  type SourcesFetcher,
} from "../../src/sources/types.js";

export interface FakeFeed {
  title?: string;
  items: FeedItem[];
  /** Sent back as the ETag; a request that repeats it gets `not-modified`. */
  etag?: string;
  /** Thrown instead of answering. */
  error?: SourceFetchError;
}

/**
 * A `SourcesFetcher` serving feeds and pages from maps, recording every call and how many were
 * under way at once (overall and per host). With `hold`, each call waits until `release()`.
 */
export class FakeFetcher implements SourcesFetcher {
  readonly feeds = new Map<string, FakeFeed>();
  readonly pages = new Map<string, PageArticle | SourceFetchError>();
  /** Home page → the feeds it announces. */
  readonly homes = new Map<string, string[]>();
  readonly calls: {
    kind: "feed" | "page" | "discover";
    url: string;
    validators?: FeedValidators;
  }[] = [];
  maxConcurrent = 0;
  readonly maxPerHost = new Map<string, number>();
  hold = false;
  private running = 0;
  private readonly perHost = new Map<string, number>();
  private readonly waiting: (() => void)[] = [];

  /** Lets every held call go on (and the ones that come while releasing). */
  release(): void {
    this.hold = false;
    for (const go of this.waiting.splice(0)) go();
  }

  /** Resolves once `n` calls are waiting on `hold`. */
  async held(n: number): Promise<void> {
    while (this.waiting.length < n) await new Promise((r) => setTimeout(r, 2));
  }

  private async around<T>(url: string, work: () => T): Promise<T> {
    const host = new URL(url).host;
    this.running++;
    this.perHost.set(host, (this.perHost.get(host) ?? 0) + 1);
    this.maxConcurrent = Math.max(this.maxConcurrent, this.running);
    this.maxPerHost.set(
      host,
      Math.max(this.maxPerHost.get(host) ?? 0, this.perHost.get(host) ?? 0),
    );
    try {
      if (this.hold) await new Promise<void>((resolve) => this.waiting.push(resolve));
      await Promise.resolve();
      return work();
    } finally {
      this.running--;
      this.perHost.set(host, (this.perHost.get(host) ?? 1) - 1);
    }
  }

  fetchFeed(url: string, validators: FeedValidators): Promise<FeedResponse> {
    this.calls.push({ kind: "feed", url, validators });
    return this.around(url, () => {
      const feed = this.feeds.get(url);
      if (!feed) throw new SourceFetchError("http", "404 Not Found", { status: 404 });
      if (feed.error) throw feed.error;
      const etag = feed.etag;
      if (etag !== undefined && validators.etag === etag)
        return { kind: "not-modified", validators: { etag } } as const;
      return {
        kind: "feed",
        finalUrl: url,
        ...(feed.title === undefined ? {} : { title: feed.title }),
        items: feed.items,
        validators: etag === undefined ? {} : { etag },
      } as const;
    });
  }

  fetchPage(url: string): Promise<PageArticle> {
    this.calls.push({ kind: "page", url });
    return this.around(url, () => {
      const page = this.pages.get(url);
      if (page === undefined) throw new SourceFetchError("http", "404 Not Found", { status: 404 });
      if (page instanceof SourceFetchError) throw page;
      return page;
    });
  }

  discover(url: string): Promise<readonly string[]> {
    this.calls.push({ kind: "discover", url });
    return this.around(url, () => {
      if (this.feeds.has(url)) return [url];
      const found = this.homes.get(url);
      if (found === undefined) throw new SourceFetchError("http", "404 Not Found", { status: 404 });
      return found;
    });
  }
}

/** A paragraph long enough for a text fingerprint, different for each `seed`. */
export function articleText(seed: string, words = 40): string {
  return Array.from({ length: words }, (_, i) => `${seed}${i % 7 === 0 ? "" : i}`).join(" ");
}
