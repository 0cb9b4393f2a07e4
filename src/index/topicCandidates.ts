import type { Sentence } from "../corpus/types.js";
import { type PriorWeights, sentencePrior } from "../summarize/priors.js";
import type { TopicDefinition } from "../topics/topicsConfig.js";
import type { ObjectMemo } from "../util/objectMemo.js";
import type { IndexedSentence } from "./indexedSentence.js";
import { byPriorThenCorpusOrder, type RankCandidate } from "./rankCandidate.js";

/**
 * Briefing priors, on the same function as single-article summaries (`sentencePrior`): a mild lead
 * prior (1.3 for the lead down to ~1, the topic score matters more across articles) and a lower
 * prior for sentences opening on a pronoun pointing back ("Il a ajouté…").
 */
export const BRIEFING_PRIORS: PriorWeights = {
  lead: 0.3,
  leadDecay: 1,
  anaphoraPenalty: 0.6,
  connectivePenalty: 0.5,
  quotePenalty: 0.5,
  title: 0,
  shortWords: 0,
  shortFloor: 1,
};

/**
 * Priors per sentence object, kept by the caller (the engine cache's `priors`): sentence objects
 * of unchanged articles survive an index update (see `articleRows`), and so does their prior, so
 * an update computes the regex-heavy prior for new sentences only.
 */
export type BriefingPriors = ObjectMemo<
  Sentence,
  { readonly position: number; readonly prior: number }
>;

function briefingPrior(s: IndexedSentence, briefingPriors: BriefingPriors): number {
  const known = briefingPriors.get(s.sentence);
  // The position can move when an earlier sentence of the article is dropped as a duplicate.
  if (known?.position === s.position) return known.prior;
  const prior = sentencePrior(
    { position: s.position, display: s.sentence.display, titleSimilarity: 0 },
    BRIEFING_PRIORS,
  );
  briefingPriors.set(s.sentence, { position: s.position, prior });
  return prior;
}

export interface TopicCandidates {
  /**
   * Topic id → its standalone sentences with prior = topic score × `sentencePrior` under
   * `BRIEFING_PRIORS`, highest prior first, ties in corpus order: the order in which `summarize`
   * would rank the whole pool, so the first N that pass a call's filters are exactly the N it
   * would keep for LexRank.
   */
  readonly byTopic: ReadonlyMap<string, readonly RankCandidate[]>;
  /** Topic id → sum of the assignment scores of all its sentences (standalone or not). */
  readonly strength: ReadonlyMap<string, number>;
}

/**
 * The static half of a topic briefing, once per corpus version: the regex-heavy prior of every
 * standalone sentence and each topic's candidates in rank order, so a briefing call no longer
 * scans the corpus nor recomputes priors.
 */
export function buildTopicCandidates(
  sentences: readonly IndexedSentence[],
  topics: readonly TopicDefinition[],
  priors: BriefingPriors,
): TopicCandidates {
  const byTopic = new Map<string, RankCandidate[]>(topics.map((t) => [t.id, []]));
  const strength = new Map<string, number>(topics.map((t) => [t.id, 0]));
  sentences.forEach((s, i) => {
    // Added in corpus order, as a reduce over all sentences would (adding 0 for the others).
    for (const [topicId, score] of s.topics)
      strength.set(topicId, (strength.get(topicId) ?? 0) + score);
    if (!s.standalone || s.topics.size === 0) return;
    const prior = briefingPrior(s, priors);
    for (const [topicId, score] of s.topics) {
      const list = byTopic.get(topicId) ?? [];
      list.push({ sentence: i, prior: score * prior });
      byTopic.set(topicId, list);
    }
  });
  for (const list of byTopic.values()) {
    list.sort(byPriorThenCorpusOrder);
  }
  return { byTopic, strength };
}
