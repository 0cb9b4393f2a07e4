import type { Article } from "../corpus/types.js";
import { articleRoleSteps, type DatedRole } from "../officials/articleRoles.js";
import { peopleSteps } from "../officials/buildPeople.js";
import { MentionFinder } from "../officials/findMentions.js";
import { GenderedNouns } from "../officials/genderedNouns.js";
import { NameMatcher } from "../officials/nameMatcher.js";
import type { OfficialDefinition } from "../officials/officialsConfig.js";
import type { Person } from "../officials/person.js";
import { RoleResolver } from "../officials/resolveRole.js";
import {
  discoveryOf,
  type SentenceDiscoveries,
  type TextSentence,
} from "../officials/sentenceDiscovery.js";
import { headingMentions, titleMentions, titleSentenceId } from "../officials/titleMentions.js";
import {
  type ArticleStatements,
  extractStatements,
  type StatementDeps,
} from "../quotes/extractStatements.js";
import type { Statement } from "../quotes/statement.js";
import { ObjectMemo } from "../util/objectMemo.js";
import { runAtOnce, type Steps } from "../util/steps.js";
import {
  knowledgeSignature,
  type StatementDependencies,
  StatementKnowledge,
} from "./statementDependencies.js";

/**
 * Where a person is named: the sentence (`titleSentenceId` for the article's title) and how the
 * name was written there.
 */
export interface MentionRef {
  readonly sentenceId: string;
  readonly articleId: string;
  readonly surface: string;
}

/** People, their mentions and their statements, computed once per corpus version. */
export interface OfficialsIndex {
  readonly people: readonly Person[];
  readonly byId: ReadonlyMap<string, Person>;
  readonly matcher: NameMatcher;
  /** All statements of the corpus, article by article in reading order. */
  readonly statements: readonly Statement[];
  /** Person id → every mention (quoted or not, titles included), in corpus order. */
  readonly mentions: ReadonlyMap<string, readonly MentionRef[]>;
  /** Person id → the role each article gives them, with its date (`roleAt` picks one). */
  readonly roles: ReadonlyMap<string, readonly DatedRole[]>;
}

/**
 * An article's statements depend on its text and on what the corpus knows of people and nouns:
 * remembered per article object with the signature of that knowledge (`knowledgeSignature`) and
 * the questions the extraction asked of it (`StatementDependencies`), so that an index update
 * extracts again only the new articles and those whose questions get other answers.
 */
export type ExtractedStatements = ObjectMemo<Article, ExtractedEntry>;

export interface ExtractedEntry {
  readonly signature: string;
  readonly depends: StatementDependencies;
  readonly found: ArticleStatements;
}

/** What building the officials index remembers per sentence and per article object. */
export interface OfficialsCache {
  readonly discoveries: SentenceDiscoveries;
  readonly statements: ExtractedStatements;
}

export function createOfficialsCache(): OfficialsCache {
  return { discoveries: new ObjectMemo(), statements: new ObjectMemo() };
}

function statementsOf(
  article: Article,
  signature: string,
  knowledge: StatementKnowledge,
  deps: StatementDeps,
  memo: ExtractedStatements,
): ArticleStatements {
  const known = memo.get(article);
  if (known?.signature === signature) return known.found;
  if (known && knowledge.answersHash(known.depends.questions) === known.depends.answers) {
    memo.set(article, { ...known, signature });
    return known.found;
  }
  const recording = knowledge.recording(deps);
  const found = extractStatements(
    article.id,
    article.passages,
    recording.deps,
    article.title,
    article.date,
  );
  memo.set(article, { signature, depends: recording.finish(), found });
  return found;
}

/**
 * `cache`: the work of earlier builds on the same sentence and article objects (a fresh cache
 * when none is given: everything is read).
 */
export function buildOfficialsIndex(
  articles: readonly Article[],
  officials: readonly OfficialDefinition[],
  cache: OfficialsCache = createOfficialsCache(),
): OfficialsIndex {
  return runAtOnce(officialsIndexSteps(articles, officials, cache));
}

/** `buildOfficialsIndex` as steps (`Steps`): one per article or few hundred sentences. */
export function* officialsIndexSteps(
  articles: readonly Article[],
  officials: readonly OfficialDefinition[],
  cache: OfficialsCache,
): Steps<OfficialsIndex> {
  const paragraphs = articles.flatMap((a) => a.passages.filter((p) => p.kind === "paragraph"));
  const sentences = paragraphs.flatMap((p) => p.sentences);
  yield;
  const people = yield* peopleSteps(officials, sentences, cache.discoveries);
  // People discovery read every sentence's gendered nouns: they are gathered from there.
  const nouns = new GenderedNouns();
  for (const [i, sentence] of sentences.entries()) {
    nouns.add(discoveryOf(sentence, cache.discoveries).genderedNouns);
    if (i % 512 === 0) yield;
  }
  const byId = new Map(people.map((p) => [p.id, p]));
  const matcher = new NameMatcher(people);
  yield;
  const finder = new MentionFinder(matcher);
  const roles = new RoleResolver(people);
  const knowledge = new StatementKnowledge(finder, roles, nouns);
  const deps = {
    mentions: finder,
    roles,
    nouns,
    people: byId,
    // People discovery found every paragraph sentence's speech verbs: they are read from there.
    speechVerbs: (sentence: TextSentence) => discoveryOf(sentence, cache.discoveries).verbs,
  };
  const statements: Statement[] = [];
  const mentions = new Map<string, MentionRef[]>();
  const signature = knowledgeSignature(people, nouns);
  yield;
  for (const article of articles) {
    const found = statementsOf(article, signature, knowledge, deps, cache.statements);
    for (const statement of found.statements) statements.push(statement);
    addMentions(article, found, finder, mentions);
    yield;
  }
  return {
    people,
    byId,
    matcher,
    statements,
    mentions,
    roles: yield* articleRoleSteps(articles, matcher, nouns, cache.discoveries),
  };
}

/** The people an article names (its title and subheadings included) into `mentions`, person by person. */
function addMentions(
  article: Article,
  found: ArticleStatements,
  finder: MentionFinder,
  mentions: Map<string, MentionRef[]>,
): void {
  const add = (personId: string, ref: MentionRef) => {
    const refs = mentions.get(personId);
    if (refs) refs.push(ref);
    else mentions.set(personId, [ref]);
  };
  for (const m of titleMentions(article, finder, found.mentions.values())) {
    add(m.personId, {
      sentenceId: titleSentenceId(article.id),
      articleId: article.id,
      surface: m.surface,
    });
  }
  for (const { sentenceId, mention } of headingMentions(article, finder, found.mentions.values())) {
    add(mention.personId, { sentenceId, articleId: article.id, surface: mention.surface });
  }
  for (const [sentenceId, list] of found.mentions) {
    for (const m of list)
      add(m.personId, { sentenceId, articleId: article.id, surface: m.surface });
  }
}
