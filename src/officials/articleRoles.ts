import type { Article } from "../corpus/types.js";
import type { Steps } from "../util/steps.js";
import { significantWords } from "./nameKey.js";
import type { NameMatcher } from "./nameMatcher.js";
import { CAPITALISED_RUNS } from "./namePatterns.js";
import { nounRole, type PeopleNouns } from "./nounRole.js";
import { discoveryOf, type SentenceDiscoveries } from "./sentenceDiscovery.js";
import { splitRun } from "./splitRun.js";

/** The role an article gives a person in apposition or as a title, with the article's date. */
export interface DatedRole {
  readonly articleId: string;
  /** The article's date (ISO), null when unknown. */
  readonly date: string | null;
  readonly role: string;
}

/**
 * Person id → the role each article gives them, in corpus order (`ownRoles` of each article,
 * which the caller may remember per article).
 */
export function* articleRoleSteps(
  articles: readonly Article[],
  ownRolesOf: (article: Article) => ReadonlyMap<string, string>,
): Steps<Map<string, DatedRole[]>> {
  const roles = new Map<string, DatedRole[]>();
  for (const article of articles) {
    for (const [personId, role] of ownRolesOf(article)) {
      const dated = { articleId: article.id, date: article.date ?? null, role };
      const list = roles.get(personId);
      if (list) list.push(dated);
      else roles.set(personId, [dated]);
    }
    yield;
  }
  return roles;
}

/**
 * Person id → the role this article gives them: the first title people discovery found ("le
 * ministre de l'Intérieur X", "X, secrétaire d'État américain"), else the first noun of people
 * in apposition (`nounRole`: "l'actrice X", "X, réalisateur québécois"). Reads the per-sentence
 * discoveries people building already made.
 */
export function ownRoles(
  article: Article,
  matcher: Pick<NameMatcher, "match">,
  nouns: PeopleNouns,
  known: SentenceDiscoveries,
): Map<string, string> {
  const own = new Map<string, string>();
  const sentences = article.passages.flatMap((p) => (p.kind === "paragraph" ? p.sentences : []));
  for (const sentence of sentences) {
    for (const found of discoveryOf(sentence, known).people) {
      const person = matcher.match(significantWords(found.name))[0]?.person;
      if (found.role !== null && person && !own.has(person.id)) own.set(person.id, found.role);
    }
  }
  for (const sentence of sentences) {
    for (const match of CAPITALISED_RUNS.matches(sentence.display)) {
      const split = splitRun(match[0]);
      const person = split && matcher.match(significantWords(split.name))[0]?.person;
      if (!split || !person || own.has(person.id)) continue;
      const at = match.index + split.offset;
      const end = at + split.name.length;
      const role = nounRole(
        sentence.display.slice(0, at),
        sentence.display.slice(end),
        nouns,
        person.gender,
      );
      if (role) own.set(person.id, role);
    }
  }
  return own;
}
