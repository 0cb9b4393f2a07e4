import { createHash } from "node:crypto";
import { sentenceTerms } from "../corpus/sentenceTerms.js";
import type { Article, Corpus, SourceRef } from "../corpus/types.js";
import { buildOfficialsIndex } from "../officials/buildOfficialsIndex.js";
import type { OfficialsConfig } from "../officials/officialsConfig.js";
import { isStandaloneSentence } from "../summarize/sentenceQuality.js";
import { inverseDocumentFrequency, tfidfVector, unseenIdf } from "../summarize/vectors.js";
import { assignTopics } from "../topics/assignTopics.js";
import { compileTopic } from "../topics/compileTerms.js";
import type { TopicsConfig } from "../topics/topicsConfig.js";
import { buildBriefingIndex } from "./briefingIndex.js";
import type { CorpusIndex, IndexedSentence } from "./corpusIndex.js";

/** Builds the index once per corpus: terms, TF-IDF vectors, topic scores, sources. */
export function buildIndex(
  corpus: Corpus,
  config: TopicsConfig,
  officials: OfficialsConfig = { officials: [] },
): CorpusIndex {
  const rows = corpus.articles.flatMap((article) => {
    let position = 0;
    return article.passages
      .filter((p) => p.kind === "paragraph")
      .flatMap((p) => p.sentences)
      .map((sentence) => ({
        article,
        sentence,
        position: position++,
        terms: sentenceTerms(sentence),
      }));
  });
  const idf = inverseDocumentFrequency(rows.map((r) => r.terms));
  const fallback = unseenIdf(rows.length);
  const compiled = config.topics.map(compileTopic);
  const topicScores = assignTopics(
    rows.map((r) => ({ articleId: r.article.id, language: r.sentence.language, terms: r.terms })),
    compiled,
    config.assignment,
  );
  const sources = new Map(corpus.articles.map((a) => [a.id, sourceOf(a)]));
  const sentences: IndexedSentence[] = rows.map((row, i) => ({
    sentence: row.sentence,
    source: sources.get(row.article.id) ?? sourceOf(row.article),
    position: row.position,
    terms: row.terms,
    vector: tfidfVector(row.terms, idf, fallback),
    topics: topicScores[i] ?? new Map(),
    standalone: isStandaloneSentence(row.sentence.display),
  }));
  const base: Omit<CorpusIndex, "briefing"> = {
    version: versionOf(corpus, config, officials),
    articles: corpus.articles,
    sources,
    sentences,
    sentenceById: new Map(sentences.map((s) => [s.sentence.id, s])),
    officials: buildOfficialsIndex(corpus.articles, officials.officials),
    topics: config.topics,
    warnings: corpus.warnings,
  };
  return { ...base, briefing: buildBriefingIndex(base) };
}

export function sourceOf(article: Article): SourceRef {
  return {
    id: article.id,
    title: article.title,
    date: article.date,
    url: article.url,
    outlet: article.outlet,
  };
}

function versionOf(corpus: Corpus, config: TopicsConfig, officials: OfficialsConfig): string {
  const hash = createHash("sha256");
  hash.update(JSON.stringify(config));
  hash.update(JSON.stringify(officials));
  for (const article of corpus.articles) {
    hash.update(article.id);
    for (const passage of article.passages) hash.update(passage.display);
  }
  return hash.digest("hex").slice(0, 16);
}
