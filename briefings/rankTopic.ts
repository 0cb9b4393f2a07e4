import type { CorpusIndex } from "../src/index/corpusIndex.js";
import type { IndexedSentence } from "../src/index/indexedSentence.js";
import type { Summarizer } from "../src/summarize/summarizer.js";
import type { SparseVector } from "../src/summarize/vectors.js";
import { candidatePool, summarizePool } from "./candidatePool.js";
import { datedSince } from "./timeWindow.js";

export interface RankedSentence {
  readonly entry: IndexedSentence;
  readonly score: number;
}

export interface RankOptions {
  readonly summarizer: Summarizer;
  readonly maxSentences: number;
  readonly maxChars: number;
  readonly exclude?: readonly SparseVector[];
  readonly excludeIds?: ReadonlySet<string>;
  /** Only sentences of these articles (a channel's digest covers what it has not seen yet). */
  readonly articleIds?: ReadonlySet<string>;
  /** Only sentences of articles dated on or after this day (YYYY-MM-DD, `--since`). */
  readonly since?: string;
}

/**
 * The topic's best sentences: standalone sentences assigned to the topic, prior = topic score ×
 * position prior (`BRIEFING_RULES.priors`, briefings/rules/), summarised by `options.summarizer`. Rank order, best first.
 * Sentence selection is restricted to relevant candidates before any quadratic step: the index
 * keeps each topic's candidates sorted by prior (`buildTopicCandidates`), and `candidatePool`
 * takes the first 80 this call may show, which is exactly what `summarize` would keep.
 */
/** The articles a topic's sentences come from, each once (what `--since` may leave out). */
export function topicArticleIds(index: CorpusIndex, topicId: string): Set<string> {
  const ids = new Set<string>();
  for (const candidate of index.briefing.topics.byTopic.get(topicId) ?? []) {
    const entry = index.sentences[candidate.sentence];
    if (entry) ids.add(entry.sentence.articleId);
  }
  return ids;
}

export function rankTopic(
  index: CorpusIndex,
  topicId: string,
  options: RankOptions,
): RankedSentence[] {
  const { excludeIds, articleIds, since } = options;
  const pool = candidatePool(
    index,
    index.briefing.topics.byTopic.get(topicId) ?? [],
    (entry) =>
      !excludeIds?.has(entry.sentence.id) &&
      (articleIds === undefined || articleIds.has(entry.sentence.articleId)) &&
      (since === undefined || datedSince(entry.source.date, since)),
  );
  return summarizePool(index, pool, options.summarizer, {
    maxSentences: options.maxSentences,
    maxChars: options.maxChars,
    ...(options.exclude ? { exclude: options.exclude } : {}),
  });
}
