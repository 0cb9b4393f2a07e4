import type { Article } from "../corpus/types.js";
import { articleRoleSteps, type DatedRole, ownRoles } from "../officials/articleRoles.js";
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
import { type ArticleStatements, extractStatements } from "../quotes/extractStatements.js";
import type { Statement } from "../quotes/statement.js";
import { ObjectMemo } from "../util/objectMemo.js";
import { runAtOnce, type Steps } from "../util/steps.js";
import {
  CorpusKnowledge,
  type Dependencies,
  knowledgeSignature,
  type RecordedKnowledge,
} from "./knowledgeQuestions.js";

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
 * Per-article work remembered per article object with the signature of the knowledge it was done
 * with (`knowledgeSignature`) and the questions it asked of it (`Dependencies`), so that an index
 * update does it again only for the new articles and those whose questions get other answers.
 */
export interface Remembered<T> {
  readonly signature: string;
  readonly depends: Dependencies;
  readonly found: T;
}

/** An article's statements (they depend on its text and on what the corpus knows of people and nouns). */
export type ExtractedEntry = Remembered<ArticleStatements>;
export type ExtractedStatements = ObjectMemo<Article, ExtractedEntry>;

/** Person id → the role an article gives them (`ownRoles`). */
export type OwnRolesEntry = Remembered<ReadonlyMap<string, string>>;
export type OwnRoles = ObjectMemo<Article, OwnRolesEntry>;

/** What building the officials index remembers per sentence and per article object. */
export interface OfficialsCache {
  readonly discoveries: SentenceDiscoveries;
  readonly statements: ExtractedStatements;
  readonly roles: OwnRoles;
}

export function createOfficialsCache(): OfficialsCache {
  return { discoveries: new ObjectMemo(), statements: new ObjectMemo(), roles: new ObjectMemo() };
}

/** `work` on an article, or what it gave before when its questions get the same answers. */
function remembered<T>(
  article: Article,
  signature: string,
  knowledge: CorpusKnowledge,
  memo: ObjectMemo<Article, Remembered<T>>,
  work: (asked: RecordedKnowledge) => T,
): T {
  const known = memo.get(article);
  if (known?.signature === signature) return known.found;
  if (known && knowledge.answersHash(known.depends.questions) === known.depends.answers) {
    memo.set(article, { ...known, signature });
    return known.found;
  }
  const recording = knowledge.recording();
  const found = work(recording);
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
  const resolver = new RoleResolver(people);
  const knowledge = new CorpusKnowledge({ finder, matcher, roles: resolver, nouns });
  const signature = knowledgeSignature(people, nouns);
  // People discovery found every paragraph sentence's speech verbs: they are read from there.
  const speechVerbs = (sentence: TextSentence) => discoveryOf(sentence, cache.discoveries).verbs;
  const statements: Statement[] = [];
  const mentions = new Map<string, MentionRef[]>();
  yield;
  for (const article of articles) {
    const found = remembered(article, signature, knowledge, cache.statements, (asked) =>
      extractStatements(
        article.id,
        article.passages,
        {
          mentions: asked.mentions,
          roles: asked.roles,
          nouns: asked.nouns,
          people: byId,
          speechVerbs,
        },
        article.title,
        article.date,
      ),
    );
    for (const statement of found.statements) statements.push(statement);
    addMentions(article, found, finder, mentions);
    yield;
  }
  const roles = yield* articleRoleSteps(articles, (article) =>
    remembered(article, signature, knowledge, cache.roles, (asked) =>
      ownRoles(article, asked.matcher, asked.nouns, cache.discoveries),
    ),
  );
  return { people, byId, matcher, statements, mentions, roles };
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
