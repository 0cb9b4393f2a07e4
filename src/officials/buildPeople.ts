import { runAtOnce, type Steps } from "../util/steps.js";
import { type DeclaredAlias, declaredAliases, withDeclaredAliases } from "./declaredAliases.js";
import { givenNameGender, lexiconGender } from "./givenNames.js";
import { significantWords } from "./nameKey.js";
import { NameMatcher } from "./nameMatcher.js";
import type { OfficialDefinition } from "./officialsConfig.js";
import { isSingleName, type Person, personId } from "./person.js";
import { PersonEvidence } from "./personEvidence.js";
import {
  discoveryOf,
  type SentenceDiscoveries,
  type SentenceDiscovery,
  type TextSentence,
} from "./sentenceDiscovery.js";
import { withoutSurnameDoubles } from "./surnameOnly.js";

export type { TextSentence } from "./sentenceDiscovery.js";

/**
 * Merges configured officials and the people discovered in the corpus (introduced with a role or
 * an honorific, or quoted by name) into one list keyed by a canonical person: a discovered "Anthony Blinken, secrétaire d'État" adds a role phrase to the
 * configured Antony Blinken; a discovered "Zbigniew Rau" not in the config becomes a person of
 * its own, with the role the text gave. Each sentence's discovery (speech verbs included, which
 * statement extraction reads again) is made once per sentence object (`discoveryOf`).
 */
export function buildPeople(
  officials: readonly OfficialDefinition[],
  sentences: readonly TextSentence[],
  known: SentenceDiscoveries,
): Person[] {
  return runAtOnce(peopleSteps(officials, sentences, known));
}

/** `buildPeople` as steps (`Steps`), one per few hundred sentences. */
export function* peopleSteps(
  officials: readonly OfficialDefinition[],
  sentences: readonly TextSentence[],
  known: SentenceDiscoveries,
): Steps<Person[]> {
  const people: Person[] = officials.map((o) => ({
    id: personId(o.name),
    name: o.name,
    aliases: o.aliases,
    role: { fr: o.role.fr, en: o.role.en },
    ...(o.role.since || o.role.until
      ? { roleDates: { since: o.role.since ?? null, until: o.role.until ?? null } }
      : {}),
    roles: [...new Set([o.role.fr, o.role.en, ...o.roles])],
    gender: o.gender ?? null,
    organisation: o.organisation ?? null,
    country: o.country ?? null,
    source: "config" as const,
  }));
  const byId = new Map(people.map((p) => [p.id, p]));
  // Names never change once a person is in: a new person is added to the matcher's blocks.
  const matcher = new NameMatcher(people);

  const found: SentenceDiscovery[] = [];
  for (const sentence of sentences) {
    found.push(discoveryOf(sentence, known));
    // Discovering a sentence not read yet costs about a millisecond; one read before, nothing.
    if (found.length % 64 === 0) yield;
  }
  const evidence = yield* PersonEvidence.steps(found);
  const votes: GenderVotes = new Map();
  const declared: DeclaredAlias[] = [];
  for (const [i, sentence] of sentences.entries()) {
    addPeopleOf(sentence, found[i] as SentenceDiscovery, evidence, byId, matcher, votes);
    for (const alias of declaredAliases(sentence.display)) declared.push(alias);
    if (i % 256 === 0) yield;
  }
  // A discovered person is of the gender most of their introductions tell (one title read as
  // theirs by mistake does not outvote the rest); one the text gave no gender takes the one
  // their given name tells ("Sara Zhang").
  const gendered = withDeclaredAliases([...byId.values()], declared, matcher).map((p) => {
    if (p.source !== "discovered") return p;
    const gender = majority(votes.get(p.id)) ?? p.gender ?? evidence.genderOf(p.name);
    return gender === p.gender ? p : { ...p, gender };
  });
  return withoutSurnameDoubles(gendered, matcher);
}

/** Per person id, how many of their introductions tell each gender. */
type GenderVotes = Map<string, { m: number; f: number }>;

function vote(votes: GenderVotes, id: string, gender: "m" | "f" | null): void {
  if (gender === null) return;
  const count = votes.get(id) ?? { m: 0, f: 0 };
  count[gender]++;
  votes.set(id, count);
}

