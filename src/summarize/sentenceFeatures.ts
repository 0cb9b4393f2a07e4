import type { Language } from "../nlp/language.js";
import { findSpeechVerbs } from "../nlp/speechVerbs.js";
import { terms } from "../nlp/stem.js";
import { isStopword } from "../nlp/stopwords.js";
import type { ArticleToSummarize } from "./articleToSummarize.js";
import { wordCount } from "./priors.js";
import {
  hasUnmatchedQuote,
  isStandaloneSentence,
  startsWithAnaphora,
  startsWithConnective,
} from "./sentenceQuality.js";
import {
  cosine,
  inverseDocumentFrequency,
  type SparseVector,
  tfidfVector,
  unseenIdf,
} from "./vectors.js";

/**
 * What the learned sentence scorer sees of each sentence, in this order (the model file's
 * `features` lists the same names; a model trained on other features is refused).
 */
export const FEATURE_NAMES = [
  "lead",
  "inversePosition",
  "logPosition",
  "relativePosition",
  "words",
  "wordsSquared",
  "titleShare",
  "titleCoverage",
  "titleCosine",
  "titleCosineRelative",
  "meanTermWeight",
  "centrality",
  "centralityRelative",
  "quote",
  "speechVerb",
  "capitalName",
  "paragraphStart",
  "digits",
  "anaphora",
  "connective",
  "unmatchedQuote",
  "standalone",
] as const;

export type FeatureName = (typeof FEATURE_NAMES)[number];

/**
 * The terms (`terms` of `nlp/stem`) of an article's sentences and of its title, when the caller
 * has them already (the index does): the features are then computed without stemming again.
 */
export interface ArticleTerms {
  readonly sentences: readonly (readonly string[])[];
  readonly title: readonly string[];
}

