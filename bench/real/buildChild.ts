/**
 * Child process of `measureRealBuilds`: builds the index of the corpus folder given as its first
 * argument with the number of worker threads given as its second, the way `briefbot start` does
 * (one: everything on this thread, as `loadEngine`), and sends back time, RSS and counts.
 */
import { BRIEFING_RULES } from "../../briefings/rules/briefingRules.js";
import { defaultConfigDir } from "../../src/config/paths.js";
import { loadCorpus } from "../../src/corpus/loadCorpus.js";
import { buildIndex, buildIndexInParallel } from "../../src/index/buildIndex.js";
import { createEngineCache } from "../../src/index/engineCache.js";
import { mentionsByArticle } from "../../src/index/mentionsByArticle.js";
import { loadOfficialsConfig } from "../../src/officials/officialsConfig.js";
import { buildStories } from "../../src/stories/buildStories.js";
import { loadTopicsConfig } from "../../src/topics/topicsConfig.js";

const dir = process.argv[2];
/** Threads for the file analysis and people discovery, as BRIEFBOT_WORKERS; 1: all on this one. */
const workers = Number(process.argv[3] ?? "1");
if (dir === undefined || process.send === undefined || !Number.isInteger(workers) || workers < 1) {
  console.error("buildChild: run by measureRealBuilds with a corpus folder and a worker count");
  process.exit(2);
}
const started = performance.now();
// As `loadEngine` does, keeping the engine cache to time story clustering on its own below.
const topics = await loadTopicsConfig(defaultConfigDir());
const officials = await loadOfficialsConfig(defaultConfigDir());
const cache = createEngineCache();
const corpus = await loadCorpus(dir, { terms: cache.terms, workers });
// `briefbot start` builds with worker threads (`buildIndexInParallel`); one worker is the
// one-thread build `loadEngine` makes.
const index =
  workers > 1
    ? await buildIndexInParallel(corpus, topics, officials, BRIEFING_RULES, workers, cache)
    : buildIndex(corpus, topics, officials, BRIEFING_RULES, cache);
const seconds = (performance.now() - started) / 1000;
// Story clustering from scratch (no placements; sentence terms as the ingest computed them).
const clustering = performance.now();
const stories = buildStories(index.articles, {
  terms: cache.terms,
  mentions: mentionsByArticle(index.officials),
  ledger: new Map(),
});
process.send({
  seconds,
  storySeconds: (performance.now() - clustering) / 1000,
  stories: stories.stories.length,
  storiesOfSeveral: stories.stories.filter((s) => s.articleIds.length > 1).length,
  rssMB: Math.round(process.memoryUsage().rss / 1e6),
  people: index.officials.people.length,
  statements: index.officials.statements.length,
});
process.exit(0);
