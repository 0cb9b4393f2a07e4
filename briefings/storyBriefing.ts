import { answerKind } from "../src/index/answerCache.js";
import type { CorpusIndex } from "../src/index/corpusIndex.js";
import { byPriorThenCorpusOrder, type RankCandidate } from "../src/index/rankCandidate.js";
import type { Story } from "../src/stories/story.js";
import { sentencePrior } from "../src/summarize/priors.js";
import { candidatePool, citedSentences, summarizePool } from "./candidatePool.js";
import { CitationList, dateRangeOf } from "./citations.js";
import { storySummary } from "./storySummary.js";
import { articleDatedSince, undatedAmong } from "./timeWindow.js";
import {
  type BriefingOptions,
  DEFAULT_BRIEFING_CHARS,
  DEFAULT_BRIEFING_SENTENCES,
} from "./topicBriefing.js";
import type { TopicBriefing } from "./types.js";
import { whoSpokeInStory } from "./whoSpoke.js";

const STORY_BRIEFINGS = answerKind<TopicBriefing>("story briefing");

/**
 * A story's briefing: the summarizer over its articles' sentences (leads first by prior, near
 * repeats left out, so two outlets' copies of one dispatch give one sentence), who spoke in it,
 * and its sources. Built once per index and inputs, stamped with `now` on every call.
 */
export function buildStoryBriefing(
  index: CorpusIndex,
  story: Story,
  options: BriefingOptions,
): TopicBriefing {
  const budget = {
    maxSentences: options.maxSentences ?? DEFAULT_BRIEFING_SENTENCES,
    maxChars: options.maxChars ?? DEFAULT_BRIEFING_CHARS,
  };
  const since = options.since ?? null;
  const key = [story.id, story.articleIds.length, budget, options.summarizer.id, since];
  const built = index.answers.get(STORY_BRIEFINGS, key, () => {
    const recent = (id: string) => since === null || articleDatedSince(index, id, since);
    const pool = candidatePool(index, storyCandidates(index, story, recent), () => true);
    const ranked = summarizePool(index, pool, options.summarizer, budget);
    const citations = new CitationList();
    const sentences = citedSentences(index, ranked, citations);
    const speakers = whoSpokeInStory(index, story.id, citations, 5, since);
    return {
      topic: { id: story.id, title: story.label, description: "" },
      story: storySummary(index, story),
      generatedAt: options.now.toISOString(),
      dateRange: dateRangeOf(citations.sources),
      sentences,
      speakers,
      sources: citations.sources,
      since:
        since === null
          ? null
          : { from: since, undatedLeftOut: undatedAmong(index, story.articleIds) },
    };
  });
  return { ...built, generatedAt: options.now.toISOString() };
}

/** A story briefing reads its newest articles' leads: what a reader of the story sees first. */
const STORY_ARTICLES_READ = 40;
const LEAD_SENTENCES_READ = 6;

/**
 * The standalone sentences of the story's articles (those `accept` takes), best prior first (ties
 * in corpus order): the first `LEAD_SENTENCES_READ` of each of its `STORY_ARTICLES_READ` newest
 * articles, so a story of thousands of articles costs what a story of forty does.
 */
export function storyCandidates(
  index: CorpusIndex,
  story: Story,
  accept: (articleId: string) => boolean = () => true,
): RankCandidate[] {
  const candidates: RankCandidate[] = [];
  // `articleIds` are oldest first, undated last: the newest dated ones, then the undated.
  const dated = story.articleIds.length - story.undated;
  const newest = [...story.articleIds.slice(0, dated).reverse(), ...story.articleIds.slice(dated)]
    .filter(accept)
    .slice(0, STORY_ARTICLES_READ);
  for (const articleId of newest) {
    for (const i of (index.briefing.articleSentences.get(articleId) ?? []).slice(
      0,
      LEAD_SENTENCES_READ,
    )) {
      const entry = index.sentences[i];
      if (!entry) continue;
      const prior = sentencePrior(
        { position: entry.position, display: entry.sentence.display, titleSimilarity: 0 },
        index.briefing.priorWeights,
      );
      candidates.push({ sentence: i, prior });
    }
  }
  return candidates.sort(byPriorThenCorpusOrder);
}
