import { loadCorpus } from "./corpus/loadCorpus.js";
import { buildIndex } from "./index/buildIndex.js";
import type { CorpusIndex } from "./index/corpusIndex.js";
import { createEngineCache } from "./index/engineCache.js";
import { snapshotPath } from "./index/indexSnapshot.js";
import { LiveCorpus, type UpdateReport } from "./index/liveCorpus.js";
import { loadOfficialsConfig } from "./officials/officialsConfig.js";
import { loadTopicsConfig } from "./topics/topicsConfig.js";

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
  return buildIndex(corpus, topics, officials, cache);
}

export interface LiveEngineOptions extends EngineOptions {
  /** The data folder holding the saved index; null keeps it in memory. */
  readonly dataDir: string | null;
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
    snapshotFile:
      options.dataDir === null ? null : snapshotPath(options.dataDir, options.corpusDir),
    workers: options.workers,
    ...(options.onProgress ? { onProgress: options.onProgress } : {}),
  });
  await opened.corpus.save();
  return opened;
}
