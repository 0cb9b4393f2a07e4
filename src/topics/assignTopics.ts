import type { Language } from "../nlp/language.js";
import { type CompiledTerm, type CompiledTopic, seedsFor } from "./compileTerms.js";
import type { AssignmentSettings } from "./topicsConfig.js";

/** What topic assignment needs to know about a sentence. */
export interface TopicInput {
  readonly articleId: string;
  readonly language: Language;
  /** The sentence's terms in order (stemmed, folded, stopwords removed). */
  readonly terms: readonly string[];
}

const STRONG_WORD = 1;
const STRONG_PHRASE = 1.5;
const WEAK = 0.4;
/** Own evidence is capped so one keyword-stuffed sentence cannot swamp its neighbours. */
const OWN_CAP = 4;

/**
 * Scores every sentence against every topic. A keyword hit alone is not enough:
 *  - weak seeds (a city, a generic word such as "talks") count only when the sentence or a
 *    neighbour in the same article also has strong evidence for that topic — so "Vienne" counts
 *    for the Iran talks next to "nucléaire", not in a paragraph about an OSCE meeting;
 *  - a sentence's score adds context: `neighbourWeight` × the best own score of its neighbours in
 *    the same article, plus `articleWeight` × the article's density for the topic (mean own score,
 *    capped at 1), so pronoun-only sentences inside an on-topic passage are kept;
 *  - a sentence belongs to every topic whose score reaches `threshold` AND at least `dominance`
 *    × its best topic's score: a UK minister quoted in a NATO article belongs to both, while a
 *    passing mention of the E3 in an Iran paragraph does not make it a UK statement;
 *  - a topic for which the sentence has no evidence of its own is inherited from context only if
 *    it is the sentence's best topic (the Polish minister quoted next to the UK one is not a UK
 *    statement).
 *
 * Returns, per sentence, a map topic id → score for the topics it belongs to (possibly empty).
 */
export function assignTopics(
  sentences: readonly TopicInput[],
  topics: readonly CompiledTopic[],
  settings: AssignmentSettings,
): Map<string, number>[] {
  // Each sentence's terms as a set, built once: a seed whose first stem is not among them cannot
  // match, which spares the phrase search for nearly every seed.
  const termSets = sentences.map((s) => new Set(s.terms));
  const strong = sentences.map((s, i) =>
    topics.map((t) => ownScore(s, termSets[i], seedsFor(t, s.language), "strong")),
  );
  const weak = sentences.map((s, i) =>
    topics.map((t) => ownScore(s, termSets[i], seedsFor(t, s.language), "weak")),
  );
  const own = sentences.map((s, i) =>
    topics.map((_, t) => {
      const hasStrongContext = [i - 1, i, i + 1].some(
        (j) => sentences[j]?.articleId === s.articleId && (strong[j]?.[t] ?? 0) > 0,
      );
      const total = (strong[i]?.[t] ?? 0) + (hasStrongContext ? (weak[i]?.[t] ?? 0) : 0);
      return Math.min(OWN_CAP, total);
    }),
  );
  const density = articleDensity(sentences, own, topics.length);

  return sentences.map((s, i) => {
    const combined = topics.map((_, t) => {
      const neighbours = [i - 1, i + 1]
        .filter((j) => sentences[j]?.articleId === s.articleId)
        .map((j) => own[j]?.[t] ?? 0);
      const context =
        settings.neighbourWeight * Math.max(0, ...neighbours) +
        settings.articleWeight * Math.min(1, density.get(s.articleId)?.[t] ?? 0);
      return (own[i]?.[t] ?? 0) + context;
    });
    const best = Math.max(0, ...combined);
    const result = new Map<string, number>();
    topics.forEach((topic, t) => {
      const score = combined[t] ?? 0;
      const ownEvidence = (own[i]?.[t] ?? 0) > 0;
      // With no evidence of its own, a sentence only inherits its context's leading topic.
      if (!ownEvidence && score < best) return;
      if (score >= settings.threshold && score >= settings.dominance * best) {
        result.set(topic.id, round(score));
      }
    });
    return result;
  });
}

function ownScore(
  sentence: TopicInput,
  termSet: ReadonlySet<string> | undefined,
  seeds: readonly CompiledTerm[],
  strength: "strong" | "weak",
): number {
  let score = 0;
  for (const seed of seeds) {
    if (seed.strength !== strength) continue;
    const first = seed.stems[0];
    if (first === undefined || (termSet !== undefined && !termSet.has(first))) continue;
    if (!containsPhrase(sentence.terms, seed.stems)) continue;
    if (strength === "weak") score += WEAK;
    else score += seed.stems.length > 1 ? STRONG_PHRASE : STRONG_WORD;
  }
  return score;
}

/** True when `phrase` occurs as consecutive terms of `terms`. */
export function containsPhrase(terms: readonly string[], phrase: readonly string[]): boolean {
  const first = phrase[0];
  if (first === undefined) return false;
  for (let i = terms.indexOf(first); i !== -1; i = terms.indexOf(first, i + 1)) {
    if (phrase.every((stem, k) => terms[i + k] === stem)) return true;
  }
  return false;
}

function articleDensity(
  sentences: readonly TopicInput[],
  own: readonly (readonly number[])[],
  topicCount: number,
): Map<string, number[]> {
  const sums = new Map<string, { total: number[]; count: number }>();
  sentences.forEach((s, i) => {
    const entry = sums.get(s.articleId) ?? {
      total: new Array<number>(topicCount).fill(0),
      count: 0,
    };
    entry.count += 1;
    own[i]?.forEach((v, t) => {
      entry.total[t] = (entry.total[t] ?? 0) + v;
    });
    sums.set(s.articleId, entry);
  });
  return new Map([...sums].map(([id, e]) => [id, e.total.map((v) => v / e.count)]));
}

function round(value: number): number {
  return Math.round(value * 1000) / 1000;
}
