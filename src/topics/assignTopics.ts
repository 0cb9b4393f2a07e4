import type { Language } from "../nlp/language.js";
import {
  type CompiledTerm,
  type CompiledTopic,
  type RequiredGroup,
  seedsByFirstStem,
} from "./compileTerms.js";
import type { AssignmentSettings } from "./topicsConfig.js";

/** What topic assignment needs to know about a sentence. */
export interface TopicInput {
  readonly articleId: string;
  readonly language: Language;
  /** The sentence's terms in order (stemmed, folded, stopwords removed). */
  readonly terms: readonly string[];
  /** Its article's title, as terms: what the article is about. */
  readonly titleTerms?: readonly string[];
  /**
   * The text its `terms` come from, and its article's title: where `requires` phrases made only
   * of common words ("a déclaré", "said") are looked for, the terms leaving such words out.
   */
  readonly text?: string;
  readonly title?: string;
  /**
   * Whether it opens on a pronoun that points back ("Elle exhortera Poutine…"): it then goes on
   * with what the sentence before it said, and may join that sentence's topics.
   */
  readonly continuesPrevious?: boolean;
}

const STRONG_WORD = 1;
const STRONG_PHRASE = 1.5;
const WEAK = 0.4;
/** Own evidence is capped so one keyword-stuffed sentence cannot swamp its neighbours. */
const OWN_CAP = 4;
/**
 * An article is about a topic when its title is on the topic, or when at least this share of its
 * sentences (and two of them) carry specific evidence for it that meets the topic's requirements
 * in the sentence itself (`articlesAbout`).
 */
const ABOUT_SHARE = 0.1;
const ABOUT_MIN_SENTENCES = 2;
/**
 * Share of its score a sentence keeps for a topic of scope "sentences" (a kind of statement) that
 * its article is not about: it is assigned on its own evidence, but ranks after the sentences of
 * articles on the topic.
 */
const OFF_SUBJECT_WEIGHT = 0.5;

/** A text's own evidence for one topic (`ownScores`). */
interface Evidence {
  readonly strong: number;
  readonly weak: number;
  /**
   * Strong evidence that needs no backing: a multi-word seed, or two distinct strong seeds of
   * which one is not generic. One word in passing ("unité", "Genève", "transatlantique") is not,
   * nor two generic ones ("son allié … ses unités de production").
   */
  readonly convincing: boolean;
  /** Strong evidence that can show what an article is about: convincing, or a non-generic word. */
  readonly specific: boolean;
}

const NONE: Evidence = { strong: 0, weak: 0, convincing: false, specific: false };

/**
 * Scores every sentence against every topic. A keyword hit alone is not enough:
 *  - strong evidence counts only when it is convincing (a multi-word seed, or two distinct seeds
 *    one of which is not generic in general news) or when the article as a whole is about the
 *    topic (`articlesAbout`): "unités vendues" in a car sales report is no evidence of NATO
 *    unity, "l'unité de l'Alliance" in a NATO article is;
 *  - a topic with `requires` groups (the other halves of a conjunction, such as Russia for the UK
 *    statements) gets nothing from a sentence unless each group has a term in the sentence or a
 *    neighbour in the same article, or the article's title is on the topic; but a sentence whose
 *    only seeds are the words of a `frame` group (it names Iran, and nothing of its nuclear
 *    programme) must meet every group itself, and one that adds only weak seeds ("les sanctions
 *    contre l'Iran") must, unless its article's title is on the topic;
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
 *    statement) and the article is about that topic;
 *  - a topic of scope "articles" (a subject, the default) takes sentences only from articles about
 *    it: a sentence naming the Iran deal in an article about an arrest is not about the deal;
 *  - a topic of scope "sentences" (a kind of statement any article may carry, such as what UK
 *    ministers said about Russia) also takes, at `OFF_SUBJECT_WEIGHT` of their score, sentences of
 *    other articles whose own convincing evidence meets every requirement without a neighbour's
 *    help (or that go on, with a pronoun, from such a sentence).
 *
 * `terms` are expected to be those of the sentence's main clauses (`mainClauses`): a topic named
 * only in a background clause ("… depuis que Washington a dénoncé l'accord") is no evidence.
 *
 * Returns, per sentence, a map topic id → score for the topics it belongs to (possibly empty).
 */
