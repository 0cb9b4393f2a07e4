import type { SerialQueue } from "../index/live/serialQueue.js";
import type { Logger } from "../log/logger.js";
import { mapConcurrent } from "../util/mapConcurrent.js";
import { writeArticleFile } from "./articleFile.js";
import { articleKeys } from "./articleKeys.js";
import { clipArticle } from "./articleLength.js";
import { canonicalUrl } from "./canonicalUrl.js";
import type { ConcurrencyLimits } from "./concurrency.js";
import { MINUTE_MS, nextAfterFailure, nextAfterSuccess } from "./pollTiming.js";
import { hostOf, type Source, sourceSlug } from "./source.js";
import type { FeedState, SourcesStore } from "./sourcesStore.js";
import {
  type FeedItem,
  type FeedValidators,
  type PageArticle,
  SourceFetchError,
  type SourcesFetcher,
} from "./types.js";

/** Items of one feed read per poll, newest first as feeds list them; the rest wait. */
export const MAX_ITEMS_PER_POLL = 100;
/** Items of one feed worked on at once (the per-host limit bounds their page requests). */
const ITEMS_IN_PARALLEL = 2;
/** Longest error message kept for the health report. */
const MAX_ERROR_LENGTH = 300;

export interface FeedPollDeps {
  readonly fetcher: SourcesFetcher;
  readonly store: SourcesStore;
  readonly corpusDir: string;
  readonly now: () => Date;
  readonly random: () => number;
  readonly limits: ConcurrencyLimits;
  /** One article stored at a time across the poller's feeds: check, write, remember. */
  readonly claims: SerialQueue;
  /** This instance, as the owner of the store lock taken to store an article. */
  readonly owner: string;
  readonly logger: Logger;
  /** Aborted when the poller stops: requests under way give up. */
  readonly signal?: AbortSignal;
}

/** An article a poll stored. */
export interface AddedArticle {
  readonly title: string | null;
  readonly url: string | null;
  /** Relative to the corpus folder. */
  readonly file: string;
  /** The page could not be read: the feed's text was kept. */
  readonly pageFailed: boolean;
}

/** What polling one feed did: plain data, as `briefbot poll --json` prints it. */
export interface FeedPollResult {
  readonly id: string;
  readonly name: string;
  readonly url: string;
  readonly outcome: "added" | "nothing-new" | "not-modified" | "failed";
  readonly itemsSeen: number;
  readonly added: readonly AddedArticle[];
  readonly error: { readonly kind: string; readonly message: string } | null;
}

/** The name the outlet goes by: the one given, else the feed's title, else the page's site. */
function outletName(source: Source, feedTitle: string | null, page?: PageArticle): string {
  return source.name ?? feedTitle ?? page?.outlet ?? hostOf(source.url);
}

/**
 * Polls one feed once: a conditional GET with the validators it answered last time; each item
 * not stored yet (by URL, GUID or text, `articleKeys`) is completed from its page when the feed
 * gives only a teaser, and written to the corpus folder; then the feed's state and health are
 * saved with its next poll (jittered interval, or backoff after a failure). Never throws for
 * what the feed or the network does; a store or disk failure does throw.
 */
export async function pollFeed(
  source: Source,
  intervalMinutes: number,
  deps: FeedPollDeps,
): Promise<FeedPollResult> {
  const state = await deps.store.feedState(source.id);
  const startedAt = deps.now();
  const intervalMs = intervalMinutes * MINUTE_MS;
  const base = { id: source.id, url: source.url };
  let response: Awaited<ReturnType<SourcesFetcher["fetchFeed"]>>;
  try {
    response = await deps.limits.run(hostOf(source.url), () =>
      deps.fetcher.fetchFeed(source.url, validatorsOf(state), deps.signal),
    );
  } catch (error) {
    const failure = describeFailure(error);
    if (!(error instanceof SourceFetchError))
      deps.logger.error("fetching a feed failed unexpectedly", { source: source.url, error });
    const failures = state.failures + 1;
    const at = deps.now();
    await deps.store.setFeedState(source.id, {
      ...state,
      lastPollAt: at.toISOString(),
      lastError: { ...failure, at: at.toISOString() },
      failingSince: state.failingSince ?? at.toISOString(),
      failures,
      nextPollAt: nextAfterFailure(
        at,
        intervalMs,
        failures,
        error instanceof SourceFetchError ? error.details.retryAfterMs : undefined,
        deps.random,
      ).toISOString(),
    });
    return {
      ...base,
      name: outletName(source, state.title),
      outcome: "failed",
      itemsSeen: 0,
      added: [],
      error: failure,
    };
  }
  const succeeded = (changes: Partial<FeedState>): FeedState => {
    const at = deps.now();
    return {
      ...state,
      ...changes,
      // A 304 that repeats no validator keeps the ones that earned it.
      validators:
        response.kind === "not-modified" && Object.keys(response.validators).length === 0
          ? state.validators
          : response.validators,
      lastPollAt: at.toISOString(),
      lastSuccessAt: at.toISOString(),
      lastError: state.lastError,
      failingSince: null,
      failures: 0,
      nextPollAt: nextAfterSuccess(at, intervalMs, deps.random).toISOString(),
    };
  };
  if (response.kind === "not-modified") {
    await deps.store.setFeedState(source.id, succeeded({}));
    return {
      ...base,
      name: outletName(source, state.title),
      outcome: "not-modified",
      itemsSeen: state.itemsSeen,
      added: [],
      error: null,
    };
  }
  const title = response.title?.trim() || null;
  const added: AddedArticle[] = [];
  const pageFailures: string[] = [];
  // Two items at a time, so teasers' pages load in parallel within the per-host limit.
  const stored = await mapConcurrent(
    response.items.slice(0, MAX_ITEMS_PER_POLL),
    ITEMS_IN_PARALLEL,
    (item) => storeItem(source, title, item, startedAt, deps, pageFailures),
  );
  for (const article of stored) if (article !== null) added.push(article);
  await deps.store.setFeedState(
    source.id,
    succeeded({
      title,
      itemsSeen: response.items.length,
      articlesAdded: state.articlesAdded + added.length,
      note: pageNote(pageFailures),
    }),
  );
  return {
    ...base,
    name: outletName(source, title),
    outcome: added.length > 0 ? "added" : "nothing-new",
    itemsSeen: response.items.length,
    added,
    error: null,
  };
}

