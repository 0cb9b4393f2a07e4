import { splitPieceCount } from "../nlp/whitespace.js";
import type { Statement } from "../quotes/statement.js";
import type { BriefingRules } from "./briefingRules.js";
import type { IndexedSentence } from "./indexedSentence.js";

/** One official's statements in a topic's sentences, with the key quote among them. */
export interface SpeakerTally {
  readonly personId: string;
  readonly statements: number;
  readonly best: Statement;
  readonly bestScore: number;
}

/** How much a statement says, from 0 to 1: its words up to 20. */
export function substanceOf(statement: Statement): number {
  return Math.min(1, splitPieceCount(statement.text) / 20);
}

/**
 * Topic id → who spoke on it, most statements first, then best `keyQuoteScore` (ties: first
 * statement in corpus order). Static per corpus version, so `whoSpoke` only cites the first few
 * instead of scanning every statement of the corpus per call.
 */
export function buildTopicSpeakers(
  statements: readonly Statement[],
  /** `substanceOf` each statement, in the same order. */
  substance: readonly number[],
  sentenceById: ReadonlyMap<string, IndexedSentence>,
  keyQuoteScore: BriefingRules["keyQuoteScore"],
): ReadonlyMap<string, readonly SpeakerTally[]> {
  return buildSpeakers(statements, substance, sentenceById, (entry) => entry.topics, keyQuoteScore);
}

/**
 * Story id → who spoke in its articles, in the same order as a topic's (relevance 1: every
 * sentence of a story's articles is the story's).
 */
export function buildStorySpeakers(
  statements: readonly Statement[],
  substance: readonly number[],
  sentenceById: ReadonlyMap<string, IndexedSentence>,
  storyOfArticle: ReadonlyMap<string, { readonly id: string }>,
  keyQuoteScore: BriefingRules["keyQuoteScore"],
): ReadonlyMap<string, readonly SpeakerTally[]> {
  return buildSpeakers(
    statements,
    substance,
    sentenceById,
    (entry) => {
      const story = storyOfArticle.get(entry.sentence.articleId);
      return story ? [[story.id, 1]] : [];
    },
    keyQuoteScore,
  );
}

/** Group id → its speakers, for sentences grouped by `groupsOf` (group id → relevance). */
function buildSpeakers(
  statements: readonly Statement[],
  substance: readonly number[],
  sentenceById: ReadonlyMap<string, IndexedSentence>,
  groupsOf: (entry: IndexedSentence) => Iterable<readonly [string, number]>,
  keyQuoteScore: BriefingRules["keyQuoteScore"],
): ReadonlyMap<string, readonly SpeakerTally[]> {
  type Tally = { count: number; best: Statement; score: number };
  const byTopic = new Map<string, Map<string, Tally>>();
  statements.forEach((statement, i) => {
    const entry = sentenceById.get(statement.sentenceId);
    if (!statement.speakerId || !entry) return;
    for (const [topicId, relevance] of groupsOf(entry)) {
      const score = keyQuoteScore(substance[i] ?? 0, relevance, statement);
      const speakers = byTopic.get(topicId) ?? new Map<string, Tally>();
      byTopic.set(topicId, speakers);
      const current = speakers.get(statement.speakerId);
      if (!current) {
        speakers.set(statement.speakerId, { count: 1, best: statement, score });
        continue;
      }
      current.count += 1;
      if (score > current.score) {
        current.best = statement;
        current.score = score;
      }
    }
  });
  const result = new Map<string, SpeakerTally[]>();
  for (const [topicId, speakers] of byTopic) {
    const tallies = [...speakers].map(([personId, t]) => ({
      personId,
      statements: t.count,
      best: t.best,
      bestScore: t.score,
    }));
    // Stable sort: equal speakers stay in order of their first statement on the topic.
    tallies.sort((a, b) => b.statements - a.statements || b.bestScore - a.bestScore);
    result.set(topicId, tallies);
  }
  return result;
}
