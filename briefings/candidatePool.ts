import { sentenceSalience } from "../src/index/articleSalience.js";
import type { CorpusIndex } from "../src/index/corpusIndex.js";
import type { IndexedSentence } from "../src/index/indexedSentence.js";
import type { RankCandidate } from "../src/index/rankCandidate.js";
import { creditedText } from "../src/quotes/quoteCredits.js";
import type { Summarizer, SummaryBudget } from "../src/summarize/summarizer.js";
import type { CitationList } from "./citations.js";
import { LEARNED_WEIGHT } from "./rules/learned.js";
import { RECENCY_BOOST, recencyFactor } from "./rules/recency.js";
import { newestDate } from "./timeWindow.js";
import type { BriefingSentence } from "./types.js";

/**
 * Candidates a summarizer is offered: what LexRank ranks (quadratic in their number),
 * `summarize`'s default `maxCandidates`.
 */
export const MAX_CANDIDATES = 80;

export interface PoolEntry {
  readonly entry: IndexedSentence;
  /**
   * The candidate's prior times its recency (`recencyFactor`) and its learned salience to the
   * power `LEARNED_WEIGHT` (`sentenceSalience`).
   */
  readonly prior: number;
}

/** The largest recency factor: how far a later candidate of `ranked` may still climb. */
const MAX_RECENCY = 1 + RECENCY_BOOST;

/**
 * Sentence selection is restricted to relevant candidates before any quadratic step: `ranked` is
 * sorted by prior, ties in corpus order (`byPriorThenCorpusOrder`), which is how `summarize`
 * orders the candidates it is given in corpus order before keeping the best `maxCandidates`.
 * Each accepted candidate's prior is scaled by its recency (`recencyFactor`, against the corpus's
 * newest dated article), so the walk goes on past the first `MAX_CANDIDATES` only while a later
 * candidate, boosted to the most, could still enter the best `MAX_CANDIDATES`. The pool is then
 * exactly the one `summarize` would cut from all accepted sentences with their recency, in its
 * order, at a cost that does not grow with the corpus (unless the filter rejects nearly all).
 * Only then does each pooled candidate's prior take its learned salience (`sentenceSalience`, to
 * the power `LEARNED_WEIGHT`), which ranks the pool (LexRank × prior, MMR) but never widens it.
 */
export function candidatePool(
  index: CorpusIndex,
  ranked: readonly RankCandidate[],
  accept: (entry: IndexedSentence) => boolean,
): PoolEntry[] {
  const newest = newestDate(index);
  // Kept best first (highest prior, ties in corpus order: `summarize`'s order), at most 80 long.
  const pool: (PoolEntry & { readonly order: number })[] = [];
  for (const candidate of ranked) {
    const last = pool[MAX_CANDIDATES - 1];
    if (last !== undefined && candidate.prior * MAX_RECENCY < last.prior) break;
    const entry = index.sentences[candidate.sentence];
    if (!entry || !showable(index, entry) || !accept(entry)) continue;
    const item = {
      entry,
      prior: candidate.prior * recencyFactor(entry.source.date, newest),
      order: candidate.sentence,
    };
    const at = pool.findIndex(
      (p) => item.prior > p.prior || (item.prior === p.prior && item.order < p.order),
    );
    if (at === -1) {
      if (pool.length < MAX_CANDIDATES) pool.push(item);
    } else {
      pool.splice(at, 0, item);
      if (pool.length > MAX_CANDIDATES) pool.pop();
    }
  }
  // The learned scorer weighs in on the pool only: at most MAX_CANDIDATES articles to score.
  return pool.map(({ entry, prior }) => ({
    entry,
    prior: prior * sentenceSalience(index.salience, index.sentenceById, entry) ** LEARNED_WEIGHT,
  }));
}

/** A sentence holding a quote that nobody known said is never shown (`quoteCredits`). */
function showable(index: CorpusIndex, entry: IndexedSentence): boolean {
  return index.briefing.quoteCredits.get(entry.sentence.id)?.speaker !== null;
}

/**
 * The sentence as briefings, digests and profiles show it: a quote it does not attribute itself
 * comes with its speaker's name ("Antony Blinken : « … », a-t-il déclaré.").
 */
export function shownText(index: CorpusIndex, entry: IndexedSentence): string {
  return creditedText(entry.sentence.display, index.briefing.quoteCredits.get(entry.sentence.id));
}

/** Ranked sentences as a briefing shows them: credited text, source and citation number. */
export function citedSentences(
  index: CorpusIndex,
  ranked: readonly { readonly entry: IndexedSentence; readonly score: number }[],
  citations: CitationList,
): BriefingSentence[] {
  return ranked.map(({ entry, score }) => ({
    text: shownText(index, entry),
    source: entry.source,
    citation: citations.cite(entry.source),
    score,
  }));
}

/**
 * The summarizer over a pool from `candidatePool` (priors with their recency, so among comparable
 * sentences the more recent lead): the picks' sentences and scores, best first.
 */
export function summarizePool(
  index: CorpusIndex,
  pool: readonly PoolEntry[],
  summarizer: Summarizer,
  budget: SummaryBudget,
): { entry: IndexedSentence; score: number }[] {
  const picks = summarizer.summarize(
    pool.map((p) => {
      const text = shownText(index, p.entry);
      return {
        text,
        position: p.entry.position,
        vector: p.entry.vector,
        prior: p.prior,
        chars: text.length,
      };
    }),
    budget,
  );
  return picks.flatMap((pick) => {
    const p = pool[pick.index];
    return p ? [{ entry: p.entry, score: pick.score }] : [];
  });
}
