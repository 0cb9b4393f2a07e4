import { canonicalUrl } from "./canonicalUrl.js";
import {
  MAX_INTERVAL_MINUTES,
  MAX_NAME_LENGTH,
  MIN_INTERVAL_MINUTES,
  type Source,
  sourceId,
  sourceSlug,
} from "./source.js";
import { type SourceStatus, sourceStatus } from "./sourceStatus.js";
import type { SourcesConfig } from "./sourcesConfig.js";
import type { AddOptions, FeedCheck, Outcome, SourcesService } from "./sourcesService.js";
import type { SourcesStore } from "./sourcesStore.js";
import { SourceFetchError, type SourcesFetcher } from "./types.js";

export interface RegistryDeps {
  readonly config: SourcesConfig;
  readonly store: SourcesStore;
  readonly fetcher: SourcesFetcher;
  readonly now: () => Date;
  /** Who takes the registry's lock when it changes: this instance. */
  readonly owner: string;
}

/**
 * The followed sources: those of `config/sources.json` (fixed while running: changed by editing
 * the file and restarting) and those added at run time (in the store). Config comes first; a
 * stored source whose feed the file also lists is shadowed by the file's entry, which gives its
 * name and interval. Sources are told apart by their feed URL.
 */
export class SourcesRegistry implements SourcesService {
  constructor(private readonly deps: RegistryDeps) {}

  async all(): Promise<Source[]> {
    const fromConfig = this.deps.config.sources;
    const ids = new Set(fromConfig.map((s) => s.id));
    const added = (await this.deps.store.addedSources()).filter((s) => !ids.has(s.id));
    return [...fromConfig, ...added];
  }

  intervalOf(source: Source): number {
    return source.intervalMinutes ?? this.deps.config.intervalMinutes;
  }

  /** The source `target` names: its feed URL, its id, its name or its folder name (any case). */
  async find(target: string): Promise<Source | null> {
    const all = await this.all();
    const url = canonicalUrl(target);
    const wanted = target.trim().toLowerCase();
    return (
      all.find((s) => s.url === url || s.id === wanted) ??
      all.find((s) => s.name?.toLowerCase() === wanted || sourceSlug(s) === wanted) ??
      null
    );
  }

  async status(source: Source): Promise<SourceStatus> {
    const state = await this.deps.store.feedState(source.id);
    return sourceStatus(source, state, this.intervalOf(source), this.deps.now());
  }

  async list(): Promise<readonly SourceStatus[]> {
    return Promise.all((await this.all()).map((s) => this.status(s)));
  }

  async add(url: string, options: AddOptions): Promise<Outcome<SourceStatus>> {
    const { name, intervalMinutes, addedBy } = options;
    const given = canonicalUrl(url);
    if (given === undefined) {
      return fail(
        `'${url.slice(0, 100)}' is not an http(s) address — give the site's or the feed's URL, like https://example.com/feed.xml`,
      );
    }
    const trimmed = name?.trim() ?? null;
    if (trimmed !== null && (trimmed === "" || trimmed.length > MAX_NAME_LENGTH)) {
      return fail(`a source's name takes 1 to ${MAX_NAME_LENGTH} characters`);
    }
    if (
      intervalMinutes !== null &&
      !(
        Number.isInteger(intervalMinutes) &&
        intervalMinutes >= MIN_INTERVAL_MINUTES &&
        intervalMinutes <= MAX_INTERVAL_MINUTES
      )
    ) {
      return fail(
        `a source is polled every ${MIN_INTERVAL_MINUTES} to ${MAX_INTERVAL_MINUTES} minutes, not ${intervalMinutes}`,
      );
    }
    const already = await this.followed(given);
    if (already !== null) return already;
    let found: readonly string[];
    try {
      found = await this.deps.fetcher.discover(given);
    } catch (error) {
      return fail(`cannot read ${given}: ${fetchReason(error)}`);
    }
    const feedUrl = found.map((u) => canonicalUrl(u)).find((u) => u !== undefined);
    if (feedUrl === undefined)
      return fail(`${given} announces no feed — give the address of its RSS, Atom or JSON feed`);
    const duplicate = await this.followed(feedUrl);
    if (duplicate !== null) return duplicate;
    const source: Source = {
      id: sourceId(feedUrl),
      url: feedUrl,
      name: trimmed,
      intervalMinutes,
      origin: "added",
      addedAt: this.deps.now().toISOString(),
      addedBy,
    };
    const changed = await this.deps.store.changeAdded(this.deps.owner, (sources) =>
      sources.some((s) => s.id === source.id) ? null : [...sources, source],
    );
    if (!changed) return fail(`${feedUrl} is already followed`);
    return { ok: true, value: await this.status(source) };
  }

  async remove(target: string): Promise<Outcome<SourceStatus>> {
    const source = await this.find(target);
    if (source === null)
      return fail(`no followed source is '${target.slice(0, 100)}' — see the list with sources`);
    if (source.origin === "config") {
      return fail(
        `${source.name ?? source.url} is listed in config/sources.json — remove it there and restart`,
      );
    }
    const status = await this.status(source);
    await this.deps.store.changeAdded(this.deps.owner, (sources) =>
      sources.filter((s) => s.id !== source.id),
    );
    // Its articles stay remembered: following it again does not post them twice.
    await this.deps.store.deleteFeedState(source.id);
    return { ok: true, value: status };
  }

  async check(target: string | null): Promise<Outcome<readonly FeedCheck[]>> {
    let sources: Source[];
    if (target === null) sources = await this.all();
    else {
      const source = await this.find(target);
      if (source === null)
        return fail(`no followed source is '${target.slice(0, 100)}' — see the list with sources`);
      sources = [source];
    }
    const checks = await Promise.all(
      sources.map(async (source): Promise<FeedCheck> => {
        const name = (await this.status(source)).name;
        try {
          const response = await this.deps.fetcher.fetchFeed(source.url, {});
          const items = response.kind === "feed" ? response.items.length : 0;
          const title = response.kind === "feed" ? (response.title ?? null) : null;
          return { name, url: source.url, ok: true, items, title, error: null };
        } catch (error) {
          const kind = error instanceof SourceFetchError ? error.kind : "internal";
          return {
            name,
            url: source.url,
            ok: false,
            items: 0,
            title: null,
            error: { kind, message: fetchReason(error) },
          };
        }
      }),
    );
    return { ok: true, value: checks };
  }

  /** The refusal for a feed already followed, or null. */
  private async followed(url: string): Promise<Outcome<never> | null> {
    const existing = (await this.all()).find((s) => s.url === url);
    if (existing === undefined) return null;
    const as = existing.name === null ? "" : ` as '${existing.name}'`;
    const where = existing.origin === "config" ? " (in config/sources.json)" : "";
    return fail(`${url} is already followed${as}${where}`);
  }
}

function fail(reason: string): { ok: false; reason: string } {
  return { ok: false, reason };
}

function fetchReason(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.slice(0, 300);
}
