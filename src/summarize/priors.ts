import { isJsWhitespace } from "../nlp/whitespace.js";
import { hasUnmatchedQuote, startsWithAnaphora, startsWithConnective } from "./sentenceQuality.js";

/**
 * Prior relevance of a sentence before centrality: a product of multipliers, each 1 when its
 * feature is neutral, so a weight of 0 (or a penalty of 1) switches a feature off. Topic briefings
 * and single-article summaries use the same function with their own weights.
 */
export interface PriorWeights {
  /** Lead bonus: the position multiplier is 1 + lead / (1 + position)^leadDecay. */
  readonly lead: number;
  readonly leadDecay: number;
  /** Multiplier for a sentence opening on a pronoun pointing back ("Il a ajouté…"). */
  readonly anaphoraPenalty: number;
  /** Multiplier for a sentence opening on a connective pointing back ("Mais…", "He also…"). */
  readonly connectivePenalty: number;
  /** Multiplier for a sentence whose quotation marks do not pair up (a quotation cut apart). */
  readonly quotePenalty: number;
  /** Title bonus: 1 + title × cosine(sentence, title). */
  readonly title: number;
  /**
   * Length prior: sentences shorter than `shortWords` words are scaled down linearly to
   * `shortFloor` at one word; 0 switches it off.
   */
  readonly shortWords: number;
  readonly shortFloor: number;
}

/** What the prior looks at in one sentence. */
export interface PriorFeatures {
  /** Position among the article's paragraph sentences (0 = lead). */
  readonly position: number;
  readonly display: string;
  /** Cosine similarity between the sentence and its article's title, in [0, 1]. */
  readonly titleSimilarity: number;
}

/** Lead sentences carry the story in news writing: 1 + lead for the lead, decaying towards 1. */
export function positionPrior(position: number, lead: number, decay: number): number {
  return 1 + lead / (1 + position) ** decay;
}

/** 1 from `shortWords` words up, falling linearly to `floor` for a one-word sentence. */
export function lengthPrior(words: number, shortWords: number, floor: number): number {
  if (shortWords <= 1 || words >= shortWords) return 1;
  return floor + ((1 - floor) * (Math.max(1, words) - 1)) / (shortWords - 1);
}

/** Whitespace-separated words of a display text. */
export function wordCount(display: string): number {
  // The runs of non-whitespace, counted in one pass: what `trim().split(/\s+/).length` gives
  // (0 for blank text) without building the array.
  let words = 0;
  let inWord = false;
  for (let i = 0; i < display.length; i++) {
    const space = isJsWhitespace(display.charCodeAt(i));
    if (!space && !inWord) words++;
    inWord = !space;
  }
  return words;
}

/** The prior of one sentence under `weights`: a positive number, 1 when every feature is neutral. */
export function sentencePrior(features: PriorFeatures, weights: PriorWeights): number {
  return (
    positionPrior(features.position, weights.lead, weights.leadDecay) *
    (1 + weights.title * features.titleSimilarity) *
    lengthPrior(wordCount(features.display), weights.shortWords, weights.shortFloor) *
    (startsWithAnaphora(features.display) ? weights.anaphoraPenalty : 1) *
    (startsWithConnective(features.display) ? weights.connectivePenalty : 1) *
    (hasUnmatchedQuote(features.display) ? weights.quotePenalty : 1)
  );
}
