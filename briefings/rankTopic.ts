import type { CorpusIndex, IndexedSentence } from "../src/index/corpusIndex.js";
import { startsWithAnaphora } from "../src/summarize/sentenceQuality.js";
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
}

/** Prior multiplier for sentences that open on a pronoun pointing back ("Il a ajouté…"). */
const ANAPHORA_PENALTY = 0.6;

/** Lead sentences carry the story in news writing: a mild prior, 1.3 for the lead down to ~1. */
function positionPrior(position: number): number {
  return 1 + 0.3 / (1 + position);
}

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
    (s) => s.standalone && s.topics.has(topicId) && !options.excludeIds?.has(s.sentence.id),
  );
  const picks: SummaryPick[] = summarize(
    pool.map((s) => ({
      vector: s.vector,
      prior:
        (s.topics.get(topicId) ?? 0) *
        positionPrior(s.position) *
        (startsWithAnaphora(s.sentence.display) ? ANAPHORA_PENALTY : 1),
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
