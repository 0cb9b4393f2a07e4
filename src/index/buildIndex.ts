import { createHash } from "node:crypto";
import { paragraphSentences } from "../corpus/sentenceTerms.js";
import type { Article, Corpus, SourceRef } from "../corpus/types.js";
import type { OfficialsConfig } from "../officials/officialsConfig.js";
import { buildStories } from "../stories/buildStories.js";
import { inverseDocumentFrequency, tfidfVector, unseenIdf } from "../summarize/vectors.js";
import type { TopicsConfig } from "../topics/topicsConfig.js";
import { AnswerCache } from "./answerCache.js";
import { articleRows, topicRowsOf } from "./articleRows.js";
import { buildBriefingIndex } from "./briefingIndex.js";
import type { BriefingRules } from "./briefingRules.js";
import { buildOfficialsIndex } from "./buildOfficialsIndex.js";
import type { CorpusIndex } from "./corpusIndex.js";
import { createEngineCache, type EngineCache } from "./engineCache.js";
import type { IndexedSentence } from "./indexedSentence.js";
import { mentionsByArticle } from "./mentionsByArticle.js";
import { discoverInWorker } from "./parallel/discoverInWorker.js";
import { buildTopicCandidates, type TopicCandidates } from "./topicCandidates.js";

/**
 * Builds the index once per corpus version: terms, TF-IDF vectors, topic scores, sources. What
 * depends on one article or sentence alone (terms, topic scores, standalone flags, priors, people
 * found, statements) is remembered per object in `cache` (`articleRows`); the corpus-wide parts
 * (IDF and the vectors on it, sources, officials) are computed here. Given the cache of the last
 * build (or the one the corpus was loaded with), it computes only what that build did not.
 * `rules` decide the briefing lists (`BRIEFING_RULES` of briefings/rules/, passed by the wiring).
 */
export function buildIndex(
  corpus: Corpus,
  config: TopicsConfig,
  officials: OfficialsConfig,
  rules: BriefingRules,
  cache: EngineCache = createEngineCache(),
): CorpusIndex {
  const part = corpusPart(corpus, config, officials, cache);
  return allAtOnce(
    withOfficials(
      part,
      officials,
      topicCandidates(part, cache, rules),
      cache,
      rules,
      corpus.repeats ?? [],
    ),
  );
}

/** What the index holds before people: sentences, vectors, topic scores, sources, version. */
type CorpusPart = Omit<CorpusIndex, "briefing" | "officials" | "stories" | "answers" | "salience">;

function corpusPart(
  corpus: Corpus,
  config: TopicsConfig,
  officials: OfficialsConfig,
  cache: EngineCache,
): CorpusPart {
  const topicRows = topicRowsOf(cache.topicRows, config);
  const rows = corpus.articles.flatMap((article) =>
    articleRows(article, topicRows, cache.terms).map((row) => ({ article, row })),
  );
  const idf = inverseDocumentFrequency(rows.map((r) => r.row.terms));
  const fallback = unseenIdf(rows.length);
  const sources = new Map(corpus.articles.map((a) => [a.id, sourceOf(a)]));
  const sentences: IndexedSentence[] = rows.map(({ article, row }) => ({
    sentence: row.sentence,
    source: sources.get(article.id) ?? sourceOf(article),
    position: row.position,
    terms: row.terms,
    vector: tfidfVector(row.terms, idf, fallback),
    topics: row.topics,
    standalone: row.standalone,
  }));
  return {
    version: versionOf(corpus, config, officials),
    articles: corpus.articles,
    sources,
    sentences,
    sentenceById: new Map(sentences.map((s) => [s.sentence.id, s])),
    topics: config.topics,
    warnings: corpus.warnings,
  };
}

function topicCandidates(
  part: CorpusPart,
  cache: EngineCache,
  rules: BriefingRules,
): TopicCandidates {
  return buildTopicCandidates(part.sentences, part.topics, cache.priors, rules);
}

/**
 * The rest: people, their statements and mentions, and the briefing lists built on them, as steps
 * (each `yield` is a point where a caller that serves commands may let them run: each step costs
 * what the corpus costs, seconds at 10,000 real articles).
 */
function* withOfficials(
  part: CorpusPart,
  officials: OfficialsConfig,
  candidates: TopicCandidates,
  cache: EngineCache,
  rules: BriefingRules,
  repeats: readonly Article[],
): Generator<void, CorpusIndex> {
  const people = buildOfficialsIndex(part.articles, officials.officials, cache);
  yield;
  const stories = buildStories(part.articles, {
    repeats,
    terms: cache.terms,
    known: cache.storyTerms,
    mentions: mentionsByArticle(people),
    ledger: cache.stories,
  });
  yield;
  const base: Omit<CorpusIndex, "briefing" | "answers" | "salience"> = {
    ...part,
    officials: people,
    stories,
  };
  return {
    ...base,
    briefing: buildBriefingIndex(base, candidates, rules),
    answers: new AnswerCache(),
    salience: { articles: new Map(part.articles.map((a) => [a.id, a])), memo: cache.salience },
  };
}

/** Runs the steps to the end at once. */
function allAtOnce<T>(steps: Generator<void, T>): T {
  let step = steps.next();
  while (!step.done) step = steps.next();
  return step.value;
}

/** Runs the steps, letting the event loop turn between two (pending commands, timers, I/O). */
async function turnByTurn<T>(steps: Generator<void, T>): Promise<T> {
  let step = steps.next();
  while (!step.done) {
    await nextTurn();
    step = steps.next();
  }
  return step.value;
}

function nextTurn(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}

/**
 * `buildIndex` using a second thread: people discovery of the sentences not read yet (the largest
 * text-local step) runs in a worker while this thread builds the part of the index that does not
 * need people (rows, vectors, sources, version, topic candidates); then the worker's discoveries
 * go into the cache, and people, statements and the other briefing lists follow. The same index
 * as `buildIndex`; with `workers` ≤ 1 or few new sentences, it is `buildIndex`.
 */
export async function buildIndexInParallel(
  corpus: Corpus,
  config: TopicsConfig,
  officials: OfficialsConfig,
  rules: BriefingRules,
  workers: number,
  cache: EngineCache = createEngineCache(),
): Promise<CorpusIndex> {
  if (workers <= 1) return buildIndex(corpus, config, officials, rules, cache);
  const unread = corpus.articles
    .flatMap(paragraphSentences)
    .filter((s) => !cache.discoveries.has(s));
  const discovering = discoverInWorker(unread);
  const part = corpusPart(corpus, config, officials, cache);
  await nextTurn();
  const candidates = topicCandidates(part, cache, rules);
  cache.discoveries.adopt(await discovering);
  await nextTurn();
  return turnByTurn(withOfficials(part, officials, candidates, cache, rules, corpus.repeats ?? []));
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
  // Fed in chunks of about 1 MB: one `update` per passage costs more than the hashing itself.
  let chunk: string[] = [];
  let length = 0;
  for (const article of corpus.articles) {
    chunk.push(article.id);
    for (const passage of article.passages) {
      chunk.push(passage.display);
      length += passage.display.length;
    }
    if (length > 1_000_000) {
      hash.update(chunk.join(""));
      chunk = [];
      length = 0;
    }
  }
  hash.update(chunk.join(""));
  return hash.digest("hex").slice(0, 16);
}