/**
 * One item: skipped when any of its keys is stored; else completed from its page (a teaser)
 * and, in turn (`claims` in this process, the store's lock across instances, so two feeds
 * carrying one article at once store it once), checked again with the page's keys, written and
 * remembered.
 */
async function storeItem(
  source: Source,
  feedTitle: string | null,
  item: FeedItem,
  seenAt: Date,
  deps: FeedPollDeps,
  pageFailures: string[],
): Promise<AddedArticle | null> {
  const keys = articleKeys(source.id, item);
  if (keys.length === 0) return null;
  if (await rememberIfSeen(keys, deps)) return null;
  let page: PageArticle | undefined;
  let pageFailed = false;
  const url = item.url === undefined ? undefined : canonicalUrl(item.url);
  if (item.teaser && url !== undefined) {
    try {
      page = await deps.limits.run(hostOf(url), () => deps.fetcher.fetchPage(url, deps.signal));
    } catch (error) {
      pageFailed = true;
      const failure = describeFailure(error);
      pageFailures.push(`${failure.kind}: ${failure.message}`);
    }
  }
  // A page whose reader view found less than the feed gave (a paywall's stub) is not the article.
  const pageText = page?.text.trim() ?? "";
  // Clipped first: keys, file and index all see the article as kept (`MAX_ARTICLE_CHARS`).
  const { text } = clipArticle(
    pageText.length > item.text.trim().length ? pageText : item.text.trim(),
  );
  if (text === "") return null;
  const articleUrl = page?.url ?? url ?? null;
  const pageKeys = articleKeys(source.id, {
    ...(articleUrl === null ? {} : { url: articleUrl }),
    text,
  });
  const allKeys = [...new Set([...keys, ...pageKeys])];
  return deps.claims.run(() =>
    deps.store.claimArticle(deps.owner, async () => {
      if (await rememberIfSeen(allKeys, deps)) return null;
      const title = item.title?.trim() || page?.title?.trim() || null;
      const file = await writeArticleFile(
        deps.corpusDir,
        sourceSlug(source),
        allKeys[0] as string,
        {
          title,
          text,
          date: articleDate(item.published ?? page?.published),
          url: articleUrl,
          outlet: outletName(source, feedTitle, page),
          author: item.author ?? page?.author ?? null,
        },
        seenAt,
      );
      await deps.store.remember(allKeys, file, deps.now());
      return { title, url: articleUrl, file, pageFailed };
    }),
  );
}

/**
 * True when one of `keys` is stored: the same article under a new GUID or tracking
 * parameters; its other keys are remembered too, pointing to the same file.
 */
async function rememberIfSeen(keys: readonly string[], deps: FeedPollDeps): Promise<boolean> {
  const known = await deps.store.seen(keys);
  if (known === null) return false;
  await deps.store.remember(keys, known.seen.file, deps.now());
  return true;
}

/** The validators as the fetcher takes them: only those the feed gave. */
function validatorsOf(state: FeedState): FeedValidators {
  const { etag, lastModified } = state.validators;
  return {
    ...(etag === undefined ? {} : { etag }),
    ...(lastModified === undefined ? {} : { lastModified }),
  };
}

/** The item's (or its page's) own date as ISO 8601; null when it has none: never guessed. */
function articleDate(published: string | undefined): string | null {
  const parsed = published === undefined ? Number.NaN : Date.parse(published);
  return Number.isNaN(parsed) ? null : new Date(parsed).toISOString();
}

/** "2 pages could not be read (http: 403 Forbidden); the feed's text was kept", or null. */
function pageNote(failures: readonly string[]): string | null {
  if (failures.length === 0) return null;
  const pages = failures.length === 1 ? "1 page" : `${failures.length} pages`;
  return `${pages} could not be read (${failures[0]}); the feed's text was kept`;
}

/** A fetch failure for the health report: its kind and message, bounded; a bug is "internal". */
function describeFailure(error: unknown): { kind: string; message: string } {
  if (error instanceof SourceFetchError)
    return { kind: error.kind, message: error.message.slice(0, MAX_ERROR_LENGTH) };
  const message = error instanceof Error ? error.message : String(error);
  return { kind: "internal", message: message.slice(0, MAX_ERROR_LENGTH) };
}
