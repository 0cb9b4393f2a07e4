import { randomUUID } from "node:crypto";
import { existsSync } from "node:fs";
import { hostname } from "node:os";
import { dirname, join, resolve } from "node:path";
import pg from "pg";
import { BRIEFING_RULES } from "../briefings/rules/briefingRules.js";
import type { CommandDeps, SubscriptionService } from "../commands/types.js";
import type {
  AdapterDefinition,
  AdapterHost,
  AddressResult,
  ChatAdapter,
  PlatformId,
} from "./adapters/adapter.js";
import { type ChatSessionOptions, runChatSession } from "./adapters/chat/chatSession.js";
import { discordAdapter, registerDiscordCommands } from "./adapters/discord/index.js";
import { RequestLimits } from "./adapters/requestLimits.js";
import { slackAdapter, slackManifest } from "./adapters/slack/index.js";
import { renderReply } from "./adapters/terminal/renderReply.js";
import { syncConfigWebhooks, WEBHOOK_PLATFORM } from "./adapters/webhook/configSubscriptions.js";
import { webhookAdapter } from "./adapters/webhook/index.js";
import { type ConfigWebhook, loadWebhooksConfig } from "./adapters/webhook/webhooksConfig.js";
import { type Environment, readEnvironment } from "./config/environment.js";
import { envReader } from "./config/envValues.js";
import { defaultCorpusDir } from "./config/paths.js";
import type { Secret } from "./config/secret.js";
import { loadCorpus } from "./corpus/loadCorpus.js";
import { buildIndex } from "./index/buildIndex.js";
import type { CorpusIndex } from "./index/corpusIndex.js";
import { CorpusWatcher } from "./index/corpusWatcher.js";
import { createEngineCache } from "./index/engineCache.js";
import { snapshotPath } from "./index/indexSnapshot.js";
import type { SnapshotStamp } from "./index/live/liveSnapshot.js";
import { PostgresSavedIndex } from "./index/live/postgresSavedIndex.js";
import { LiveCorpus, type UpdateReport } from "./index/liveCorpus.js";
import type { Logger } from "./log/logger.js";
import { loadOfficialsConfig } from "./officials/officialsConfig.js";
import {
  cronTrigger,
  DigestScheduler,
  intervalRepeater,
  type Repeater,
  type TriggerFactory,
} from "./schedule/scheduler.js";
import { createFetcher } from "./sources/fetch/createFetcher.js";
import { failingFeeds } from "./sources/sourceStatus.js";
import {
  loadSourcesConfig,
  NO_SOURCES_CONFIG,
  type SourcesConfig,
} from "./sources/sourcesConfig.js";
import { type PollerDeps, SourcesPoller } from "./sources/sourcesPoller.js";
import { SourcesRegistry } from "./sources/sourcesRegistry.js";
import { SourcesStore } from "./sources/sourcesStore.js";
import type { SourcesFetcher } from "./sources/types.js";
import { openStore } from "./store/openStore.js";
import { SQLITE_FILE_NAME } from "./store/sqliteStore.js";
import type { Store } from "./store/store.js";
import { extractiveSummarizer } from "./summarize/extractiveSummarizer.js";
import type { Summarizer } from "./summarize/summarizer.js";
import { loadTopicsConfig } from "./topics/topicsConfig.js";
import type { TurnOptions } from "./util/steps.js";

/**
 * What every briefing, digest and profile picks its sentences with, in chat, on the command line
 * and in scheduled digests. Another summarizer is one file implementing `Summarizer`
 * (src/summarize/summarizer.ts) and this line.
 */
export const BRIEFING_SUMMARIZER: Summarizer = extractiveSummarizer;

/** What a command run over `index` needs from the engine: the index, the summarizer, the clock. */
export function commandDeps(
  index: CorpusIndex,
  now: () => Date,
): Pick<CommandDeps, "index" | "summarizer" | "now"> {
  return { index, summarizer: BRIEFING_SUMMARIZER, now };
}

