import type { Sentence } from "../corpus/types.js";
import { type PriorWeights, sentencePrior } from "../summarize/priors.js";
import type { TopicDefinition } from "../topics/topicsConfig.js";
import type { ObjectMemo } from "../util/objectMemo.js";
import type { BriefingRules } from "./briefingRules.js";
import type { IndexedSentence } from "./indexedSentence.js";
import { byPriorThenCorpusOrder, type RankCandidate } from "./rankCandidate.js";

/**
 * Priors per sentence object, kept by the caller (the engine cache's `priors`): sentence objects
 * of unchanged articles survive an index update (see `articleRows`), and so does their prior, so
 * an update computes the regex-heavy prior for new sentences only. Valid for one set of rules
 * (`BriefingRules.priors`): a warm state saved under other rules is not taken back.
 */
export type BriefingPriors = ObjectMemo<
  Sentence,
  { readonly position: number; readonly prior: number }
>;

function briefingPrior(
  s: IndexedSentence,
  briefingPriors: BriefingPriors,
  weights: PriorWeights,
): number {
  const known = briefingPriors.get(s.sentence);
  // The position can move when an earlier sentence of the article is dropped as a duplicate.
  if (known?.position === s.position) return known.prior;
  const prior = sentencePrior(
    { position: s.position, display: s.sentence.display, titleSimilarity: 0 },
    weights,
  );
  briefingPriors.set(s.sentence, { position: s.position, prior });
  return prior;
}

export interface TopicCandidates {
  /**
   * Topic id → its standalone sentences with prior = topic score × `sentencePrior` under
   * the briefing rules' priors (`BriefingRules.priors`), highest prior first, ties in corpus order: the order in which `summarize`
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
  rules: BriefingRules,
): TopicCandidates {
  const byTopic = new Map<string, RankCandidate[]>(topics.map((t) => [t.id, []]));
  const strength = new Map<string, number>(topics.map((t) => [t.id, 0]));
  sentences.forEach((s, i) => {
    // Added in corpus order, as a reduce over all sentences would (adding 0 for the others).
    for (const [topicId, score] of s.topics)
      strength.set(topicId, (strength.get(topicId) ?? 0) + score);
    if (!s.standalone || s.topics.size === 0) return;
    const prior = briefingPrior(s, priors, rules.priors);
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