export function assignTopics(
  sentences: readonly TopicInput[],
  topics: readonly CompiledTopic[],
  settings: AssignmentSettings,
): Map<string, number>[] {
  const raw = sentences.map((s) =>
    topics.map((t) => ownScores(s.terms, seedsByFirstStem(t, s.language))),
  );
  const sameArticle = (i: number, j: number): boolean =>
    sentences[j]?.articleId === sentences[i]?.articleId;
  // Whether sentence i meets topic t's `requires`: by itself, or with its neighbours' help.
  const meets = (i: number, t: number, withNeighbours: boolean): boolean => {
    const s = sentences[i];
    if (s === undefined) return true;
    const passage = [s];
    if (withNeighbours) {
      for (const j of [i - 1, i + 1]) {
        const neighbour = sentences[j];
        if (neighbour && sameArticle(i, j)) passage.push(neighbour);
      }
    }
    return (topics[t]?.requires[s.language] ?? []).every((group) =>
      passage.some((p) => meetsGroup(group, p.terms, p.text ?? "")),
    );
  };
  const local = (i: number, t: number): boolean => meets(i, t, true);
  const self = (i: number, t: number): boolean => meets(i, t, false);
  const about = articlesAbout(sentences, raw, topics, self);
  // Under a title on the topic every sentence meets its requirements; asked only where it matters.
  const met = (i: number, t: number): boolean =>
    (about.get(sentences[i]?.articleId ?? "")?.title[t] ?? false) || local(i, t);
  // A sentence that names only the topic's frame ("les actes de l'Iran") needs every group itself;
  // a weak seed besides ("les sanctions contre l'Iran") says more only under a title on the topic.
  const onlyFrame = (i: number, t: number): boolean => {
    const beyond = topics[t]?.beyondFrame;
    const s = sentences[i];
    if (!beyond || !s) return false;
    const e = ownScores(s.terms, beyond[s.language]);
    if (e.strong > 0 || self(i, t)) return false;
    return e.weak === 0 || !(about.get(s.articleId)?.title[t] ?? false);
  };
  // Strong evidence that is neither convincing nor backed by its article's subject is dropped.
  const evidence = sentences.map((s, i) =>
    topics.map((_, t) => {
      const e = raw[i]?.[t] ?? NONE;
      if ((e.strong === 0 && e.weak === 0) || !met(i, t) || onlyFrame(i, t)) return NONE;
      if (e.convincing || (e.strong > 0 && about.get(s.articleId)?.about[t])) return e;
      return { ...e, strong: 0 };
    }),
  );
  const strong = evidence.map((row) => row.map((e) => e.strong));
  const own = sentences.map((_, i) =>
    topics.map((_, t) => {
      const hasStrongContext =
        (sameArticle(i, i - 1) && (strong[i - 1]?.[t] ?? 0) > 0) ||
        (strong[i]?.[t] ?? 0) > 0 ||
        (sameArticle(i, i + 1) && (strong[i + 1]?.[t] ?? 0) > 0);
      const weak = evidence[i]?.[t]?.weak ?? 0;
      const total = (strong[i]?.[t] ?? 0) + (hasStrongContext ? weak : 0);
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
      const score = (own[i]?.[t] ?? 0) + context;
      return score > 0 && met(i, t) ? score : 0;
    });
    let best = 0;
    for (const score of combined) best = Math.max(best, score);
    const result = new Map<string, number>();
    topics.forEach((topic, t) => {
      const score = combined[t] ?? 0;
      // A sentence joins a topic only on strong evidence of its own, or as the continuation of
      // the sentence before it ("Elle exhortera…" after the minister's sentence); context (its
      // neighbours, its article) otherwise only raises or lowers the score of what it says.
      const ownEvidence = (strong[i]?.[t] ?? 0) > 0;
      const continued =
        s.continuesPrevious === true && sameArticle(i, i - 1) && (strong[i - 1]?.[t] ?? 0) > 0;
      if (!ownEvidence && !continued) return;
      // Convincing evidence of its own that meets every requirement without its neighbours' help.
      const standsAlone = (j: number): boolean =>
        (strong[j]?.[t] ?? 0) > 0 && self(j, t) && raw[j]?.[t]?.convincing === true;
      if (score >= settings.threshold && score >= settings.dominance * best) {
        // Inside an article about the topic; elsewhere only for a topic of scope "sentences".
        const onSubject = about.get(s.articleId)?.about[t] ?? false;
        if (onSubject) result.set(topic.id, round(score));
        else if (
          topic.scope === "sentences" &&
          (standsAlone(i) || (continued && standsAlone(i - 1)))
        ) {
          // A statement-like topic takes a sentence from any article, on its own evidence alone.
          result.set(topic.id, round(score * OFF_SUBJECT_WEIGHT));
        }
      }
    });
    return result;
  });
}

