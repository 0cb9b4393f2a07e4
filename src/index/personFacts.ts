import type { Statement } from "../quotes/statement.js";
import { cosine, type SparseVector } from "../summarize/vectors.js";
import type { Steps } from "../util/steps.js";
import type { BriefingRules } from "./briefingRules.js";
import type { OfficialsIndex } from "./buildOfficialsIndex.js";
import { centroidsOf } from "./centroids.js";
import type { IndexedSentence } from "./indexedSentence.js";
import { buildPersonSentences, type PersonSentences } from "./personSentences.js";
import { byPriorThenCorpusOrder, type RankCandidate } from "./rankCandidate.js";

/** A statement with its significance for the person's profile. */
export interface SignificantQuote {
  readonly statement: Statement;
  /** Position in `CorpusIndex.sentences` of the sentence it stands in. */
  readonly sentence: number;
  readonly score: number;
}

/** Everything about one person an official profile shows that does not depend on the request. */
export interface PersonFacts {
  /** Their statements, in corpus order. */
  readonly statements: readonly Statement[];
  /** Sentences naming them or holding their statements, each once, in corpus order. */
  readonly about: readonly number[];
  /** Distinct sentences naming them. */
  readonly mentions: number;
  /** How their name is written, in order of first appearance. */
  readonly spellings: readonly string[];
  /** Topic id → how many of the `about` sentences are in it. */
  readonly topicMentions: ReadonlyMap<string, number>;
  /** Statements by `quoteSignificance`, best first (ties: order within the article). */
  readonly quotes: readonly SignificantQuote[];
  /** Standalone `about` sentences with the summary prior, best first (ties: corpus order). */
  readonly summaryCandidates: readonly RankCandidate[];
}

/** Summary prior of a sentence about a person: a mild lead bonus, 1.3 for the lead down to ~1. */
export function profilePrior(position: number): number {
  return 1 + 0.3 / (1 + position);
}

/**
 * Person id → their profile's static facts, once per corpus version: the centroid, quote
 * significance and summary candidates all read every sentence about the person, which at 10k
 * articles is tens of thousands for the most quoted, too slow to redo per request.
 */
export function* buildPersonFacts(
  sentences: readonly IndexedSentence[],
  officials: OfficialsIndex,
  /** `substanceOf` each statement of `officials.statements`, in the same order. */
  substance: readonly number[],
  quoteSignificance: BriefingRules["quoteSignificance"],
): Steps<ReadonlyMap<string, PersonFacts>> {
  const grouped = yield* buildPersonSentences(sentences, officials);
  const personIds = new Set([...grouped.about.keys(), ...grouped.statements.keys()]);
  // Only quotes need a centroid: people with statements.
  const quotedAbout = new Map(
    [...grouped.statements.keys()].map((id) => [id, grouped.about.get(id) ?? []]),
  );
  const centroids = yield* centroidsOf(
    sentences.map((s) => s.vector),
    quotedAbout,
  );
  const facts = new Map<string, PersonFacts>();
  const from = { sentences, officials, substance, grouped, quoteSignificance };
  for (const personId of personIds) {
    facts.set(personId, factsOf(personId, centroids.get(personId) ?? new Map(), from));
    yield;
  }
  return facts;
}

/** What one person's profile needs. */
function factsOf(personId: string, centroid: SparseVector, from: FactSources): PersonFacts {
  const { sentences, officials, grouped } = from;
  const about = grouped.about.get(personId) ?? [];
  const statementPositions = grouped.statements.get(personId) ?? [];
  const refs = officials.mentions.get(personId) ?? [];
  return {
    statements: statementPositions.flatMap((i) => officials.statements[i] ?? []),
    about,
    mentions: new Set(refs.map((r) => r.sentenceId)).size,
    spellings: [...new Set(refs.map((r) => r.surface))],
    topicMentions: countTopics(about.flatMap((i) => sentences[i] ?? [])),
    quotes: scoreQuotes(statementPositions, centroid, from),
    summaryCandidates: about
      .flatMap((i) => {
        const entry = sentences[i];
        return entry?.standalone ? [{ sentence: i, prior: profilePrior(entry.position) }] : [];
      })
      .sort(byPriorThenCorpusOrder),
  };
}

/** What the facts of every person are read from. */
interface FactSources {
  readonly sentences: readonly IndexedSentence[];
  readonly officials: OfficialsIndex;
  readonly substance: readonly number[];
  readonly grouped: PersonSentences;
  /** Centrality is 0.5 + the cosine between the quote's sentence and the person's centroid. */
  readonly quoteSignificance: BriefingRules["quoteSignificance"];
}

function scoreQuotes(
  statementPositions: readonly number[],
  centroid: SparseVector,
  from: FactSources,
): SignificantQuote[] {
  const scored = statementPositions.flatMap((i) => {
    const statement = from.officials.statements[i];
    const sentence = statement && from.grouped.positionOf(statement.sentenceId);
    const entry = sentence === undefined ? undefined : from.sentences[sentence];
    if (!statement || sentence === undefined || !entry) return [];
    const centrality = 0.5 + cosine(entry.vector, centroid);
    return [
      {
        statement,
        sentence,
        score: from.quoteSignificance(from.substance[i] ?? 0, centrality, statement),
      },
    ];
  });
  return scored.sort((a, b) => b.score - a.score || a.statement.position - b.statement.position);
}

function countTopics(about: readonly IndexedSentence[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const s of about)
    for (const id of s.topics.keys()) counts.set(id, (counts.get(id) ?? 0) + 1);
  return counts;
}
