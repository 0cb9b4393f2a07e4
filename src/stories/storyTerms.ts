import {
  paragraphSentences,
  type SentenceTermsMemo,
  sentenceTerms,
} from "../corpus/sentenceTerms.js";
import type { Article } from "../corpus/types.js";
import { foldDiacritics, terms } from "../nlp/index.js";
import type { ObjectMemo } from "../util/objectMemo.js";

/** How much each part of an article says about what it is about. */
export interface StoryTermWeights {
  /** Weight of a title term. */
  readonly title: number;
  /** Weight of a term of the first `leadSentences` paragraph sentences. */
  readonly lead: number;
  readonly leadSentences: number;
  /** Weight of a term further down (sentences after `bodySentences` are not read). */
  readonly body: number;
  readonly bodySentences: number;
  /** Weight of one mention of a person (language-independent: "person:<id>"). */
  readonly person: number;
}

/**
 * An article's weighted term counts for story matching: what its title, lead and body are about,
 * plus the people it names (`people`: person id → mentions), which match across languages.
 */
export function storyTermCounts(
  article: Article,
  memo: SentenceTermsMemo,
  people: ReadonlyMap<string, number>,
  weights: StoryTermWeights,
): Map<string, number> {
  return withPeople(wordCounts(article, memo, weights), people, weights.person);
}

/**
 * The names an article writes alike in any language (`storyNameCounts` without its people),
 * remembered per article object in the engine cache: an index update reads the new articles'
 * sentences only. Words are counted again per build from the sentence terms the cache already
 * holds (cheap, and keeping them would cost more memory than it saves time).
 */
export type StoryTermsMemo = ObjectMemo<Article, ReadonlyMap<string, number>>;

function wordCounts(
  article: Article,
  memo: SentenceTermsMemo,
  weights: StoryTermWeights,
): Map<string, number> {
  const counts = new Map<string, number>();
  const add = (term: string, w: number) => counts.set(term, (counts.get(term) ?? 0) + w);
  for (const term of terms(article.title, article.language)) add(term, weights.title);
  paragraphSentences(article)
    .slice(0, weights.bodySentences)
    .forEach((sentence, i) => {
      const w = i < weights.leadSentences ? weights.lead : weights.body;
      for (const term of sentenceTerms(sentence, memo)) add(term, w);
    });
  return counts;
}

/**
 * What an article names in a form any language writes the same: people ("person:<id>"), and the
 * capitalised words inside its sentences and the numbers of its title and first sentences
 * ("name:enedis", "name:finistere", "name:120") — what lets an English and a French article on
 * one event meet when their words do not. Title names count `titleWeight` times.
 */
export function storyNameCounts(
  article: Article,
  people: ReadonlyMap<string, number>,
  weights: StoryTermWeights,
  known?: StoryTermsMemo,
): Map<string, number> {
  let names = known?.get(article);
  if (!names) {
    names = nameCounts(article, weights);
    known?.set(article, names);
  }
  return withPeople(names, people, weights.person);
}

/** A copy of `counts` with one language-free term per person named ("person:<id>"). */
function withPeople(
  counts: ReadonlyMap<string, number>,
  people: ReadonlyMap<string, number>,
  weight: number,
): Map<string, number> {
  const result = new Map(counts);
  for (const [id, mentions] of people) {
    const term = `person:${id}`;
    result.set(term, (result.get(term) ?? 0) + weight * mentions);
  }
  return result;
}

function nameCounts(article: Article, weights: StoryTermWeights): Map<string, number> {
  const counts = new Map<string, number>();
  const add = (term: string, w: number) => counts.set(term, (counts.get(term) ?? 0) + w);
  for (const name of namesIn(article.title)) add(name, weights.title);
  for (const sentence of paragraphSentences(article).slice(0, weights.bodySentences)) {
    for (const name of namesIn(sentence.text)) add(name, 1);
  }
  return counts;
}

/** Capitalised words after a sentence's first word, and numbers, as language-free terms. */
function namesIn(text: string): string[] {
  const names: string[] = [];
  const words = text.split(/[\s;:()«»"“”]+/u);
  words.forEach((raw, i) => {
    const word = raw
      .replace(/^(?:[ldjmnstc]|qu)['’]/u, "")
      .replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, "");
    if (word.length < 3) return;
    const number = /^\d[\d.,]*$/u.test(word);
    if (!number && (i === 0 || !/^\p{Lu}/u.test(word))) return;
    names.push(`name:${foldDiacritics(word.toLowerCase()).replace(/[.,]/g, "")}`);
  });
  return names;
}