/**
 * The terminal, the CLI's one face (the CLI imports no adapter, DESIGN.md): a reply as terminal
 * text or `--json`, with its exit code.
 */
export const renderForTerminal = renderReply;

/** The local chat (`briefbot chat`) over the engine's index, in a terminal. */
export function runLocalChat(
  options: Omit<ChatSessionOptions, "deps"> & { index: CorpusIndex; now: () => Date } & Pick<
      CommandDeps,
      "sources" | "place"
    >,
): Promise<void> {
  const { index, now, sources, place, ...session } = options;
  return runChatSession({
    ...session,
    deps: {
      ...commandDeps(index, now),
      ...(sources ? { sources } : {}),
      ...(place ? { place } : {}),
    },
  });
}

/** The webhook platform's id and the one workspace of webhooks subscribed here. */
export {
  LOCAL_WORKSPACE as WEBHOOK_WORKSPACE,
  WEBHOOK_PLATFORM,
} from "./adapters/webhook/configSubscriptions.js";

export interface EngineOptions {
  readonly corpusDir: string;
  readonly configDir: string;
}

/**
 * Wires the engine from validated config: topics config first (a bad config fails before any
 * corpus work), then the corpus, then the index. Throws `UserError` for bad config or corpus.
 * Nothing is saved: for one-off analyses and tests; the CLI and the bots use `openLiveCorpus`.
 */
export async function loadEngine(options: EngineOptions): Promise<CorpusIndex> {
  const topics = await loadTopicsConfig(options.configDir);
  const officials = await loadOfficialsConfig(options.configDir);
  // One cache for both: the index reads the terms the corpus assembly computed.
  const cache = createEngineCache();
  const corpus = await loadCorpus(options.corpusDir, { terms: cache.terms });
  return buildIndex(corpus, topics, officials, BRIEFING_RULES, cache);
}

export interface LiveEngineOptions extends EngineOptions {
  /** The data folder holding the saved index; null keeps it in memory. */
  readonly dataDir: string | null;
  /** DATABASE_URL: the saved index in PostgreSQL, shared with other instances, instead. */
  readonly databaseUrl?: Secret | null;
  /** BRIEFBOT_INDEX_NAME: which index of that database; null: the corpus folder's path. */
  readonly indexName?: string | null;
  /** Whether this process may lead a shared index (`LiveCorpusOptions.mayLead`); yes unless false. */
  readonly mayLead?: boolean;
  readonly workers: number;
  readonly onProgress?: (done: number, total: number) => void;
}

/**
 * The engine over a corpus that can grow: the saved index of the folder (in `dataDir/index/`),
 * brought up to date with the folder (only new and changed files are analysed), and saved again.
 */
export async function openLiveCorpus(
  options: LiveEngineOptions,
): Promise<{ corpus: LiveCorpus; report: UpdateReport }> {
  const topics = await loadTopicsConfig(options.configDir);
  const officials = await loadOfficialsConfig(options.configDir);
  const opened = await LiveCorpus.open({
    corpusDir: options.corpusDir,
    topics,
    officials,
    rules: BRIEFING_RULES,
    snapshotFile:
      options.dataDir === null ? null : snapshotPath(options.dataDir, options.corpusDir),
    ...(options.databaseUrl
      ? {
          savedIndex: postgresIndex(options.databaseUrl, options.indexName ?? null),
          mayLead: options.mayLead !== false,
        }
      : {}),
    workers: options.workers,
    ...(options.onProgress ? { onProgress: options.onProgress } : {}),
  });
  try {
    await opened.corpus.save();
  } catch (error) {
    await opened.corpus.close();
    throw error;
  }
  return opened;
}

/**
 * The saved index in PostgreSQL, named, or keyed by the corpus folder's path: instances that name
 * the same one share it (one reads its folder into it, the others follow; README "Several
 * instances").
 */
