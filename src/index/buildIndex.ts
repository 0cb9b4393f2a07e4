import { createHash } from "node:crypto";
import { paragraphSentences } from "../corpus/sentenceTerms.js";
import type { Article, Corpus, SourceRef } from "../corpus/types.js";
import type { OfficialsConfig } from "../officials/officialsConfig.js";
import { storySteps } from "../stories/buildStories.js";
import { idfSteps, tfidfVector, unseenIdf } from "../summarize/vectors.js";
import type { TopicsConfig } from "../topics/topicsConfig.js";
import {
  nextTurn,
  runAtOnce,
  runInTurns,
  SERVING_TURNS,
  type Steps,
  type TurnOptions,
} from "../util/steps.js";
import { AnswerCache } from "./answerCache.js";
import { type ArticleRow, articleRows, topicRowsOf } from "./articleRows.js";
import { briefingIndexSteps } from "./briefingIndex.js";
import type { BriefingRules } from "./briefingRules.js";
import { officialsIndexSteps } from "./buildOfficialsIndex.js";
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
  return runAtOnce(indexSteps(corpus, config, officials, rules, cache));
}

/**
 * `buildIndex` using a second thread and letting a serving process answer meanwhile: people
 * discovery of the sentences not read yet (the largest text-local step) runs in a worker while
 * this thread builds the part of the index that does not need people (rows, vectors, sources,
 * version, topic candidates); then the worker's discoveries go into the cache, and people,
 * statements and the other briefing lists follow. Every step runs in turns (`runInTurns`):
 * commands wait for one turn, not for the build. The same index as `buildIndex`; with `workers`
 * ≤ 1, the discovery is made on this thread, in turns too.
 */
export async function buildIndexInParallel(
  corpus: Corpus,
  config: TopicsConfig,
  officials: OfficialsConfig,
  rules: BriefingRules,
  workers: number,
  cache: EngineCache = createEngineCache(),
  turns: TurnOptions = SERVING_TURNS,
): Promise<CorpusIndex> {
  if (workers <= 1) return runInTurns(indexSteps(corpus, config, officials, rules, cache), turns);
  const unread = corpus.articles
    .flatMap(paragraphSentences)
    .filter((s) => !cache.discoveries.has(s));
  const discovering = discoverInWorker(unread);
  const part = await runInTurns(corpusPart(corpus, config, officials, cache), turns);
  const candidates = topicCandidates(part, cache, rules);
  cache.discoveries.adopt(await discovering);
  await nextTurn();
  return runInTurns(
    withOfficials(part, officials, candidates, cache, rules, corpus.repeats ?? []),
    turns,
  );
}

/** The whole build as steps; people discovery is made on this thread (`discoveryOf`). */
function* indexSteps(
  corpus: Corpus,
  config: TopicsConfig,
  officials: OfficialsConfig,
  rules: BriefingRules,
  cache: EngineCache,
): Steps<CorpusIndex> {
  const part = yield* corpusPart(corpus, config, officials, cache);
  const candidates = topicCandidates(part, cache, rules);
  yield;
  return yield* withOfficials(part, officials, candidates, cache, rules, corpus.repeats ?? []);
}

/** What the index holds before people: sentences, vectors, topic scores, sources, version. */
type CorpusPart = Omit<CorpusIndex, "briefing" | "officials" | "stories" | "answers" | "salience">;

function* corpusPart(
  corpus: Corpus,
  config: TopicsConfig,
  officials: OfficialsConfig,
  cache: EngineCache,
): Steps<CorpusPart> {
  const topicRows = topicRowsOf(cache.topicRows, config);
  const rows: { article: Article; row: ArticleRow }[] = [];
  for (const article of corpus.articles) {
    for (const row of articleRows(article, topicRows, cache.terms)) rows.push({ article, row });
    yield;
  }
  const idf = yield* idfSteps(rows.map((r) => r.row.terms));
  const fallback = unseenIdf(rows.length);
  const sources = new Map(corpus.articles.map((a) => [a.id, sourceOf(a)]));
  const sentences: IndexedSentence[] = [];
  const sentenceById = new Map<string, IndexedSentence>();
  for (const { article, row } of rows) {
    const source = sources.get(article.id) ?? sourceOf(article);
    const sentence = indexedSentence(row, source, idf, fallback);
    sentences.push(sentence);
    sentenceById.set(sentence.sentence.id, sentence);
    if (sentences.length % 256 === 0) yield;
  }
  return {
    version: yield* versionOf(corpus, config, officials),
    articles: corpus.articles,
    sources,
    sentences,
    sentenceById,
    topics: config.topics,
    warnings: corpus.warnings,
  };
}

function indexedSentence(
  row: ArticleRow,
  source: SourceRef,
  idf: ReadonlyMap<string, number>,
  fallback: number,
): IndexedSentence {
  return {
    sentence: row.sentence,
    source,
    position: row.position,
    terms: row.terms,
    vector: tfidfVector(row.terms, idf, fallback),
    topics: row.topics,
    standalone: row.standalone,
  };
}

function topicCandidates(
  part: CorpusPart,
  cache: EngineCache,
  rules: BriefingRules,
): TopicCandidates {
  return buildTopicCandidates(part.sentences, part.topics, cache.priors, rules);
}

/** The rest: people, their statements and mentions, stories, and the briefing lists. */
function* withOfficials(
  part: CorpusPart,
  officials: OfficialsConfig,
  candidates: TopicCandidates,
  cache: EngineCache,
  rules: BriefingRules,
  repeats: readonly Article[],
): Steps<CorpusIndex> {
  const people = yield* officialsIndexSteps(part.articles, officials.officials, cache);
  const mentions = mentionsByArticle(people);
  yield;
  const stories = yield* storySteps(part.articles, {
    repeats,
    terms: cache.terms,
    known: cache.storyTerms,
    mentions,
    ledger: cache.stories,
  });
  const base: Omit<CorpusIndex, "briefing" | "answers" | "salience"> = {
    ...part,
    officials: people,
    stories,
  };
  const briefing = yield* briefingIndexSteps(base, candidates, rules, cache.quoteCredits);
  return {
    ...base,
    briefing,
    answers: new AnswerCache(),
    salience: { articles: new Map(part.articles.map((a) => [a.id, a])), memo: cache.salience },
  };
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

function* versionOf(
  corpus: Corpus,
  config: TopicsConfig,
  officials: OfficialsConfig,
): Steps<string> {
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
      yield;
    }
  }
  hash.update(chunk.join(""));
  return hash.digest("hex").slice(0, 16);
}
