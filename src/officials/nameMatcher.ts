import { editDistance } from "../text/editDistance.js";
import { givenNameGender, lexiconGender } from "./givenNames.js";
import { significantWords, wordKey } from "./nameKey.js";
import type { Person } from "./person.js";

/** How a mention or a query matched a person. */
export type MatchKind = "full" | "surname" | "fuzzy-full" | "fuzzy-surname" | "first-name";

export interface NameMatch {
  readonly person: Person;
  readonly kind: MatchKind;
}

const PARTICLES = new Set([
  "von",
  "van",
  "der",
  "den",
  "de",
  "du",
  "da",
  "di",
  "bin",
  "ben",
  "al",
  "el",
  "ter",
]);

interface Forms {
  readonly person: Person;
  readonly surnames: readonly string[];
  readonly firstNames: readonly string[];
  /** Each name form's word keys, particles kept only last (as `compute` reads a query's). */
  readonly names: readonly (readonly string[])[];
}

/** Word keys of a name's words, particles dropped but for the last word ("von der Leyen"). */
function nameKeys(words: readonly string[]): string[] {
  return words.filter((w, i) => i === words.length - 1 || !PARTICLES.has(w)).map(wordKey);
}

/**
 * Typo tolerance for one name word's key: none for short words, one edit from 6 letters
 * ("Bliken", "Blinkin" → Blinken), two from 10. Short surnames (Rau, Truss) must match exactly,
 * so a typo never lands on the wrong person.
 */
export function closeEnough(a: string, b: string): boolean {
  if (a === b) return true;
  const shorter = Math.min(a.length, b.length);
  if (shorter < 6) return false;
  const allowed = shorter >= 10 ? 2 : 1;
  // Each extra letter costs an edit: words whose lengths differ more cannot be close.
  if (Math.abs(a.length - b.length) > allowed) return false;
  return editDistance(a, b) <= allowed;
}

/** One edit apart and both at least 5 letters: how a first name may be misspelt. */
function oneEditApart(a: string, b: string): boolean {
  if (Math.min(a.length, b.length) < 5 || Math.abs(a.length - b.length) > 1) return false;
  return editDistance(a, b) <= 1;
}

/** Most answers `NameMatcher` remembers; past it, it forgets them all (queries are unbounded). */
const MAX_REMEMBERED = 100_000;

/** A key for a list of words that no other list shares: each word prefixed by its length. */
function wordsKey(words: readonly string[]): string {
  let key = "";
  for (const word of words) key += `${word.length}:${word}`;
  return key;
}

/** Edits `closeEnough` allows between a word of this length and any longer or equal one. */
function editsAllowed(length: number): number {
  return length >= 10 ? 2 : length >= 6 ? 1 : 0;
}

/**
 * The word and every string made by deleting up to `edits` of its letters (symmetric-deletion
 * blocking, as in SymSpell): two words within `edits` insertions, deletions, substitutions or
 * adjacent transpositions of each other always share one of these strings.
 */
export function deletionVariants(word: string, edits: number): Set<string> {
  const out = new Set<string>([word]);
  let frontier = [word];
  for (let e = 0; e < edits; e++) {
    const next: string[] = [];
    for (const w of frontier) {
      for (let i = 0; i < w.length; i++) {
        const v = w.slice(0, i) + w.slice(i + 1);
        if (!out.has(v)) {
          out.add(v);
          next.push(v);
        }
      }
    }
    frontier = next;
  }
  return out;
}

function addTo<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list === undefined) map.set(key, [value]);
  else list.push(value);
}

/**
 * Matches name words against people: the surname (last word) must match one of a person's name
 * forms (canonical or alias), exactly or within `closeEnough`; a first name, when given, must
 * then match too ("Hunter Biden" is not Joe Biden).
 *
 * Blocking keeps the cost of a lookup independent of how many people are known: a person's forms
 * are filed under each surname key, and every surname key of six letters or more under its
 * deletion variants; a lookup compares edit distances only with the surnames that share a
 * variant with its own. People can be added at any time (`add`), in corpus order.
 */
export class NameMatcher {
  private readonly forms: Forms[] = [];
  /** Surname key → indexes in `forms` of the people with that surname. */
  private readonly bySurname = new Map<string, number[]>();
  /** Deletion variant → surname keys it was made from. */
  private readonly byVariant = new Map<string, string[]>();
  /** First-name key → indexes in `forms`. */
  private readonly byFirstName = new Map<string, number[]>();
  /**
   * Answers by `wordsKey`: a corpus names the same few people thousands of times, so each answer
   * is computed once; adding a person forgets them.
   */
  private readonly answers = new Map<string, readonly NameMatch[]>();

  constructor(persons: readonly Person[]) {
    for (const person of persons) this.add(person);
  }