/**
 * Per article, per topic: whether its title is on the topic (specific evidence that meets the
 * topic's `requires` by itself), and whether the article as a whole is about the topic — its
 * title is, or at least `ABOUT_SHARE` of its sentences (and `ABOUT_MIN_SENTENCES`) carry specific
 * evidence whose passage meets the requirements (`local`), one of them convincing evidence.
 */
export function articlesAbout(
  sentences: readonly TopicInput[],
  raw: readonly (readonly Evidence[])[],
  topics: readonly CompiledTopic[],
  local: (i: number, t: number) => boolean = () => true,
): Map<string, { readonly about: boolean[]; readonly title: boolean[] }> {
  const tallies = new Map<
    string,
    { specific: number[]; convincing: number[]; count: number; title: boolean[] }
  >();
  sentences.forEach((s, i) => {
    let tally = tallies.get(s.articleId);
    if (!tally) {
      const titleTerms = s.titleTerms ?? [];
      tally = {
        specific: new Array<number>(topics.length).fill(0),
        convincing: new Array<number>(topics.length).fill(0),
        count: 0,
        title: topics.map(
          (t) =>
            ownScores(titleTerms, seedsByFirstStem(t, s.language)).specific &&
            t.requires[s.language].every((group) => meetsGroup(group, titleTerms, s.title ?? "")),
        ),
      };
      tallies.set(s.articleId, tally);
    }
    tally.count += 1;
    raw[i]?.forEach((e, t) => {
      if (!e.specific || !local(i, t)) return;
      tally.specific[t] = (tally.specific[t] ?? 0) + 1;
      if (e.convincing) tally.convincing[t] = (tally.convincing[t] ?? 0) + 1;
    });
  });
  return new Map(
    [...tallies].map(([id, tally]) => [
      id,
      {
        title: tally.title,
        about: topics.map((_, t) => {
          const n = tally.specific[t] ?? 0;
          return (
            (tally.title[t] ?? false) ||
            (n >= ABOUT_MIN_SENTENCES &&
              n >= ABOUT_SHARE * tally.count &&
              (tally.convincing[t] ?? 0) > 0)
          );
        }),
      },
    ]),
  );
}

/**
 * A text's own evidence for one topic (`Evidence`): each seed whose phrase it contains counts
 * once. Every strong hit adds 1 or 1.5 and every weak one 0.4, so the sums do not depend on the
 * order the seeds are met in.
 */
export function ownScores(
  terms: readonly string[],
  seeds: ReadonlyMap<string, readonly CompiledTerm[]>,
): Evidence {
  let strong = 0;
  let weak = 0;
  let distinctStrong = 0;
  let specific = false;
  let multiWord = false;
  for (const term of new Set(terms)) {
    const starting = seeds.get(term);
    if (starting === undefined) continue;
    for (const seed of starting) {
      if (!containsPhrase(terms, seed.stems)) continue;
      if (seed.strength === "weak") {
        weak += WEAK;
        continue;
      }
      strong += seed.stems.length > 1 ? STRONG_PHRASE : STRONG_WORD;
      distinctStrong += 1;
      if (seed.multiWord) multiWord = true;
      if (!seed.generic) specific = true;
    }
  }
  const convincing = multiWord || (distinctStrong >= 2 && specific);
  return { strong, weak, convincing, specific: convincing || specific };
}

/** Whether a text (its terms and its words) has one of a `requires` group's phrases. */
function meetsGroup(group: RequiredGroup, terms: readonly string[], text: string): boolean {
  return (
    group.phrases.some((phrase) => containsPhrase(terms, phrase)) ||
    group.words.some((pattern) => pattern.test(text))
  );
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
