import type { Article, LoadWarning, SourceRef } from "../corpus/types.js";
import type { StoryIndex } from "../stories/story.js";
import type { TopicDefinition } from "../topics/topicsConfig.js";
import type { AnswerCache } from "./answerCache.js";
import type { ArticleSalience } from "./articleSalience.js";
import type { BriefingIndex } from "./briefingIndex.js";
import type { OfficialsIndex } from "./buildOfficialsIndex.js";
import type { IndexedSentence } from "./indexedSentence.js";

export interface CorpusIndex {
  /** Content hash of the cleaned corpus and topics config: equal versions give equal briefings. */
  readonly version: string;
  readonly articles: readonly Article[];
  readonly sources: ReadonlyMap<string, SourceRef>;
  readonly sentences: readonly IndexedSentence[];
  readonly sentenceById: ReadonlyMap<string, IndexedSentence>;
  /** People (configured and discovered), where they are named and what they said. */
  readonly officials: OfficialsIndex;
  /** Articles grouped into stories (same event or running development). */
  readonly stories: StoryIndex;
  readonly topics: readonly TopicDefinition[];
  readonly warnings: readonly LoadWarning[];
  /** Candidates, priors and groupings the briefing commands read instead of scanning the corpus. */
  readonly briefing: BriefingIndex;
  /** Briefings, digests and profiles already built from this index, by inputs. */
  readonly answers: AnswerCache;
  /** The learned sentence scorer over this index's articles, on demand (`sentenceSalience`). */
  readonly salience: ArticleSalience;
}
