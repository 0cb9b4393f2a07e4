import { paragraphSentences, sentenceTerms } from "../corpus/sentenceTerms.js";
import type { Article, Sentence } from "../corpus/types.js";
import { isStandaloneSentence } from "../summarize/sentenceQuality.js";
import { assignTopics } from "../topics/assignTopics.js";
import type { CompiledTopic } from "../topics/compileTerms.js";
import { compileTopic } from "../topics/compileTerms.js";
import type { AssignmentSettings, TopicsConfig } from "../topics/topicsConfig.js";
import { ObjectMemo } from "../util/objectMemo.js";

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

/** Compiled topics per config object: a live corpus passes the same config at every update. */
const setups = new WeakMap<TopicsConfig, TopicSetup>();

export function topicSetup(config: TopicsConfig): TopicSetup {
  let setup = setups.get(config);
  if (!setup) {
    setup = { compiled: config.topics.map(compileTopic), assignment: config.assignment };
    setups.set(config, setup);
  }
  return setup;
}

/**
 * Per-article rows, remembered per (topic setup, article object): topic assignment looks only at
 * a sentence, its neighbours in the same article and the article's density, so an article's rows
 * stay valid while the article object does. The corpus assembly hands back the same object for an
 * article that did not change, which makes an index update cost the new articles only.
 */
const cache = new WeakMap<TopicSetup, ObjectMemo<Article, readonly ArticleRow[]>>();

/** The rows remembered under this topic setup. */
export function articleRowsMemo(setup: TopicSetup): ObjectMemo<Article, readonly ArticleRow[]> {
  let bySetup = cache.get(setup);
  if (!bySetup) {
    bySetup = new ObjectMemo();
    cache.set(setup, bySetup);
  }
  return bySetup;
}

export function articleRows(article: Article, setup: TopicSetup): readonly ArticleRow[] {
  const bySetup = articleRowsMemo(setup);
  const cached = bySetup.get(article);
  if (cached) return cached;
  const sentences = paragraphSentences(article);
  const terms = sentences.map(sentenceTerms);
  const topics = assignTopics(
    sentences.map((s, i) => ({
      articleId: article.id,
      language: s.language,
      terms: terms[i] ?? [],
    })),
    setup.compiled,
    setup.assignment,
  );
  const rows = sentences.map((sentence, i) => ({
    sentence,
    position: i,
    terms: terms[i] ?? [],
    topics: topics[i] ?? new Map<string, number>(),
    standalone: isStandaloneSentence(sentence.display),
  }));
  bySetup.set(article, rows);
  return rows;
}