/** Length scale: a 30-word sentence has `words` 1. */
const WORD_SCALE = 30;
const QUOTE_MARK = /[«»"“”]/u;
const DIGIT = /\d/u;
const CAPITAL_START = /^\p{Lu}/u;

/**
 * The features of every sentence of an article, one row per sentence in article order, each row
 * of `FEATURE_NAMES.length` numbers: flags are 0 or 1, `inversePosition` 1/(1 + position),
 * `logPosition` ln(1 + position),
 * `relativePosition` position/(n − 1) in [0, 1], `words` words/30 (and its square), `titleShare`
 * the share of the sentence's distinct terms found in the title and `titleCoverage` the share of
 * the title's terms found in the sentence, `titleCosine` the TF-IDF cosine with the title (idf over
the sentences and the title), `meanTermWeight` the mean over the sentence's distinct
 * terms of (1 + ln tf in the article) × idf over sentences divided by the article's largest such
 * weight (in [0, 1]), `centrality` the mean TF-IDF cosine with the other sentences; the
 * `…Relative` ones divide by the article's largest value (0 when that is 0). Deterministic;
 * an empty article gives no rows.
 */
export function sentenceFeatures(article: ArticleToSummarize, known?: ArticleTerms): number[][] {
  const sentences = article.sentences;
  const n = sentences.length;
  const language = sentences[0]?.language ?? "und";
  const sentenceTerms = known?.sentences ?? sentences.map((s) => terms(s.text, s.language));
  const titleList = known?.title ?? (article.title === null ? [] : terms(article.title, language));
  const titleTerms = new Set(titleList);
  const idf = inverseDocumentFrequency([...sentenceTerms, titleList]);
  const fallback = unseenIdf(n + 1);
  const titleVector = tfidfVector(titleList, idf, fallback);
  const vectors: SparseVector[] = sentenceTerms.map((t) => tfidfVector(t, idf, fallback));
  const termWeight = articleTermWeights(sentenceTerms, idf, fallback);
  const titleCosines = vectors.map((v) => cosine(v, titleVector));
  const centralities = meanCosineWithOthers(vectors);
  const maxTitleCosine = Math.max(0, ...titleCosines);
  const maxCentrality = Math.max(0, ...centralities);
  return sentences.map((sentence, position) => {
    const distinct = [...new Set(sentenceTerms[position])];
    const inTitle = distinct.filter((t) => titleTerms.has(t)).length;
    const words = wordCount(sentence.display) / WORD_SCALE;
    const weights = distinct.map((t) => termWeight.get(t) ?? 0);
    const titleCosine = titleCosines[position] ?? 0;
    const centrality = centralities[position] ?? 0;
    const row: Record<FeatureName, number> = {
      lead: position === 0 ? 1 : 0,
      inversePosition: 1 / (1 + position),
      logPosition: Math.log(1 + position),
      relativePosition: n > 1 ? position / (n - 1) : 0,
      words,
      wordsSquared: words * words,
      titleShare: distinct.length === 0 ? 0 : inTitle / distinct.length,
      titleCoverage: titleTerms.size === 0 ? 0 : inTitle / titleTerms.size,
      titleCosine,
      titleCosineRelative: maxTitleCosine === 0 ? 0 : titleCosine / maxTitleCosine,
      meanTermWeight:
        weights.length === 0 ? 0 : weights.reduce((sum, w) => sum + w, 0) / weights.length,
      centrality,
      centralityRelative: maxCentrality === 0 ? 0 : centrality / maxCentrality,
      quote: QUOTE_MARK.test(sentence.display) ? 1 : 0,
      speechVerb: findSpeechVerbs(sentence.text).length > 0 ? 1 : 0,
      capitalName: startsWithName(sentence.display, sentence.language) ? 1 : 0,
      paragraphStart: (sentence.paragraphStart ?? position === 0) ? 1 : 0,
      digits: DIGIT.test(sentence.display) ? 1 : 0,
      anaphora: startsWithAnaphora(sentence.display) ? 1 : 0,
      connective: startsWithConnective(sentence.display) ? 1 : 0,
      unmatchedQuote: hasUnmatchedQuote(sentence.display) ? 1 : 0,
      standalone: isStandaloneSentence(sentence.display) ? 1 : 0,
    };
    return FEATURE_NAMES.map((name) => row[name]);
  });
}

/**
 * Each vector's mean cosine with the other vectors. The vectors are unit length (or empty), so a
 * cosine is a dot product and the sum of one vector's cosines with the others is its dot product
 * with the sum of all vectors, less its own square: linear in the sentences, not quadratic.
 */
function meanCosineWithOthers(vectors: readonly SparseVector[]): number[] {
  const n = vectors.length;
  if (n < 2) return vectors.map(() => 0);
  const sum = new Map<string, number>();
  for (const v of vectors) for (const [term, w] of v) sum.set(term, (sum.get(term) ?? 0) + w);
  return vectors.map((v) => {
    let withSum = 0;
    let self = 0;
    for (const [term, w] of v) {
      withSum += w * (sum.get(term) ?? 0);
      self += w * w;
    }
    return Math.max(0, withSum - self) / (n - 1);
  });
}

/** Term → (1 + ln tf over the article) × idf, divided by the largest such weight. */
function articleTermWeights(
  sentenceTerms: readonly (readonly string[])[],
  idf: ReadonlyMap<string, number>,
  fallback: number,
): Map<string, number> {
  const counts = new Map<string, number>();
  for (const list of sentenceTerms) {
    for (const term of list) counts.set(term, (counts.get(term) ?? 0) + 1);
  }
  const weights = new Map<string, number>();
  let max = 0;
  for (const [term, count] of counts) {
    const w = (1 + Math.log(count)) * (idf.get(term) ?? fallback);
    weights.set(term, w);
    max = Math.max(max, w);
  }
  if (max > 0) for (const [term, w] of weights) weights.set(term, w / max);
  return weights;
}

/** Whether the sentence opens on a capitalised word that is not a function word ("Emmanuel…"). */
function startsWithName(display: string, language: Language): boolean {
  const first = display.trimStart().split(/[\s,;:'’]/u)[0] ?? "";
  return CAPITAL_START.test(first) && !isStopword(first.toLowerCase(), language);
}
