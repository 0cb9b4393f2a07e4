import {
  paragraphSentences,
  type SentenceTermsMemo,
  sentenceTerms,
} from "../corpus/sentenceTerms.js";
import type { Article, Sentence } from "../corpus/types.js";
import { terms as termsOf } from "../nlp/index.js";
import {
  isStandaloneSentence,
  startsImpersonal,
  startsWithAnaphora,
} from "../summarize/sentenceQuality.js";
import { assignTopics } from "../topics/assignTopics.js";
import { mainClauses } from "../topics/backgroundClauses.js";
import type { CompiledTopic } from "../topics/compileTerms.js";
import { compileTopic } from "../topics/compileTerms.js";
import type { AssignmentSettings, TopicsConfig } from "../topics/topicsConfig.js";
import { ObjectMemo } from "../util/objectMemo.js";

/**
 * The topics of a sentence about none, shared by every such sentence (most of real news): a
 * `Map` each would cost a year of news hundreds of megabytes. Never written to.
 */
export const NO_TOPICS: ReadonlyMap<string, number> = new Map();

/** What the index keeps of one paragraph sentence that depends on its article alone. */
export interface ArticleRow {
  readonly sentence: Sentence;
  /** Position among the article's paragraph sentences (0 = lead). */
  readonly position: number;
  readonly terms: readonly string[];
  readonly topics: ReadonlyMap<string, number>;
  readonly standalone: boolean;
}

export interface TopicSetup {
  readonly compiled: readonly CompiledTopic[];
  readonly assignment: AssignmentSettings;
}

/** One topics config compiled, and the article rows scored under it. */
export interface TopicRows {
  readonly setup: TopicSetup;
  readonly rows: ObjectMemo<Article, readonly ArticleRow[]>;
}

/** Per topics config object: a live corpus passes the same config at every update. */
export type TopicRowsByConfig = WeakMap<TopicsConfig, TopicRows>;

/** The config compiled, and its remembered rows: compiled on first use of this config object. */
export function topicRowsOf(byConfig: TopicRowsByConfig, config: TopicsConfig): TopicRows {
  let found = byConfig.get(config);
  if (!found) {
    found = {
      setup: { compiled: config.topics.map(compileTopic), assignment: config.assignment },
      rows: new ObjectMemo(),
    };
    byConfig.set(config, found);
  }
  return found;
}

/**
 * An article's rows, remembered per (topics config, article object): topic assignment looks only
 * at a sentence, its neighbours in the same article and the article's density, so an article's
 * rows stay valid while the article object does. The corpus assembly hands back the same object
 * for an article that did not change, which makes an index update cost the new articles only.
 */
export function articleRows(
  article: Article,
  { setup, rows: known }: TopicRows,
  terms: SentenceTermsMemo,
): readonly ArticleRow[] {
  const cached = known.get(article);
  if (cached) return cached;
  const sentences = paragraphSentences(article);
  const sentenceTermLists = sentences.map((s) => sentenceTerms(s, terms));
  const titleTerms = termsOf(article.title, article.language);
  const topics = assignTopics(
    sentences.map((s, i) => ({
      articleId: article.id,
      language: s.language,
      ...topicText(s, sentenceTermLists[i] ?? []),
      titleTerms,
      title: article.title ?? "",
      continuesPrevious: startsWithAnaphora(s.display) && !startsImpersonal(s.display),
    })),
    setup.compiled,
    setup.assignment,
  );
  const rows = sentences.map((sentence, i) => ({
    sentence,
    position: i,
    terms: sentenceTermLists[i] ?? [],
    topics: sharedIfEmpty(topics[i]),
    standalone: isStandaloneSentence(sentence.display),
  }));
  known.set(article, rows);
  return rows;
}

/** `NO_TOPICS` for a sentence about no topic, else its own scores. */
export function sharedIfEmpty(
  topics: ReadonlyMap<string, number> | undefined,
): ReadonlyMap<string, number> {
  return topics === undefined || topics.size === 0 ? NO_TOPICS : topics;
}

/**
 * The terms a topic judges a sentence on: those of its main clauses (`mainClauses`), so a topic
 * named only in a background clause ("… depuis que Washington a dénoncé l'accord") is no evidence.
 */
function topicText(
  sentence: Sentence,
  all: readonly string[],
): { readonly text: string; readonly terms: readonly string[] } {
  const main = mainClauses(sentence.text, sentence.language);
  return { text: main, terms: main === sentence.text ? all : termsOf(main, sentence.language) };
}
