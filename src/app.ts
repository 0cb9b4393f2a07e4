import { loadCorpus } from "./corpus/loadCorpus.js";
import { buildIndex } from "./index/buildIndex.js";
import type { CorpusIndex } from "./index/corpusIndex.js";
import { loadOfficialsConfig } from "./officials/officialsConfig.js";
import { loadTopicsConfig } from "./topics/topicsConfig.js";

export interface EngineOptions {
  readonly corpusDir: string;
  readonly configDir: string;
}

/**
 * Wires the engine from validated config: topics config first (a bad config fails before any
 * corpus work), then the corpus, then the index. Throws `UserError` for bad config or corpus.
 */
export async function loadEngine(options: EngineOptions): Promise<CorpusIndex> {
  const topics = await loadTopicsConfig(options.configDir);
  const officials = await loadOfficialsConfig(options.configDir);
  const corpus = await loadCorpus(options.corpusDir);
  return buildIndex(corpus, topics, officials);
}
