import type { Language } from "../nlp/language.js";
import { type CompiledTerm, type CompiledTopic, seedsByFirstStem } from "./compileTerms.js";
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
  const strong: number[][] = [];
  const weak: number[][] = [];
  for (const s of sentences) {
    // Each distinct term looks up the seeds starting with it: no seed is tried in vain.
    const termSet = new Set(s.terms);
    const scores = topics.map((t) => ownScores(s.terms, termSet, seedsByFirstStem(t, s.language)));
    strong.push(scores.map((score) => score.strong));
    weak.push(scores.map((score) => score.weak));
  }
  const sameArticle = (i: number, j: number): boolean =>
    sentences[j]?.articleId === sentences[i]?.articleId;
  const own = sentences.map((_, i) =>
    topics.map((_, t) => {
      const hasStrongContext =
        (sameArticle(i, i - 1) && (strong[i - 1]?.[t] ?? 0) > 0) ||
        (strong[i]?.[t] ?? 0) > 0 ||
        (sameArticle(i, i + 1) && (strong[i + 1]?.[t] ?? 0) > 0);
      const total = (strong[i]?.[t] ?? 0) + (hasStrongContext ? (weak[i]?.[t] ?? 0) : 0);
      return Math.min(OWN_CAP, total);
    }),
  );
  const density = articleDensity(sentences, own, topics.length);

  return sentences.map((s, i) => {
    const densities = density.get(s.articleId);
    const combined = topics.map((_, t) => {
      let neighbour = 0;
      if (sameArticle(i, i - 1)) neighbour = Math.max(neighbour, own[i - 1]?.[t] ?? 0);
      if (sameArticle(i, i + 1)) neighbour = Math.max(neighbour, own[i + 1]?.[t] ?? 0);
      const context =
        settings.neighbourWeight * neighbour +
        settings.articleWeight * Math.min(1, densities?.[t] ?? 0);
      return (own[i]?.[t] ?? 0) + context;
    });
    let best = 0;
    for (const score of combined) best = Math.max(best, score);
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

/**
 * A sentence's own evidence for one topic, strong and weak: each seed whose phrase it contains
 * counts once. Every strong hit adds 1 or 1.5 and every weak one 0.4, so the sums do not depend
 * on the order the seeds are met in.
 */
function ownScores(
  terms: readonly string[],
  termSet: ReadonlySet<string>,
  seeds: ReadonlyMap<string, readonly CompiledTerm[]>,
): { strong: number; weak: number } {
  let strong = 0;
  let weak = 0;
  for (const term of termSet) {
    const starting = seeds.get(term);
    if (starting === undefined) continue;
    for (const seed of starting) {
      if (!containsPhrase(terms, seed.stems)) continue;
      if (seed.strength === "weak") weak += WEAK;
      else strong += seed.stems.length > 1 ? STRONG_PHRASE : STRONG_WORD;
    }
  }
  return { strong, weak };
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