function postgresIndex(url: Secret, name: string | null) {
  return (stamp: SnapshotStamp, turns: TurnOptions) =>
    new PostgresSavedIndex({
      pool: new pg.Pool({ connectionString: url.reveal(), max: 4, keepAlive: true }),
      key: name ?? stamp.corpusDir,
      expected: stamp,
      turns,
    });
}

/**
 * Every platform briefbot delivers to, in start-up order. A new platform is one adapter folder
 * (implementing `ChatAdapter`, src/adapters/adapter.ts) and one line here.
 */
export const ADAPTERS = [discordAdapter, slackAdapter, webhookAdapter] as const;

type KnownAdapter = (typeof ADAPTERS)[number];
/** Each adapter's settings by its id; null when its variables are not set. */
export type AdapterSettings = {
  readonly [A in KnownAdapter as A["id"]]: ReturnType<A["readSettings"]>;
};

/** The one validated config object: the environment, and each adapter's settings. */
export interface AppConfig extends Environment {
  readonly adapters: AdapterSettings;
  /**
   * The webhooks `webhooks.json` subscribes (`loadConfigWebhooks`), put into the store when the
   * app starts; absent: the store's subscriptions are left as they are.
   */
  readonly configWebhooks?: readonly ConfigWebhook[];
  /**
   * `config/sources.json` validated (`loadSourcesConfig`): the feeds followed beside those added
   * at run time. Absent: none from config.
   */
  readonly sources?: SourcesConfig;
}

/** Reads and validates `<configDir>/sources.json` (no file: no sources from config). */
export const loadConfigSources = loadSourcesConfig;

/**
 * The fetcher live sources read feeds and pages with: HTTP within the default limits
 * (src/sources/fetch/), Retry-After dates read against the app's clock.
 */
export function defaultSourcesFetcher(now: () => Date = () => new Date()): SourcesFetcher {
  return createFetcher({ now: () => now().getTime() });
}

/** This process, as the owner of store locks: host, pid and a random suffix. */
export function instanceOwner(): string {
  return `${hostname()}:${process.pid}:${randomUUID().slice(0, 8)}`;
}

export interface SourcesWiring {
  readonly registry: SourcesRegistry;
  readonly poller: SourcesPoller;
}

/** What the poller needs beside the registry and its store; `config` absent: no file. */
export type SourcesWiringDeps = Omit<PollerDeps, "registry" | "store"> & {
  readonly config: SourcesConfig | undefined;
  readonly store: Store;
};

/** Why live sources do not run on the bundled sample corpus, for the user to read. */
export const BUNDLED_CORPUS_SOURCES =
  "live sources write their articles into the corpus folder, and this is the bundled sample corpus: pass --corpus <folder> (a folder of your own) to follow feeds";

/** Whether `corpusDir` is the sample corpus shipped with briefbot (inside its install folder). */
export function isBundledCorpus(corpusDir: string): boolean {
  return resolve(corpusDir) === resolve(defaultCorpusDir());
}

/**
 * The followed sources over a store: the registry (config/sources.json and the sources added at
 * run time) and the poller that writes their new articles into `<corpus>/sources/`.
 */
export function wireSources(deps: SourcesWiringDeps): SourcesWiring {
  const store = new SourcesStore(deps.store);
  const registry = new SourcesRegistry({
    config: deps.config ?? NO_SOURCES_CONFIG,
    store,
    fetcher: deps.fetcher,
    now: deps.now,
    owner: deps.owner,
  });
  const { config: _config, store: _store, ...pollerDeps } = deps;
  const poller = new SourcesPoller({ ...pollerDeps, registry, store });
  return { registry, poller };
}

/** Brings the files a poll wrote into the live corpus's index, and saves it. */
export function syncAfterPoll(corpus: LiveCorpus, logger: Logger) {
  return async (): Promise<void> => {
    const report = await corpus.sync();
    await corpus.save();
    logger.info("sources: index updated", {
      added: report.added,
      articles: report.articles,
      version: report.version,
    });
  };
}

