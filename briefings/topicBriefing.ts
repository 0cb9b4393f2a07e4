import { answerKind } from "../src/index/answerCache.js";
import type { CorpusIndex } from "../src/index/corpusIndex.js";
import type { Summarizer } from "../src/summarize/summarizer.js";
import type { TopicDefinition } from "../src/topics/topicsConfig.js";
import { shownText } from "./candidatePool.js";
import { CitationList, dateRangeOf } from "./citations.js";
import { rankTopic, topicArticleIds } from "./rankTopic.js";
import { undatedAmong } from "./timeWindow.js";
import type { TopicBriefing, TopicRef } from "./types.js";
import { whoSpoke } from "./whoSpoke.js";

export interface BriefingOptions {
  /** When the briefing is generated (from the injected clock). */
  readonly now: Date;
  /** Picks the sentences; answers are cached per summarizer `id`. */
  readonly summarizer: Summarizer;
  readonly maxSentences?: number;
  readonly maxChars?: number;
  /** Only sources dated on or after this day (YYYY-MM-DD, from `--since` and the clock). */
  readonly since?: string;
}

export const DEFAULT_BRIEFING_SENTENCES = 6;
export const DEFAULT_BRIEFING_CHARS = 1800;

export function topicRef(topic: TopicDefinition): TopicRef {
  return { id: topic.id, title: topic.title, description: topic.description };
}

const TOPIC_BRIEFINGS = answerKind<TopicBriefing>("topic briefing");

/**
 * A topic's briefing: its most central, non-redundant sentences, each with its citation. Built
 * once per index and inputs (`index.answers`), stamped with `now` on every call.
 */
export function buildTopicBriefing(
  index: CorpusIndex,
  topic: TopicDefinition,
  options: BriefingOptions,
): TopicBriefing {
  const budget = {
    maxSentences: options.maxSentences ?? DEFAULT_BRIEFING_SENTENCES,
    maxChars: options.maxChars ?? DEFAULT_BRIEFING_CHARS,
  };
  const since = options.since ?? null;
  const key = [topicRef(topic), budget, options.summarizer.id, since];
  const built = index.answers.get(TOPIC_BRIEFINGS, key, () =>
    composeBriefing(
      index,
      topic,
      { ...budget, summarizer: options.summarizer },
      since,
      options.now,
    ),
  );
  return { ...built, generatedAt: options.now.toISOString() };
}

function composeBriefing(
  index: CorpusIndex,
  topic: TopicDefinition,
  budget: { maxSentences: number; maxChars: number; summarizer: Summarizer },
  since: string | null,
  now: Date,
): TopicBriefing {
  const ranked = rankTopic(index, topic.id, since === null ? budget : { ...budget, since });
  const citations = new CitationList();
  const sentences = ranked.map(({ entry, score }) => ({
    text: shownText(index, entry),
    source: entry.source,
    citation: citations.cite(entry.source),
    score,
  }));
  const speakers = whoSpoke(index, topic.id, citations, undefined, since);
  return {
    topic: topicRef(topic),
    generatedAt: now.toISOString(),
    dateRange: dateRangeOf(citations.sources),
    sentences,
    speakers,
    sources: citations.sources,
    since:
      since === null
        ? null
        : { from: since, undatedLeftOut: undatedAmong(index, topicArticleIds(index, topic.id)) },
  };
}
