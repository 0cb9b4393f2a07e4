import type { Article } from "../corpus/types.js";
import {
  corpusQuoteCredits,
  type QuoteCredit,
  type QuoteCreditsMemo,
} from "../quotes/quoteCredits.js";
import type { StoryIndex } from "../stories/story.js";
import type { PriorWeights } from "../summarize/priors.js";
import { runAtOnce, type Steps } from "../util/steps.js";
import type { BriefingRules } from "./briefingRules.js";
import type { OfficialsIndex } from "./buildOfficialsIndex.js";
import type { IndexedSentence } from "./indexedSentence.js";
import { buildPersonFacts, type PersonFacts } from "./personFacts.js";
import type { TopicCandidates } from "./topicCandidates.js";
import {
  buildStorySpeakers,
  buildTopicSpeakers,
  type SpeakerTally,
  substanceOf,
} from "./topicSpeakers.js";

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
  /** Story id → officials with statements in its articles, in `whoSpoke` order. */
  readonly storySpeakers: ReadonlyMap<string, readonly SpeakerTally[]>;
  /** Article id → positions in `sentences` of its standalone sentences, in reading order. */
  readonly articleSentences: ReadonlyMap<string, readonly number[]>;
  /** The position and wording priors briefings rank a story's sentences with. */
  readonly priorWeights: PriorWeights;
}

/** The parts of the index the briefing lists are computed from. */
export interface BriefingSource {
  readonly articles: readonly Article[];
  readonly sentences: readonly IndexedSentence[];
  readonly sentenceById: ReadonlyMap<string, IndexedSentence>;
  readonly officials: OfficialsIndex;
  readonly stories: StoryIndex;
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
  return runAtOnce(briefingIndexSteps(index, topics, rules));
}

/** `buildBriefingIndex` as steps (`Steps`): each list in its own. */
export function* briefingIndexSteps(
  index: BriefingSource,
  topics: TopicCandidates,
  rules: BriefingRules,
  /** Each article's quote credits from earlier builds (`QuoteCreditsMemo`). */
  credits?: QuoteCreditsMemo,
): Steps<BriefingIndex> {
  const { statements } = index.officials;
  const substance = statements.map(substanceOf);
  yield;
  const speakers = buildTopicSpeakers(
    statements,
    substance,
    index.sentenceById,
    rules.keyQuoteScore,
  );
  yield;
  const people = yield* buildPersonFacts(
    index.sentences,
    index.officials,
    substance,
    rules.quoteSignificance,
  );
  yield;
  const quoteCredits = yield* corpusQuoteCredits(
    index.articles,
    statements,
    index.officials.byId,
    credits,
  );
  yield;
  const storySpeakers = buildStorySpeakers(
    statements,
    substance,
    index.sentenceById,
    index.stories.byArticle,
    rules.keyQuoteScore,
  );
  yield;
  return {
    topics,
    speakers,
    people,
    quoteCredits,
    storySpeakers,
    articleSentences: yield* standaloneByArticle(index.sentences),
    priorWeights: rules.priors,
  };
}

function* standaloneByArticle(sentences: readonly IndexedSentence[]): Steps<Map<string, number[]>> {
  const result = new Map<string, number[]>();
  for (const [i, s] of sentences.entries()) {
    if (i % 1024 === 0) yield;
    if (!s.standalone) continue;
    const list = result.get(s.sentence.articleId);
    if (list) list.push(i);
    else result.set(s.sentence.articleId, [i]);
  }
  return result;
}