/**
 * Reads and validates `<configDir>/webhooks.json` against the topics of `topics.json`; no file
 * means no webhooks from config. A bad value throws a one-line UserError that never shows a URL.
 */
export async function loadConfigWebhooks(configDir: string): Promise<readonly ConfigWebhook[]> {
  const topics = await loadTopicsConfig(configDir);
  return (await loadWebhooksConfig(configDir, topics.topics)) ?? [];
}

/** Reads every variable once at start-up (STYLE.md §4); a bad value throws a one-line UserError. */
export function readAppConfig(env: NodeJS.ProcessEnv): AppConfig {
  const read = envReader(env);
  const adapters = Object.freeze(
    Object.fromEntries(ADAPTERS.map((adapter) => [adapter.id, adapter.readSettings(read)])),
  ) as AdapterSettings;
  return Object.freeze({ adapters, ...readEnvironment(env) });
}

/** The adapters whose settings are present, made from them (not started). */
function configuredAdapters(settings: AdapterSettings): ChatAdapter[] {
  const made: ChatAdapter[] = [];
  for (const adapter of ADAPTERS) {
    const mine = settings[adapter.id];
    // One definition at a time: TypeScript cannot pair a union's settings with its `create`.
    if (mine !== null)
      made.push((adapter.create as (s: NonNullable<typeof mine>) => ChatAdapter)(mine));
  }
  return made;
}

/** The configured adapters that take requests from people, by id. */
export function listeningPlatforms(config: AppConfig): PlatformId[] {
  return ADAPTERS.filter((adapter) => adapter.listens && config.adapters[adapter.id] !== null).map(
    (adapter) => adapter.id,
  );
}

/**
 * How many digests are subscribed for configured adapters that only post (webhooks): work for
 * `serve` without any chat credentials. The config file's webhooks count first; else reads an
 * existing store only, never creating one.
 */
export async function postingOnlySubscriptions(
  config: AppConfig,
  dataDir: string,
  logger: Logger,
): Promise<number> {
  const posting = new Set<string>(
    ADAPTERS.filter((adapter) => !adapter.listens && config.adapters[adapter.id] !== null).map(
      (adapter) => adapter.id,
    ),
  );
  if (posting.size === 0) return 0;
  const fromFile = posting.has(WEBHOOK_PLATFORM) ? (config.configWebhooks?.length ?? 0) : 0;
  if (fromFile > 0) return fromFile;
  if (config.storeUrl === null && !existsSync(join(dataDir, SQLITE_FILE_NAME))) return 0;
  const store = await openStore({ url: config.storeUrl, dataDir, logger });
  try {
    const all = await store.subscriptions.list();
    return all.filter(({ value }) => posting.has(value.platform)).length;
  } finally {
    await store.close();
  }
}

/**
 * How many live sources are followed (config/sources.json and the store): work for `serve`
 * without any chat credentials, as it polls them. Reads an existing store only, never creating one.
 */
export async function followedSources(
  config: AppConfig,
  dataDir: string,
  logger: Logger,
): Promise<number> {
  const fromFile = config.sources?.sources.length ?? 0;
  if (fromFile > 0) return fromFile;
  if (config.storeUrl === null && !existsSync(join(dataDir, SQLITE_FILE_NAME))) return 0;
  const store = await openStore({ url: config.storeUrl, dataDir, logger });
  try {
    return (await new SourcesStore(store).addedSources()).length;
  } finally {
    await store.close();
  }
}

/** The channel `text` names on a platform that is addressed from the command line. */
export function addressChannel(
  platform: PlatformId,
  text: string,
  options: Readonly<Record<string, string>>,
): AddressResult {
  const adapter: AdapterDefinition<unknown> | undefined = ADAPTERS.find((a) => a.id === platform);
  if (!adapter?.address) return { ok: false, reason: `${platform} channels are not named here` };
  return adapter.address(text, options);
}

