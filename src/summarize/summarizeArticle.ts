import { terms } from "../nlp/stem.js";
import type { ArticleSentence, ArticleToSummarize } from "./articleToSummarize.js";
import { scoreSentences } from "./learnedScorer.js";
import { type PriorWeights, sentencePrior, wordCount } from "./priors.js";
import type { SetSearchOptions } from "./selectBestSet.js";
import {
  hasUnmatchedQuote,
  isStandaloneSentence,
  startsWithConnective,
} from "./sentenceQuality.js";
import { summarize } from "./summarize.js";
import { type TrimOptions, trimSentence } from "./trimSentence.js";
import { cosine, inverseDocumentFrequency, tfidfVector, unseenIdf } from "./vectors.js";

export type { ArticleSentence, ArticleToSummarize } from "./articleToSummarize.js";

export interface ArticleBudget {
  readonly maxSentences: number;
  /** Target length in words (see `Budget.maxWords`); null: sentences only. */
  readonly maxWords: number | null;
}

/**
 * How single-article summaries are scored: biased LexRank centrality^centralityWeight × prior ×
 * learned^learnedWeight, then MMR within the budget. The prior's weights were chosen on OrangeSum
 * articles 1–100 (README); `learned` is the logistic-regression score trained on the shared corpus
 * (`learnedScorer.ts`), and its exponent was chosen on shared-corpus articles 30,001–32,000
 * (`npm run validate:summary`); 0 gives the earlier scorer.
 */
export interface ArticleSummarySettings {
  readonly learnedWeight: number;
  readonly priors: PriorWeights;
  readonly trim: TrimOptions;
  readonly damping: number;
  readonly minSimilarity: number;
  readonly centralityWeight: number;
  readonly lambda: number;
  readonly maxSimilarity: number;
  /** A later pick scores at least this share of the best (`selectDiverse`); 0: no floor. */
  readonly minShare: number;
  /** Exhaustive set search by score and length (`selectBestSet`); null: greedy MMR. */
  readonly setSearch: SetSearchOptions | null;
}

export const LEXRANK_ARTICLE_SETTINGS: ArticleSummarySettings = {
  learnedWeight: 0,
  priors: {
    lead: 1,
    leadDecay: 0.3,
    anaphoraPenalty: 0.6,
    connectivePenalty: 0.5,
    quotePenalty: 0.5,
    title: 4,
    shortWords: 12,
    shortFloor: 0.3,
  },
  trim: { connective: true, attribution: true, parentheticalWords: 0 },
  damping: 0.85,
  minSimilarity: 0.1,
  centralityWeight: 0.1,
  lambda: 0.7,
  maxSimilarity: 0.6,
  minShare: 0,
  setSearch: null,
};

/**
 * The default: the prior times the square root of the learned score (of exponents 0.5, 1, 2 and
 * 4, the best mean of ROUGE-1/2/L on the validation articles, by a hair).
 */
export const ARTICLE_SUMMARY_SETTINGS: ArticleSummarySettings = {
  ...LEXRANK_ARTICLE_SETTINGS,
  learnedWeight: 0.5,
  // Validation articles (ROUGE-L): no floor 16.78, 0.1 16.79, 0.2 and 0.3 16.81, 0.4 16.80; of
  // the two best, the higher floor: a filler sentence that only brings the summary nearer its
  // length ("La météo sera ensoleillée…" after the news) stays out.
  minShare: 0.3,
};

/**
 * The learned score alone: every prior feature switched off (none of the weights chosen on the
 * OrangeSum test articles), centrality and MMR as in the default.
 */
export const LEARNED_ONLY_ARTICLE_SETTINGS: ArticleSummarySettings = {
  ...LEXRANK_ARTICLE_SETTINGS,
  learnedWeight: 1,
  priors: {
    lead: 0,
    leadDecay: 0,
    anaphoraPenalty: 1,
    connectivePenalty: 1,
    quotePenalty: 1,
    title: 0,
    shortWords: 0,
    shortFloor: 1,
  },
};

export const DEFAULT_ARTICLE_BUDGET: ArticleBudget = { maxSentences: 2, maxWords: 32 };

export interface SummarySentence {
  /** Index into the article's sentences. */
  readonly index: number;
  /** The sentence as shown in the summary (attribution tail trimmed). */
  readonly text: string;
  /** Score from `summarize`, 1 for the best sentence. */
  readonly score: number;
}

export interface ArticleSummary {
  /** The chosen sentences, in article order. */
  readonly sentences: readonly SummarySentence[];
  /** The sentences joined by a space. */
  readonly text: string;
}

