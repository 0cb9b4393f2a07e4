/**
 * Child process of `measureRealBuilds`: builds the index of the corpus folder given as its only
 * argument, the way `briefbot start` does on one thread, and sends back time, RSS and counts.
 */
import { BRIEFING_RULES } from "../../briefings/rules/briefingRules.js";
import { defaultConfigDir } from "../../src/config/paths.js";
import { loadCorpus } from "../../src/corpus/loadCorpus.js";
import { buildIndex } from "../../src/index/buildIndex.js";
import { createEngineCache } from "../../src/index/engineCache.js";
import { mentionsByArticle } from "../../src/index/mentionsByArticle.js";
import { loadOfficialsConfig } from "../../src/officials/officialsConfig.js";
import { buildStories } from "../../src/stories/buildStories.js";
import { loadTopicsConfig } from "../../src/topics/topicsConfig.js";

const dir = process.argv[2];
if (dir === undefined || process.send === undefined) {
  console.error("buildChild: run by measureRealBuilds with a corpus folder");
  process.exit(2);
}
const started = performance.now();
// As `loadEngine` does, keeping the engine cache to time story clustering on its own below.
const topics = await loadTopicsConfig(defaultConfigDir());
const officials = await loadOfficialsConfig(defaultConfigDir());
const cache = createEngineCache();
const index = buildIndex(
  await loadCorpus(dir, { terms: cache.terms }),
  topics,
  officials,
  BRIEFING_RULES,
  cache,
);
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
