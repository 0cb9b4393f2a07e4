import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { type SourcesWiring, wireSources } from "../../src/app.js";
import { silentLogger } from "../../src/log/logger.js";
import type { FeedPollResult } from "../../src/sources/pollFeed.js";
import { parseSourcesConfig, type SourcesConfig } from "../../src/sources/sourcesConfig.js";
import { openStore } from "../../src/store/openStore.js";
import type { Store } from "../../src/store/store.js";
import { FakeFetcher } from "./fakeFetcher.js";

const made: string[] = [];
const stores: Store[] = [];

export function tempDir(prefix = "briefbot-sources-"): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  made.push(dir);
  return dir;
}

/** Closes the stores and removes the folders made so far: call in `afterEach`. */
export async function cleanUp(): Promise<void> {
  await Promise.all(stores.splice(0).map((s) => s.close()));
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
}

export async function sqliteStore(dataDir = tempDir()): Promise<Store> {
  const store = await openStore({ url: null, dataDir, logger: silentLogger });
  stores.push(store);
  return store;
}

/** A clock tests move by hand. */
export class FakeClock {
  constructor(private at: number = Date.parse("2026-01-15T08:00:00.000Z")) {}
  readonly now = (): Date => new Date(this.at);
  advance(ms: number): void {
    this.at += ms;
  }
}

export function configOf(
  sources: { url: string; name?: string }[],
  intervalMinutes = 15,
): SourcesConfig {
  return parseSourcesConfig({ intervalMinutes, sources }, "config/sources.json");
}

export interface Rig {
  readonly fetcher: FakeFetcher;
  readonly clock: FakeClock;
  readonly store: Store;
  readonly corpusDir: string;
  readonly wiring: SourcesWiring;
  readonly rounds: (readonly FeedPollResult[])[];
}

/** The registry and poller over a store, a fake fetcher, a fake clock and a temp corpus. */
export async function rig(
  options: {
    config?: SourcesConfig;
    fetcher?: FakeFetcher;
    clock?: FakeClock;
    store?: Store;
    corpusDir?: string;
    random?: () => number;
    owner?: string;
  } = {},
): Promise<Rig> {
  const fetcher = options.fetcher ?? new FakeFetcher();
  const clock = options.clock ?? new FakeClock();
  const store = options.store ?? (await sqliteStore());
  const corpusDir = options.corpusDir ?? tempDir("briefbot-corpus-");
  const rounds: (readonly FeedPollResult[])[] = [];
  const wiring = wireSources({
    config: options.config,
    store,
    fetcher,
    corpusDir,
    now: clock.now,
    random: options.random ?? (() => 0.5),
    logger: silentLogger,
    owner: options.owner ?? "test-instance",
    afterAdding: async (results) => {
      rounds.push(results);
    },
  });
  return { fetcher, clock, store, corpusDir, wiring, rounds };
}

/** Every article file under `<corpus>/sources/`, relative, sorted. */
export function articleFiles(corpusDir: string): string[] {
  const root = join(corpusDir, "sources");
  let slugs: string[];
  try {
    slugs = readdirSync(root);
  } catch {
    return [];
  }
  return slugs
    .flatMap((slug) => readdirSync(join(root, slug)).map((f) => `sources/${slug}/${f}`))
    .sort();
}

export function readArticle(corpusDir: string, file: string): Record<string, string> {
  return JSON.parse(readFileSync(join(corpusDir, file), "utf8")) as Record<string, string>;
}

/** Another instance beside `first`: its own registry and poller over the same store, corpus, fetcher and clock. */
export function sibling(first: Rig, config: SourcesConfig, owner: string): Promise<Rig> {
  return rig({
    config,
    owner,
    store: first.store,
    corpusDir: first.corpusDir,
    fetcher: first.fetcher,
    clock: first.clock,
  });
}