/**
 * Single-article extractive summary, on the same pieces as topic briefings: TF-IDF vectors over
 * the article's sentences, a prior per sentence (`sentencePrior`: lead position, title overlap,
 * length, anaphora and connective penalties), biased LexRank × prior and MMR within the budget
 * (`summarize`). Candidates are the standalone sentences (all sentences if none is), never one
 * holding a quote that nobody known said (`quoteSpeaker` null); the chosen
 * ones are trimmed (`trimSentence`) and returned in article order. Deterministic.
 */
export function summarizeArticle(
  article: ArticleToSummarize,
  budget: ArticleBudget = DEFAULT_ARTICLE_BUDGET,
  settings: ArticleSummarySettings = ARTICLE_SUMMARY_SETTINGS,
): ArticleSummary {
  const rows = article.sentences.map((sentence, position) => {
    const shown = shownSentence(sentence, settings.trim);
    return { sentence, position, shown, terms: terms(sentence.text, sentence.language) };
  });
  const language = article.sentences[0]?.language ?? "und";
  const titleTerms = article.title === null ? [] : terms(article.title, language);
  const idf = inverseDocumentFrequency([...rows.map((r) => r.terms), titleTerms]);
  const fallback = unseenIdf(rows.length + 1);
  const titleVector = tfidfVector(titleTerms, idf, fallback);
  const showable = rows.filter((r) => r.terms.length > 0 && r.sentence.quoteSpeaker !== null);
  // ROUGE, the learned scorer's target, does not see that a quotation cut apart or an opening
  // connective ("Car, …") reads badly out of context: with it, such a sentence is no candidate.
  const standalone = showable.filter(
    (r) =>
      isStandaloneSentence(r.sentence.display) &&
      (settings.learnedWeight === 0 || readsAlone(r.sentence.display)),
  );
  const pool = standalone.length > 0 ? standalone : showable;
  const candidates = pool.map((row) => {
    const vector = tfidfVector(row.terms, idf, fallback);
    const prior = sentencePrior(
      {
        position: row.position,
        display: row.sentence.display,
        titleSimilarity: cosine(vector, titleVector),
      },
      settings.priors,
    );
    return { vector, prior, chars: row.shown.length, words: wordCount(row.shown) };
  });
  const learned = settings.learnedWeight === 0 ? null : scoreSentences(article);
  const scored =
    learned === null
      ? candidates
      : candidates.map((c, i) => ({
          ...c,
          prior: c.prior * (learned[pool[i]?.position ?? 0] ?? 0) ** settings.learnedWeight,
        }));
  const picks = summarize(scored, {
    maxSentences: budget.maxSentences,
    maxChars: Number.POSITIVE_INFINITY,
    ...(budget.maxWords === null ? {} : { maxWords: budget.maxWords }),
    lexRank: { damping: settings.damping, minSimilarity: settings.minSimilarity },
    centralityWeight: settings.centralityWeight,
    lambda: settings.lambda,
    maxSimilarity: settings.maxSimilarity,
    minShare: settings.minShare,
    ...(settings.setSearch === null ? {} : { setSearch: settings.setSearch }),
  });
  const sentences = picks
    .flatMap((pick) => {
      const row = pool[pick.index];
      return row ? [{ index: row.position, text: row.shown, score: pick.score }] : [];
    })
    .sort((a, b) => a.index - b.index);
  return { sentences, text: sentences.map((s) => s.text).join(" ") };
}

function readsAlone(display: string): boolean {
  return !hasUnmatchedQuote(display) && !startsWithConnective(display);
}

/**
 * The sentence as the summary shows it: trimmed, with the speaker of a quote it does not name.
 * An attribution tail ("…, a estimé Jean Castex devant les préfets.", "…, selon Matignon.") goes
 * only where the speaker stays known: when what is left still names the sentence's person, or when
 * the tail was where it named them, traded for the name in front ("Jean Castex : …"). A tail that
 * names nobody the people step knows (an institution, an outlet, "a-t-il précisé") stays.
 */
function shownSentence(sentence: ArticleSentence, trim: TrimOptions): string {
  if (sentence.quoteSpeaker) {
    return `${sentence.quoteSpeaker} : ${trimSentence(sentence.display, trim)}`;
  }
  const kept = trimSentence(sentence.display, { ...trim, attribution: false });
  const person = sentence.statedBy;
  if (!trim.attribution || person === undefined) return kept;
  const cut = trimSentence(sentence.display, trim);
  const names = (text: string) => person.surfaces.some((surface) => text.includes(surface));
  if (cut === kept || names(cut)) return cut;
  return names(kept) ? `${person.name} : ${cut}` : kept;
}
