import type { SourceStatus } from "./sourceStatus.js";

/** An expected miss, as a value (STYLE.md §5): the reason is the user's to read. */
export type Outcome<T> =
  | { readonly ok: true; readonly value: T }
  | { readonly ok: false; readonly reason: string };

/** What `sources check` found when it read a feed now (nothing is stored). */
export interface FeedCheck {
  readonly name: string;
  readonly url: string;
  readonly ok: boolean;
  /** Items the feed lists now (0 when it failed). */
  readonly items: number;
  readonly title: string | null;
  readonly error: { readonly kind: string; readonly message: string } | null;
}

/** What `sources add` takes beside the URL. */
export interface AddOptions {
  /** The outlet name; null: the feed's title. */
  readonly name: string | null;
  /** Minutes between polls; null: the configured interval. */
  readonly intervalMinutes: number | null;
  readonly addedBy: string;
}

/**
 * The followed sources as the `/sources` command and `briefbot sources` see them: the feeds of
 * `config/sources.json` and those added at run time, with their health.
 */
export interface SourcesService {
  list(): Promise<readonly SourceStatus[]>;
  /** Discovers the feed of `url` (a home page gives its announced feed) and follows it. */
  add(url: string, options: AddOptions): Promise<Outcome<SourceStatus>>;
  /** Stops following the source named by its feed URL, id, name or folder name. */
  remove(target: string): Promise<Outcome<SourceStatus>>;
  /** Reads the named feed (every feed when null) now, storing nothing. */
  check(target: string | null): Promise<Outcome<readonly FeedCheck[]>>;
}

/** What `/sources` and `briefbot sources` answer: plain data, as `--json` prints it. */
export interface SourcesView {
  readonly action: "list" | "add" | "remove" | "check";
  /** list: every followed source; add and remove: the one added or removed. */
  readonly sources: readonly SourceStatus[];
  /** check: what reading each feed now gave. */
  readonly checks: readonly FeedCheck[];
}
