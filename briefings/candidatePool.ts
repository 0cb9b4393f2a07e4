import type { CorpusIndex } from "../src/index/corpusIndex.js";
import type { IndexedSentence } from "../src/index/indexedSentence.js";
import type { RankCandidate } from "../src/index/rankCandidate.js";
import { creditedText } from "../src/quotes/quoteCredits.js";
import type { Summarizer, SummaryBudget } from "../src/summarize/summarizer.js";
import type { CitationList } from "./citations.js";
import type { BriefingSentence } from "./types.js";

/**
 * Candidates a summarizer is offered: what LexRank ranks (quadratic in their number),
 * `summarize`'s default `maxCandidates`.
 */
export const MAX_CANDIDATES = 80;

export interface PoolEntry {
  readonly entry: IndexedSentence;
  readonly prior: number;
}

/**
 * Sentence selection is restricted to relevant candidates before any quadratic step: `ranked` is
 * sorted by prior, ties in corpus order (`byPriorThenCorpusOrder`), which is how `summarize`
 * orders the candidates it is given in corpus order before keeping the best `maxCandidates`. So
 * the first `MAX_CANDIDATES` that this call accepts are exactly the pool `summarize` would have
 * cut from all accepted sentences, already in its order; the walk stops there, at a cost that
 * does not grow with the corpus (unless the filter rejects nearly everything).
 */
export function candidatePool(
  index: CorpusIndex,
  ranked: readonly RankCandidate[],
  accept: (entry: IndexedSentence) => boolean,
): PoolEntry[] {
  const pool: PoolEntry[] = [];
  for (const candidate of ranked) {
    if (pool.length >= MAX_CANDIDATES) break;
    const entry = index.sentences[candidate.sentence];
    if (entry && showable(index, entry) && accept(entry)) {
      pool.push({ entry, prior: candidate.prior });
    }
  }
  return pool;
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

/** The summarizer over a pool from `candidatePool`: the picks' sentences and scores, best first. */
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