  /** Makes `person` findable by its name and aliases. */
  add(person: Person): void {
    const all = [person.name, ...person.aliases].map((n) => significantWords(n).map(wordKey));
    const form: Forms = {
      person,
      surnames: [...new Set(all.map((w) => w[w.length - 1] ?? "").filter((k) => k !== ""))],
      firstNames: [...new Set(all.filter((w) => w.length >= 2).map((w) => w[0] ?? ""))],
      names: [person.name, ...person.aliases].map((n) => nameKeys(significantWords(n))),
    };
    const at = this.forms.length;
    this.forms.push(form);
    for (const surname of form.surnames) {
      if (!this.bySurname.has(surname)) {
        for (const v of deletionVariants(surname, editsAllowed(surname.length))) {
          addTo(this.byVariant, v, surname);
        }
      }
      addTo(this.bySurname, surname, at);
    }
    for (const first of form.firstNames) addTo(this.byFirstName, first, at);
    this.answers.clear();
  }

  /** People whose name the words designate, best matches first. */
  match(words: readonly string[]): NameMatch[] {
    const key = wordsKey(words);
    let answer = this.answers.get(key);
    if (answer === undefined) {
      if (this.answers.size >= MAX_REMEMBERED) this.answers.clear();
      answer = this.compute(words);
      this.answers.set(key, answer);
    }
    // A copy, so that a caller changing its list cannot change the remembered answer.
    return [...answer];
  }

  /** Indexes of the people with a surname equal or `closeEnough` to `last`, in insertion order. */
  private candidates(last: string): number[] {
    const surnames = new Set<string>();
    for (const v of deletionVariants(last, editsAllowed(last.length))) {
      for (const s of this.byVariant.get(v) ?? []) surnames.add(s);
    }
    if (this.bySurname.has(last)) surnames.add(last);
    const found = new Set<number>();
    for (const s of surnames) {
      for (const i of this.bySurname.get(s) ?? []) found.add(i);
    }
    return [...found].sort((a, b) => a - b);
  }

  private compute(words: readonly string[]): NameMatch[] {
    // Particles are part of the surname ("von der Leyen"), never a first name.
    const keys = nameKeys(words);
    const last = keys[keys.length - 1];
    if (last === undefined || last.length < 2) return [];
    const first = keys.length >= 2 ? keys[0] : undefined;
    const exact: NameMatch[] = [];
    const fuzzy: NameMatch[] = [];
    for (const i of this.candidates(last)) {
      const form = this.forms[i] as Forms;
      const surnameExact = form.surnames.includes(last);
      // A word built on the surname ("Macronie", "Poutinisme") is not the person.
      const surnameClose =
        surnameExact || form.surnames.some((s) => closeEnough(s, last) && !last.startsWith(s));
      if (!surnameClose) continue;
      if (first !== undefined) {
        const firstExact = form.firstNames.includes(first);
        // A misspelt given name is one slip: with a middle name left out as well ("Marine Le
        // Pen" against "Marion Maréchal-Le Pen"), it is someone else.
        const firstClose =
          firstExact ||
          (form.names.some(
            (n) =>
              n.length === keys.length &&
              (closeEnough(n[0] ?? "", first) || oneEditApart(n[0] ?? "", first)),
          ) &&
            !otherGender(words[0] ?? "", form.person));
        if (!firstClose) continue;
        (surnameExact && firstExact ? exact : fuzzy).push({
          person: form.person,
          kind: surnameExact && firstExact ? "full" : "fuzzy-full",
        });
      } else {
        (surnameExact ? exact : fuzzy).push({
          person: form.person,
          kind: surnameExact ? "surname" : "fuzzy-surname",
        });
      }
    }
    return exact.length > 0 ? exact : fuzzy;
  }

  /** People whose first name is exactly these words' only word ("Sergueï" → Lavrov, Riabkov). */
  matchFirstName(word: string): NameMatch[] {
    return (this.byFirstName.get(wordKey(word)) ?? []).map((i) => ({
      person: (this.forms[i] as Forms).person,
      kind: "first-name" as const,
    }));
  }

  /** How many name forms the matcher holds (it grows as people are added). */
  get size(): number {
    return this.forms.length;
  }

  /** All name forms, for "did you mean" suggestions. */
  get persons(): readonly Person[] {
    return this.forms.map((f) => f.person);
  }
}

/**
 * Whether a given name and a person's given name are two names of different genders ("Carole" and
 * "Carlos Ghosn", his wife): close spellings, yet not one name spelled two ways.
 */
function otherGender(given: string, person: Person): boolean {
  const a = lexiconGender(given);
  const b = givenNameGender(person.name);
  return a !== null && b !== null && a !== b;
}
