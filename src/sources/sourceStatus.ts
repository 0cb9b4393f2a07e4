import type { Source } from "./source.js";
import type { FeedState } from "./sourcesStore.js";

/** A feed failing this long is flagged to the people who manage channels. */
export const FAILING_FLAG_MS = 24 * 60 * 60 * 1000;

/** One followed feed and its health: what `sources` lists (and `--json` prints). */
export interface SourceStatus {
  readonly id: string;
  /** The outlet name articles carry: the given name, else the feed's title, else its host. */
  readonly name: string;
  readonly url: string;
  readonly origin: Source["origin"];
  readonly intervalMinutes: number;
  readonly lastSuccessAt: string | null;
  readonly lastError: FeedState["lastError"];
  readonly failingSince: string | null;
  /** Failing for `FAILING_FLAG_MS` or more, by the injected clock. */
  readonly failingForADay: boolean;
  readonly itemsSeen: number;
  readonly articlesAdded: number;
  /** Null: never polled yet, so at the poller's next round. */
  readonly nextPollAt: string | null;
  readonly note: string | null;
}

export function sourceStatus(
  source: Source,
  state: FeedState,
  intervalMinutes: number,
  now: Date,
): SourceStatus {
  const failingSince = state.failingSince;
  return {
    id: source.id,
    name: source.name ?? state.title ?? new URL(source.url).host,
    url: source.url,
    origin: source.origin,
    intervalMinutes,
    lastSuccessAt: state.lastSuccessAt,
    lastError: state.lastError,
    failingSince,
    failingForADay:
      failingSince !== null && now.getTime() - Date.parse(failingSince) >= FAILING_FLAG_MS,
    itemsSeen: state.itemsSeen,
    articlesAdded: state.articlesAdded,
    nextPollAt: state.nextPollAt,
    note: state.note,
  };
}

/** A feed flagged as failing for a day, as the digest footer names it. */
export interface FailingFeed {
  readonly name: string;
  readonly failingSince: string;
}

export function failingFeeds(statuses: readonly SourceStatus[]): FailingFeed[] {
  return statuses
    .filter((s) => s.failingForADay && s.failingSince !== null)
    .map((s) => ({ name: s.name, failingSince: s.failingSince as string }));
}
