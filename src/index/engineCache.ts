import type { SentenceTermsMemo } from "../corpus/sentenceTerms.js";
import type { QuoteCreditsMemo } from "../quotes/quoteCredits.js";
import type { StoryLedger } from "../stories/clusterStories.js";
import type { StoryTermsMemo } from "../stories/storyTerms.js";
import { ObjectMemo } from "../util/objectMemo.js";
import type { TopicRowsByConfig } from "./articleRows.js";
import type { SalienceMemo } from "./articleSalience.js";
import { createOfficialsCache, type OfficialsCache } from "./buildOfficialsIndex.js";
import type { BriefingPriors } from "./topicCandidates.js";

/**
 * The work the engine remembers per sentence and per article object between index builds: the
 * corpus assembly keeps the objects of unchanged articles, so a build that is given the cache of
 * the last one computes the new articles only. The caller creates it (`createEngineCache`) and
 * passes it to the corpus loader and the index builder; a saved index saves and restores its
 * contents (`warmState`). Nothing else remembers engine work.
 */
export interface EngineCache extends OfficialsCache {
  readonly terms: SentenceTermsMemo;
  readonly priors: BriefingPriors;
  readonly topicRows: TopicRowsByConfig;
  /** Which story each article was placed in: placed once, it stays there. */
  readonly stories: StoryLedger;
  /** Each article's language-free names for story matching (`storyNameCounts`). */
  readonly storyTerms: StoryTermsMemo;
  /** Each article's learned sentence scores, computed when a briefing first asks (`sentenceSalience`). */
  readonly salience: SalienceMemo;
  /** Each article's quote credits, with the statements and speakers' names they came from. */
  readonly quoteCredits: QuoteCreditsMemo;
}

export function createEngineCache(): EngineCache {
  return {
    ...createOfficialsCache(),
    terms: new ObjectMemo(),
    priors: new ObjectMemo(),
    topicRows: new WeakMap(),
    stories: new Map(),
    storyTerms: new ObjectMemo(),
    salience: new ObjectMemo(),
    quoteCredits: new ObjectMemo(),
  };
}