/**
 * The stored subscriptions, for commands run from the command line (`briefbot subscribe
 * --webhook`): a running `serve` picks changes up at its next poll (within a minute).
 * `close` closes the store.
 */
export async function openSubscriptions(
  config: AppConfig,
  dataDir: string,
  logger: Logger,
): Promise<{ service: SubscriptionService; close(): Promise<void> }> {
  const store = await openStore({ url: config.storeUrl, dataDir, logger });
  return {
    service: {
      store,
      defaults: { time: config.schedule.defaultTime, timezone: config.schedule.defaultTimezone },
      maxPerWorkspace: config.maxSubscriptionsPerWorkspace,
      changed: async () => {},
    },
    close: () => store.close(),
  };
}

export interface AppPaths {
  readonly corpusDir: string;
  readonly dataDir: string;
  /** Follow the corpus folder, swapping in a new index when it changes. */
  readonly watch: boolean;
}

export interface AppDeps {
  /** The engine over the corpus folder, saved to and loaded from the data folder. */
  readonly loadLiveCorpus: () => Promise<LiveCorpus>;
  readonly logger: Logger;
  readonly now: () => Date;
  readonly sleep?: (ms: number) => Promise<void>;
  /** Aborted on SIGINT/SIGTERM. */
  readonly shutdown?: AbortSignal;
  /**
   * Runs one start-up step (loading, opening the store, connecting an adapter) and undoes what it
   * brings if the process is asked to stop first (serve: `unlessShutdown`).
   */
  readonly step: <T>(work: Promise<T>, undo?: (value: T) => Promise<unknown>) => Promise<T>;
  /** node-cron and setInterval unless a test drives the schedule. */
  readonly trigger?: TriggerFactory;
  readonly every?: Repeater;
  readonly instanceId?: string;
  /** What live sources fetch with (`defaultSourcesFetcher` unless a test stands in). */
  readonly fetcher?: SourcesFetcher;
  /** Jitter of the polls (Math.random unless a test fixes it). */
  readonly random?: () => number;
  /** How often the poller looks for due feeds (`POLL_TICK_MS`). */
  readonly pollTickMs?: number;
}

/** A wired briefbot: `start` brings every piece up in order, `stop` takes down what came up. */
export interface BriefbotApp {
  /** The adapters that will start (their settings are present), by id. */
  readonly platforms: readonly PlatformId[];
  start(): Promise<void>;
  stop(): Promise<void>;
}

/**
 * The composition root, and the only place that knows every piece: the engine (the live
 * corpus, and its watcher with `watch`), the store, each configured adapter, and the digest
 * scheduler posting through the adapter each subscription names.
 */
