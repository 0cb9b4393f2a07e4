import { answerKind } from "../src/index/answerCache.js";
import type { CorpusIndex } from "../src/index/corpusIndex.js";
import type { Summarizer } from "../src/summarize/summarizer.js";
import type { SparseVector } from "../src/summarize/vectors.js";
import { shownText } from "./candidatePool.js";
import { CitationList, dateRangeOf } from "./citations.js";
import { type RankedSentence, rankTopic, topicArticleIds } from "./rankTopic.js";
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
  /** Top stories across topics (3). */
  readonly topStories?: number;
  /** Sentences per topic section (3). */
  readonly perTopic?: number;
  readonly maxCharsPerSection?: number;
  /** Only sources dated on or after this day (YYYY-MM-DD, from `--since` and the clock). */
  readonly since?: string;
}

const DIGESTS = answerKind<Digest>("digest");

/**
 * The daily digest, a briefing of briefings: each topic is ranked once; the top stories are the
 * best sentence of each of the `topStories` strongest topics, newest first; then every topic gets a
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
  const leads = topics
    .map((topic) => ({
      topic,
      ranked: rankTopic(index, topic.id, { maxSentences: 1, maxChars, ...scope })[0],
    }))
    .filter(
      (l): l is { topic: (typeof l)["topic"]; ranked: RankedSentence } => l.ranked !== undefined,
    )
    .sort((a, b) => topicStrength(index, b.topic.id) - topicStrength(index, a.topic.id))
    .slice(0, topCount)
    // The strongest topics make the top stories; among them the newest leads (stable: equal
    // dates stay strongest first, undated last), so the digest never opens on its oldest story.
    .sort((a, b) => newerFirst(a.ranked.entry.source.date, b.ranked.entry.source.date));

  const citations = new CitationList();
  const usedIds = new Set(leads.map((l) => l.ranked.entry.sentence.id));
  const usedVectors: SparseVector[] = leads.map((l) => l.ranked.entry.vector);
  const topStories = leads.map(({ topic, ranked }) => ({
    topic: topicRef(topic),
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

/** Comparator: the later date first, an undated one after every dated one. */
function newerFirst(a: string | null, b: string | null): number {
  if (a === b) return 0;
  if (a === null) return 1;
  if (b === null) return -1;
  return a < b ? 1 : -1;
}

/** How much the corpus says about a topic: the sum of its sentences' assignment scores. */
function topicStrength(index: CorpusIndex, topicId: string): number {
  return index.briefing.topics.strength.get(topicId) ?? 0;
}
