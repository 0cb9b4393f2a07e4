import { fileURLToPath } from "node:url";
import { BRIEFING_RULES } from "../../briefings/rules/briefingRules.js";
import { loadCorpus } from "../../src/corpus/loadCorpus.js";
import type { Article, Corpus } from "../../src/corpus/types.js";
import { buildIndex } from "../../src/index/buildIndex.js";
import type { CorpusIndex } from "../../src/index/corpusIndex.js";
import { createEngineCache } from "../../src/index/engineCache.js";
import { loadOfficialsConfig, type OfficialsConfig } from "../../src/officials/officialsConfig.js";
import { loadTopicsConfig, type TopicsConfig } from "../../src/topics/topicsConfig.js";

export const CORPUS_DIR = fileURLToPath(new URL("../../corpus", import.meta.url));
export const CONFIG_DIR = fileURLToPath(new URL("../../config", import.meta.url));

interface Bundled {
  corpus: Corpus;
  config: TopicsConfig;
  officials: OfficialsConfig;
  index: CorpusIndex;
}

let cached: Promise<Bundled> | undefined;

/** The bundled corpus, cleaned and indexed once per test file. */
export function bundled(): Promise<Bundled> {
  cached ??= (async () => {
    const cache = createEngineCache();
    const corpus = await loadCorpus(CORPUS_DIR, { terms: cache.terms });
    const config = await loadTopicsConfig(CONFIG_DIR);
    const officials = await loadOfficialsConfig(CONFIG_DIR);
    return {
      corpus,
      config,
      officials,
      index: buildIndex(corpus, config, officials, BRIEFING_RULES, cache),
    };
  })();
  return cached;
}

/** Every displayed sentence of an article, in order. */
export function sentencesOf(article: Article): string[] {
  return article.passages.flatMap((p) => p.sentences.map((s) => s.display));
}

export function allSentences(corpus: Corpus): string[] {
  return corpus.articles.flatMap(sentencesOf);
}
