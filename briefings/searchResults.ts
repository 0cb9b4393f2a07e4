import type { SourceRef } from "../src/corpus/types.js";
import { answerKind } from "../src/index/answerCache.js";
import type { CorpusIndex } from "../src/index/corpusIndex.js";
import { queryWords } from "../src/search/queryWords.js";
import { findStories } from "../src/stories/findStories.js";
import type { Story } from "../src/stories/story.js";
import type { Summarizer } from "../src/summarize/summarizer.js";
import { candidatePool, citedSentences, summarizePool } from "./candidatePool.js";
import { CitationList, dateRangeOf } from "./citations.js";
import { searchSentences } from "./searchSentences.js";
import { storySummary } from "./storySummary.js";
import type { BriefingSentence, DateRange, StorySummary } from "./types.js";

/** What `search <words>` found: the stories about them and the sentences saying them. */
export interface SearchResults {
  readonly query: string;
  readonly generatedAt: string;
  readonly stories: readonly StorySummary[];
  readonly sentences: readonly BriefingSentence[];
  readonly dateRange: DateRange;
  readonly sources: readonly SourceRef[];
}

export interface SearchOptions {
  readonly now: Date;
  readonly summarizer: Summarizer;
  /** Stories listed (5) and sentences quoted (5). */
  readonly maxStories?: number;
  readonly maxSentences?: number;
}

const SEARCHES = answerKind<SearchResults>("search");

/**
 * The best matching stories (headlines holding the words, then the stories of the sentences that
 * hold them, most matches first) and the summarizer's pick of the sentences holding the words,
 * each cited. Built once per index and inputs.
 */
export function searchCorpus(
  index: CorpusIndex,
  query: string,
  options: SearchOptions,
): SearchResults {
  const maxStories = options.maxStories ?? 5;
  const maxSentences = options.maxSentences ?? 5;
  const key = [query.trim().toLowerCase(), maxStories, maxSentences, options.summarizer.id];
  const built = index.answers.get(SEARCHES, key, () => {
    const candidates = searchSentences(index, queryWords(query));
    const pool = candidatePool(index, candidates, () => true);
    const picked = summarizePool(index, pool, options.summarizer, {
      maxSentences,
      maxChars: 1500,
    });
    const citations = new CitationList();
    const sentences = citedSentences(index, picked, citations);
    const stories = rankedStories(
      index,
      query,
      candidates.map((c) => c.sentence),
    ).slice(0, maxStories);
    return {
      query: query.trim(),
      generatedAt: options.now.toISOString(),
      stories: stories.map((s) => storySummary(index, s)),
      sentences,
      dateRange: dateRangeOf(citations.sources),
      sources: citations.sources,
    };
  });
  return { ...built, generatedAt: options.now.toISOString() };
}

/** Stories whose headlines match first, then those whose sentences match most. */
function rankedStories(index: CorpusIndex, query: string, sentences: readonly number[]): Story[] {
  const byHeadline = findStories(index.stories, query);
  const counts = new Map<Story, number>();
  for (const i of sentences) {
    const entry = index.sentences[i];
    const story = entry ? index.stories.byArticle.get(entry.sentence.articleId) : undefined;
    if (story) counts.set(story, (counts.get(story) ?? 0) + 1);
  }
  const bySentences = [...counts].sort((a, b) => b[1] - a[1]).map(([story]) => story);
  return [...new Set([...byHeadline, ...bySentences])];
}