export function createApp(config: AppConfig, paths: AppPaths, deps: AppDeps): BriefbotApp {
  const adapters = configuredAdapters(config.adapters);
  const byId = new Map(adapters.map((adapter) => [adapter.id, adapter]));
  const { logger } = deps;
  let store: Store | null = null;
  let watcher: CorpusWatcher | null = null;
  let scheduler: DigestScheduler | null = null;
  let poller: SourcesPoller | null = null;
  const started: ChatAdapter[] = [];
  const owner = deps.instanceId ?? instanceOwner();
  return {
    platforms: adapters.map((adapter) => adapter.id),
    async start() {
      const corpus = await deps.step(deps.loadLiveCorpus());
      // A shared index is followed always: what another instance saves is answered here.
      const shared = config.databaseUrl !== null;
      watcher =
        paths.watch || shared
          ? new CorpusWatcher({
              corpus,
              corpusDir: paths.corpusDir,
              snapshotDir: shared ? null : dirname(snapshotPath(paths.dataDir, paths.corpusDir)),
              watchFolder: paths.watch,
              logger,
            })
          : null;
      const opened = await deps.step(
        openStore({ url: config.storeUrl, dataDir: paths.dataDir, logger }),
        (s) => s.close(),
      );
      store = opened;
      if (config.configWebhooks !== undefined) {
        const synced = await deps.step(
          syncConfigWebhooks(
            opened,
            config.configWebhooks,
            { time: config.schedule.defaultTime, timezone: config.schedule.defaultTimezone },
            deps.now(),
          ),
        );
        if (synced.written + synced.removed > 0) {
          logger.info("webhooks from the config file", { ...synced });
        }
      }
      const subscriptions: SubscriptionService = {
        store: opened,
        defaults: {
          time: config.schedule.defaultTime,
          timezone: config.schedule.defaultTimezone,
        },
        maxPerWorkspace: config.maxSubscriptionsPerWorkspace,
        changed: async () => {
          await scheduler?.refresh();
        },
      };
      const sources = wireSources({
        config: config.sources,
        store: opened,
        fetcher: deps.fetcher ?? defaultSourcesFetcher(deps.now),
        corpusDir: paths.corpusDir,
        now: deps.now,
        random: deps.random ?? Math.random,
        logger,
        owner,
        afterAdding: syncAfterPoll(corpus, logger),
        // A follower of a shared index leaves feeds to the instance that leads.
        mayPoll: () => corpus.leads,
        ...(deps.every ? { every: deps.every } : {}),
      });
      const host: AdapterHost = {
        // Read at every call: `--watch` swaps in a new index when the corpus changes.
        index: () => Promise.resolve(corpus.index),
        summarizer: BRIEFING_SUMMARIZER,
        logger,
        limits: new RequestLimits(config, deps.now),
        now: deps.now,
        subscriptions,
        sources: sources.registry,
        ...(deps.shutdown ? { shutdown: deps.shutdown } : {}),
      };
      for (const adapter of adapters) {
        await deps.step(
          adapter.start(host).then(() => adapter),
          (running) => running.stop(),
        );
        started.push(adapter);
      }
      scheduler = new DigestScheduler({
        store: opened,
        index: host.index,
        summarizer: host.summarizer,
        post: (subscription, reply) => {
          const adapter = byId.get(subscription.platform);
          if (!adapter) throw new Error(`the ${subscription.platform} adapter is not running`);
          return adapter.post(subscription, reply);
        },
        logger,
        now: deps.now,
        sleep: deps.sleep ?? ((ms) => new Promise((resolve) => setTimeout(resolve, ms))),
        instanceId: owner,
        settings: config.schedule,
        failingFeeds: async () => failingFeeds(await sources.registry.list()),
        trigger: deps.trigger ?? cronTrigger,
        every: deps.every ?? intervalRepeater,
      });
      await scheduler.start();
      watcher?.start();
      const followed = (await sources.registry.all()).length;
      if (isBundledCorpus(paths.corpusDir)) {
        // The bundled sample lives in the install folder: feeds are not written into it.
        if (followed > 0) logger.warn(BUNDLED_CORPUS_SOURCES, { sources: followed });
      } else {
        poller = sources.poller;
        poller.start(deps.pollTickMs);
      }
      logger.info("briefbot serving", {
        adapters: started.map((adapter) => adapter.id),
        store: opened.kind,
        articles: corpus.index.articles.length,
        version: corpus.index.version,
        watching: watcher ? paths.corpusDir : null,
        sources: followed,
      });
    },
    async stop() {
      await poller?.stop();
      await watcher?.close();
      await scheduler?.stop();
      await Promise.allSettled(started.splice(0).map((adapter) => adapter.stop()));
      await store?.close();
    },
  };
}

/** Registers the chat commands with Discord (`briefbot register`); what Discord stored. */
export function registerChatCommands(
  settings: NonNullable<AdapterSettings["discord"]>,
  logger: Logger,
): Promise<unknown[]> {
  return registerDiscordCommands(settings, logger);
}

/** The Slack app manifest (`briefbot slack-manifest`), from the command definitions. */
export const slackAppManifest = slackManifest;
