import { DEFAULT_BRIEFING_SENTENCES } from "../briefings/topicBriefing.js";
import type { CorpusIndex } from "../src/index/corpusIndex.js";
import type { TopicSummary } from "./types.js";

/**
 * How well the corpus covers each configured topic, in config order: the sentences and articles
 * that carry it, its share of the corpus's articles, and whether it is a weak fit (too few
 * sentences for one briefing, or a single article).
 */
export function topicCoverage(index: CorpusIndex): TopicSummary[] {
  const sentences = new Map<string, number>();
  const articles = new Map<string, Set<string>>();
  for (const s of index.sentences) {
    for (const id of s.topics.keys()) {
      sentences.set(id, (sentences.get(id) ?? 0) + 1);
      const set = articles.get(id) ?? new Set<string>();
      set.add(s.sentence.articleId);
      articles.set(id, set);
    }
  }
  const corpusArticles = index.articles.length;
  return index.topics.map((topic) => {
    const onTopic = sentences.get(topic.id) ?? 0;
    const inArticles = articles.get(topic.id)?.size ?? 0;
    return {
      id: topic.id,
      title: topic.title,
      description: topic.description,
      sentences: onTopic,
      articles: inArticles,
      corpusArticles,
      share: corpusArticles === 0 ? 0 : Math.round((inArticles / corpusArticles) * 10_000) / 10_000,
      weakFit: onTopic < DEFAULT_BRIEFING_SENTENCES || inArticles < 2,
    };
  });
}
