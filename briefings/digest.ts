import { answerKind } from "../src/index/answerCache.js";
import type { CorpusIndex } from "../src/index/corpusIndex.js";
import type { Summarizer } from "../src/summarize/summarizer.js";
import type { SparseVector } from "../src/summarize/vectors.js";
import { shownText } from "./candidatePool.js";
import { CitationList, dateRangeOf } from "./citations.js";
import { digestStoryLeads } from "./digestStories.js";
import { rankTopic, topicArticleIds } from "./rankTopic.js";
import { storySummary } from "./storySummary.js";
import { undatedAmong } from "./timeWindow.js";
import { topicRef } from "./topicBriefing.js";
import type { Digest, DigestSection } from "./types.js";

export interface DigestOptions {
  readonly now: Date;
  /** Picks the sentences; answers are cached per summarizer `id`. */
  readonly summarizer: Summarizer;
  /** Only these topics (a subscription's), in config order; all topics when absent. */
  readonly topicIds?: readonly string[];
  /** Only sentences of these articles (what the channel has not seen yet). */
  readonly articleIds?: ReadonlySet<string>;
  /** Top stories: the biggest new or growing stories (3). */
  readonly topStories?: number;
  /** Sentences per topic section (3). */
  readonly perTopic?: number;
  readonly maxCharsPerSection?: number;
  /** Only sources dated on or after this day (YYYY-MM-DD, from `--since` and the clock). */
  readonly since?: string;
}

const DIGESTS = answerKind<Digest>("digest");

/**
 * The daily digest, a briefing of briefings: the top stories are the biggest new or growing
 * stories in scope, each with its best new sentence (`digestStoryLeads`); then every topic gets a
 * short section of its next best sentences. A sentence appears at most once in the whole digest,
 * and sections avoid near-repeats of what the top stories already said.
 *
 * The digest of the whole corpus is built once per index and inputs (`index.answers`); one scoped
 * to a channel's unseen articles is built each time (a new scope every run, nothing to reuse).
 */
export function buildDigest(index: CorpusIndex, options: DigestOptions): Digest {
  const settings = {
    topicIds: options.topicIds ?? null,
    perTopic: options.perTopic ?? 3,
    topCount: options.topStories ?? 3,
    maxChars: options.maxCharsPerSection ?? 1200,
    summarizer: options.summarizer.id,
    since: options.since ?? null,
  };
  if (options.articleIds !== undefined) return composeDigest(index, settings, options);
  const built = index.answers.get(DIGESTS, settings, () => composeDigest(index, settings, options));
  return { ...built, generatedAt: options.now.toISOString() };
}

interface DigestSettings {
  readonly topicIds: readonly string[] | null;
  readonly perTopic: number;
  readonly topCount: number;
  readonly maxChars: number;
  /** The summarizer's id: a cache key, not the summarizer itself. */
  readonly summarizer: string;
  readonly since: string | null;
}

function composeDigest(
  index: CorpusIndex,
  { topicIds, perTopic, topCount, maxChars, since }: DigestSettings,
  options: DigestOptions,
): Digest {
  const topics = index.topics.filter((t) => topicIds === null || topicIds.includes(t.id));
  const scope = {
    summarizer: options.summarizer,
    ...(options.articleIds === undefined ? {} : { articleIds: options.articleIds }),
    ...(since === null ? {} : { since }),
  };
  const leads = digestStoryLeads(index, {
    ...scope,
    ...(topicIds === null ? {} : { topicIds }),
    count: topCount,
    maxChars,
  });

  const citations = new CitationList();
  const usedIds = new Set(leads.map((l) => l.ranked.entry.sentence.id));
  const usedVectors: SparseVector[] = leads.map((l) => l.ranked.entry.vector);
  const topStories = leads.map(({ story, ranked }) => ({
    story: storySummary(index, story),
    text: shownText(index, ranked.entry),
    source: ranked.entry.source,
    citation: citations.cite(ranked.entry.source),
    score: ranked.score,
  }));

  const sections: DigestSection[] = topics.map((topic) => {
    const ranked = rankTopic(index, topic.id, {
      maxSentences: perTopic,
      maxChars,
      exclude: usedVectors,
      excludeIds: usedIds,
      ...scope,
    });
    for (const r of ranked) {
      usedIds.add(r.entry.sentence.id);
      usedVectors.push(r.entry.vector);
    }
    return {
      topic: topicRef(topic),
      sentences: ranked.map(({ entry, score }) => ({
        text: shownText(index, entry),
        source: entry.source,
        citation: citations.cite(entry.source),
        score,
      })),
    };
  });

  return {
    generatedAt: options.now.toISOString(),
    dateRange: dateRangeOf(citations.sources),
    topStories,
    sections,
    sources: citations.sources,
    since:
      since === null
        ? null
        : {
            from: since,
            undatedLeftOut: undatedAmong(
              index,
              topics.flatMap((t) => [...topicArticleIds(index, t.id)]),
            ),
          },
  };
}