/** The gender with more votes; null on a tie or none. */
function majority(count: { m: number; f: number } | undefined): "m" | "f" | null {
  if (count === undefined || count.m === count.f) return null;
  return count.m > count.f ? "m" : "f";
}

/** Puts the people one sentence introduces, quotes or names into `byId` (and the matcher). */
function addPeopleOf(
  sentence: TextSentence,
  discovery: SentenceDiscovery,
  evidence: PersonEvidence,
  byId: Map<string, Person>,
  matcher: NameMatcher,
  votes: GenderVotes,
): void {
  // A quoted "Météo France" or "Voix du Nord" is an organisation: its first word is a common
  // noun the corpus also writes in lower case, and no given name.
  const speakers = discovery.speakers
    .filter((name) => evidence.plausible(name))
    .map((name) => ({ name, role: null, gender: null }));
  const introduced = [
    ...discovery.people.filter((p) => evidence.plausible(p.name, p.role !== null)),
    ...speakers,
  ];
  const named = new Set(introduced.map((p) => p.name));
  const plain = discovery.names
    .filter((name) => !named.has(name) && evidence.plainPerson(name))
    .map((name) => ({ name, role: null, gender: null }));
  // A person named by one word only ("Sofiane, 17 ans") is that word's own person: matched by
  // its id alone, never merged with a full name ending in the same word.
  for (const single of discovery.singles) {
    if (!evidence.singlePerson(single.name, single.bySelon === true)) continue;
    const id = personId(single.name);
    const existing = byId.get(id);
    if (existing) {
      byId.set(id, {
        ...existing,
        gender: existing.gender ?? single.gender,
        ...(existing.source === "discovered" ? { singleName: true as const } : {}),
      });
      continue;
    }
    const person: Person = {
      id,
      name: single.name,
      aliases: [],
      role: { fr: null, en: null },
      roles: [],
      gender: single.gender ?? lexiconGender(single.name),
      organisation: null,
      country: null,
      source: "discovered",
      singleName: true,
    };
    byId.set(id, person);
    matcher.add(person);
  }
  for (const found of [...introduced, ...plain]) {
    const matched = matcher
      .match(significantWords(found.name))
      .find((m) => !isSingleName(m.person))?.person;
    const existing = matched ? byId.get(matched.id) : undefined;
    // "Mme Ghosn" in an article about Carlos Ghosn's wife is not him: a surname with an
    // honorific of the other gender than a known person's given name is someone else.
    if (existing && isOtherGenderSurname(found, existing)) continue;
    if (existing) {
      byId.set(existing.id, withDiscovery(existing, found.role, found.gender, sentence.language));
      vote(votes, existing.id, found.gender);
      continue;
    }
    // A person the config does not list ("M. Dupont" alone is known by surname only).
    const person: Person = {
      id: personId(found.name),
      name: found.name,
      aliases: [],
      role: roleIn(found.role, sentence.language),
      roles: found.role ? [found.role] : [],
      gender: found.gender,
      organisation: null,
      country: null,
      source: "discovered",
    };
    if (!byId.has(person.id)) {
      byId.set(person.id, person);
      matcher.add(person);
    }
    vote(votes, person.id, found.gender);
  }
}

/** A surname alone, whose honorific's gender is not the one the person's given name tells. */
function isOtherGenderSurname(
  found: { readonly name: string; readonly gender: "m" | "f" | null },
  person: Person,
): boolean {
  if (found.gender === null || /\s/u.test(found.name.trim())) return false;
  const gender = givenNameGender(person.name);
  return gender !== null && gender !== found.gender;
}

function withDiscovery(
  person: Person,
  role: string | null,
  gender: "m" | "f" | null,
  language: TextSentence["language"],
): Person {
  const roles = role && !person.roles.includes(role) ? [...person.roles, role] : person.roles;
  const known = person.role.fr !== null || person.role.en !== null;
  return {
    ...person,
    roles,
    role: known || role === null ? person.role : roleIn(role, language),
    gender: person.gender ?? gender,
  };
}

function roleIn(role: string | null, language: TextSentence["language"]): Person["role"] {
  if (role === null) return { fr: null, en: null };
  return language === "en" ? { fr: null, en: role } : { fr: role, en: null };
}
