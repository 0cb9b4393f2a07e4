import type { Article, LoadWarning, Sentence, SourceRef } from "../corpus/types.js";
import type { SparseVector } from "../summarize/vectors.js";
import type { TopicDefinition } from "../topics/topicsConfig.js";
import type { AnswerCache } from "./answerCache.js";
import type { BriefingIndex } from "./briefingIndex.js";
import type { OfficialsIndex } from "./buildOfficialsIndex.js";

/** A sentence with everything commands need, computed once per corpus version. */
export interface IndexedSentence {
  readonly sentence: Sentence;
  readonly source: SourceRef;
  /** Position among the article's paragraph sentences (0 = lead). */
  readonly position: number;
  readonly terms: readonly string[];
  readonly vector: SparseVector;
  /** Topic id → assignment score, for the topics this sentence belongs to. */
  readonly topics: ReadonlyMap<string, number>;
  /** Whether it can be shown on its own in a briefing (not a fragment, not a heading). */
  readonly standalone: boolean;
}

export interface CorpusIndex {
  /** Content hash of the cleaned corpus and topics config: equal versions give equal briefings. */
  readonly version: string;
  readonly articles: readonly Article[];
  readonly sources: ReadonlyMap<string, SourceRef>;
  readonly sentences: readonly IndexedSentence[];
  readonly sentenceById: ReadonlyMap<string, IndexedSentence>;
  /** People (configured and discovered), where they are named and what they said. */
  readonly officials: OfficialsIndex;
  readonly topics: readonly TopicDefinition[];
  readonly warnings: readonly LoadWarning[];
  /** Candidates, priors and groupings the briefing commands read instead of scanning the corpus. */
  readonly briefing: BriefingIndex;
  /** Briefings, digests and profiles already built from this index, by inputs. */
  readonly answers: AnswerCache;
}
