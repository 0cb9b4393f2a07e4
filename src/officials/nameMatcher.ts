import { editDistance } from "../text/editDistance.js";
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

/**
 * Matches name words against people: the surname (last word) must match one of a person's name
 * forms (canonical or alias), exactly or within `closeEnough`; a first name, when given, must
 * then match too ("Hunter Biden" is not Joe Biden).
 */
export class NameMatcher {
  private readonly forms: Forms[];
  /**
   * Answers by `wordsKey`: a corpus names the same few people thousands of times, and the forms
   * never change once built (a new person means a new matcher), so each answer is computed once.
   */
  private readonly answers = new Map<string, readonly NameMatch[]>();

  constructor(persons: readonly Person[]) {
    this.forms = persons.map((person) => {
      const all = [person.name, ...person.aliases].map((n) => significantWords(n).map(wordKey));
      return {
        person,
        surnames: [...new Set(all.map((w) => w[w.length - 1] ?? "").filter((k) => k !== ""))],
        firstNames: [...new Set(all.filter((w) => w.length >= 2).map((w) => w[0] ?? ""))],
      };
    });
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

  private compute(words: readonly string[]): NameMatch[] {
    // Particles are part of the surname ("von der Leyen"), never a first name.
    const keys = words.filter((w, i) => i === words.length - 1 || !PARTICLES.has(w)).map(wordKey);
    const last = keys[keys.length - 1];
    if (last === undefined || last.length < 2) return [];
    const first = keys.length >= 2 ? keys[0] : undefined;
    const exact: NameMatch[] = [];
    const fuzzy: NameMatch[] = [];
    for (const form of this.forms) {
      const surnameExact = form.surnames.includes(last);
      // A word built on the surname ("Macronie", "Poutinisme") is not the person.
      const surnameClose =
        surnameExact || form.surnames.some((s) => closeEnough(s, last) && !last.startsWith(s));
      if (!surnameClose) continue;
      if (first !== undefined) {
        const firstExact = form.firstNames.includes(first);
        const firstClose =
          firstExact ||
          form.firstNames.some((f) => closeEnough(f, first) || oneEditApart(f, first));
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
    const key = wordKey(word);
    return this.forms
      .filter((f) => f.firstNames.includes(key))
      .map((f) => ({ person: f.person, kind: "first-name" as const }));
  }

  /** All name forms, for "did you mean" suggestions. */
  get persons(): readonly Person[] {
    return this.forms.map((f) => f.person);
  }
}
