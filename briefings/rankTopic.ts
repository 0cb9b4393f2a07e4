import type { CorpusIndex, IndexedSentence } from "../src/index/corpusIndex.js";
import { type PriorWeights, sentencePrior } from "../src/summarize/priors.js";
import { type SummaryPick, summarize } from "../src/summarize/summarize.js";
import type { SparseVector } from "../src/summarize/vectors.js";

export interface RankedSentence {
  readonly entry: IndexedSentence;
  readonly score: number;
}

export interface RankOptions {
  readonly maxSentences: number;
  readonly maxChars: number;
  readonly exclude?: readonly SparseVector[];
  readonly excludeIds?: ReadonlySet<string>;
  /** Only sentences of these articles (a channel's digest covers what it has not seen yet). */
  readonly articleIds?: ReadonlySet<string>;
}

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
 * The topic's best sentences: standalone sentences assigned to the topic, prior = topic score ×
 * position prior, summarised by biased LexRank + MMR. Rank order, best first.
 */
export function rankTopic(
  index: CorpusIndex,
  topicId: string,
  options: RankOptions,
): RankedSentence[] {
  const pool = index.sentences.filter(
    (s) =>
      s.standalone &&
      s.topics.has(topicId) &&
      !options.excludeIds?.has(s.sentence.id) &&
      (options.articleIds === undefined || options.articleIds.has(s.sentence.articleId)),
  );
  const picks: SummaryPick[] = summarize(
    pool.map((s) => ({
      vector: s.vector,
      prior:
        (s.topics.get(topicId) ?? 0) *
        sentencePrior(
          { position: s.position, display: s.sentence.display, titleSimilarity: 0 },
          BRIEFING_PRIORS,
        ),
      chars: s.sentence.display.length,
    })),
    options.exclude
      ? { maxSentences: options.maxSentences, maxChars: options.maxChars, exclude: options.exclude }
      : { maxSentences: options.maxSentences, maxChars: options.maxChars },
  );
  return picks.flatMap((pick) => {
    const entry = pool[pick.index];
    return entry ? [{ entry, score: pick.score }] : [];
  });
}
