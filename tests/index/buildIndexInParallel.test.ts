import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { generateArticles, writeCorpus } from "../../bench/perf/generateCorpus.js";
import { loadSourceMaterial } from "../../bench/perf/sourceMaterial.js";
import { BRIEFING_RULES } from "../../briefings/rules/briefingRules.js";
import { defaultConfigDir, defaultCorpusDir } from "../../src/config/paths.js";
import { loadCorpus } from "../../src/corpus/loadCorpus.js";
import { paragraphSentences } from "../../src/corpus/sentenceTerms.js";
import { buildIndex, buildIndexInParallel } from "../../src/index/buildIndex.js";
import type { CorpusIndex } from "../../src/index/corpusIndex.js";
import { createEngineCache } from "../../src/index/engineCache.js";
import { MIN_SENTENCES_FOR_WORKER } from "../../src/index/parallel/discoverInWorker.js";
import { loadOfficialsConfig, type OfficialsConfig } from "../../src/officials/officialsConfig.js";
import type { TextSentence } from "../../src/officials/sentenceDiscovery.js";
import { loadTopicsConfig, type TopicsConfig } from "../../src/topics/topicsConfig.js";

let dir: string;
let topics: TopicsConfig;
let officials: OfficialsConfig;

beforeAll(async () => {
  const material = await loadSourceMaterial(defaultCorpusDir(), defaultConfigDir());
  dir = await mkdtemp(join(tmpdir(), "briefbot-parallel-index-"));
  await writeCorpus(dir, generateArticles(material, { count: 800, seed: 5 }));
  topics = await loadTopicsConfig(defaultConfigDir());
  officials = await loadOfficialsConfig(defaultConfigDir());
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

/** What the index holds, as plain data. */
function contents(index: CorpusIndex) {
  return {
    version: index.version,
    sentences: index.sentences.map((s) => [s.sentence.id, [...s.topics], s.standalone]),
    people: index.officials.people,
    statements: index.officials.statements,
    mentions: [...index.officials.mentions],
    candidates: [...index.briefing.topics.byTopic],
    speakers: [...index.briefing.speakers],
  };
}

describe("the index built with people discovery in a worker thread", () => {
  it("is the index one thread builds, with every discovery made by the worker", async () => {
    const cache = createEngineCache();
    const hasDiscovery = (s: TextSentence) => cache.discoveries.has(s);
    const corpus = await loadCorpus(dir, { workers: 2, terms: cache.terms });
    const sentences = corpus.articles.flatMap(paragraphSentences);
    expect(sentences.length).toBeGreaterThan(MIN_SENTENCES_FOR_WORKER);
    expect(sentences.some(hasDiscovery)).toBe(false);
    const parallel = await buildIndexInParallel(
      corpus,
      topics,
      officials,
      BRIEFING_RULES,
      2,
      cache,
    );
    expect(sentences.every(hasDiscovery)).toBe(true);

    const alone = buildIndex(await loadCorpus(dir), topics, officials, BRIEFING_RULES);
    expect(alone.officials.statements.length).toBeGreaterThan(300);
    expect(alone.officials.people.some((p) => p.source === "discovered")).toBe(true);
    expect(contents(parallel)).toEqual(contents(alone));
  });

  it("lets the event loop turn while it builds, and builds the same index", async () => {
    // A clock that moves one millisecond per reading: a turn every ten readings, whatever the
    // machine's speed.
    let clock = 0;
    const turns = { sliceMs: 10, now: () => clock++ };
    const reference = contents(
      buildIndex(await loadCorpus(dir), topics, officials, BRIEFING_RULES),
    );
    for (const workers of [1, 2]) {
      let turned = 0;
      let building = true;
      const count = () => {
        turned++;
        if (building) setImmediate(count);
      };
      setImmediate(count);
      const corpus = await loadCorpus(dir);
      turned = 0;
      const index = await buildIndexInParallel(
        corpus,
        topics,
        officials,
        BRIEFING_RULES,
        workers,
        createEngineCache(),
        turns,
      );
      building = false;
      // 800 articles, each read at least once by every corpus-wide step.
      expect(turned).toBeGreaterThan(500);
      expect(contents(index)).toEqual(reference);
    }
  });

  it("leaves a small corpus to this thread", async () => {
    const corpus = await loadCorpus(defaultCorpusDir());
    const index = await buildIndexInParallel(corpus, topics, officials, BRIEFING_RULES, 2);
    expect(contents(index)).toEqual(
      contents(buildIndex(corpus, topics, officials, BRIEFING_RULES)),
    );
  });
});
