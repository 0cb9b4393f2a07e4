import type { Article } from "../corpus/types.js";
import { corpusQuoteCredits, type QuoteCredit } from "../quotes/quoteCredits.js";
import type { BriefingRules } from "./briefingRules.js";
import type { OfficialsIndex } from "./buildOfficialsIndex.js";
import type { IndexedSentence } from "./indexedSentence.js";
import { buildPersonFacts, type PersonFacts } from "./personFacts.js";
import type { TopicCandidates } from "./topicCandidates.js";
import { buildTopicSpeakers, type SpeakerTally, substanceOf } from "./topicSpeakers.js";

/**
 * What `brief`, `digest` and `official` would otherwise recompute from the whole corpus on every
 * call, computed once per corpus version: plain maps of positions, priors and tallies.
 */
export interface BriefingIndex {
  readonly topics: TopicCandidates;
  /** Topic id → officials with statements in its sentences, in `whoSpoke` order. */
  readonly speakers: ReadonlyMap<string, readonly SpeakerTally[]>;
  /** Person id → what their profile shows whatever the request (people never named: absent). */
  readonly people: ReadonlyMap<string, PersonFacts>;
  /**
   * Sentence id → the speaker to show with a quote the sentence does not attribute itself
   * (`quoteCredits`); a null speaker: nobody known said it, and the sentence is not shown.
   */
  readonly quoteCredits: ReadonlyMap<string, QuoteCredit>;
}

/** The parts of the index the briefing lists are computed from. */
export interface BriefingSource {
  readonly articles: readonly Article[];
  readonly sentences: readonly IndexedSentence[];
  readonly sentenceById: ReadonlyMap<string, IndexedSentence>;
  readonly officials: OfficialsIndex;
}

/**
 * `topics`: the topic candidates, built before people (they need none); `rules`: the briefings'
 * scores for key quotes and quote significance.
 */
export function buildBriefingIndex(
  index: BriefingSource,
  topics: TopicCandidates,
  rules: BriefingRules,
): BriefingIndex {
  const { statements } = index.officials;
  const substance = statements.map(substanceOf);
  return {
    topics,
    speakers: buildTopicSpeakers(statements, substance, index.sentenceById, rules.keyQuoteScore),
    people: buildPersonFacts(index.sentences, index.officials, substance, rules.quoteSignificance),
    quoteCredits: corpusQuoteCredits(index.articles, statements, index.officials.byId),
  };
}
