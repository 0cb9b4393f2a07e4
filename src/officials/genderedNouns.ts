import { inflectsForGender } from "../nlp/genderInflection.js";
import { isLexiconGivenName } from "./givenNames.js";
import { PERSON_NOUNS } from "./personNouns.js";

/**
 * Nouns after a determiner that tells their gender, and what the corpus's pairs of them say:
 * a noun naming people takes both genders ("le député" / "la députée", "un acteur" / "une
 * actrice", "le trentenaire" / "la trentenaire"); one naming a thing or an institution takes one
 * ("le quotidien", "la préfecture", "le ministère"). Read off the corpus being indexed: no list
 * of professions.
 */

/** A gendered determiner, an optional pre-nominal adjective, then a lower-case noun. */
const DETERMINED_NOUN =
  /(?<![\p{L}'’-])([Ll]e|[Uu]n|[Cc]e|[Cc]et|[Dd]u|[Aa]u|[Ll]a|[Uu]ne|[Cc]ette)\s+(?:(?:nouveau|nouvel|nouvelle|ancien|ancienne|jeune|seul|seule|célèbre|grand|grande|petit|petite|premier|première|futur|future|vieux|vieil|vieille)\s+)?(\p{Ll}[\p{Ll}\p{M}-]+)/gu;
const FEMININE_DETERMINER = /^(?:la|une|cette)$/;

/**
 * A determiner and a noun ending the text before a name: "l'animateur ", "le pédopsychiatre "
 * (the name after it, and whether its first word is a given name, are checked by the caller).
 */
const NOUN_BEFORE_NAME =
  /(?<![\p{L}'’-])(?:[Ll]e|[Ll]a|[Ll]['’]|[Uu]n|[Uu]ne|[Dd]u|[Aa]u)\s*(?:(?:nouveau|nouvel|nouvelle|ancien|ancienne|jeune|célèbre|grand|grande)\s+)?(\p{Ll}[\p{Ll}\p{M}-]+)\s+$/u;

/** A capitalised word and the capital opening the next word: a full name's start. */
const NAME_START = /(\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?)\s+\p{Lu}/gu;

/**
 * "m:député f:actrice p:animateur": each gendered noun of a sentence once, by its determiner's
 * gender, and (p:) each noun written right before a full name opening on a given name ("l'animateur
 * Thierry Ardisson", "le pédopsychiatre Antoine Guedeney").
 */
export function genderedNounsOf(sentence: string): string {
  const found = new Set<string>();
  for (const m of sentence.matchAll(DETERMINED_NOUN)) {
    found.add(`${FEMININE_DETERMINER.test((m[1] ?? "").toLowerCase()) ? "f" : "m"}:${m[2] ?? ""}`);
  }
  // Found from each name's start backwards: a regex with a lookbehind tried at every character
  // of every sentence cost more than the rest of the sentence's reading.
  for (const m of sentence.matchAll(NAME_START)) {
    if (!isLexiconGivenName(m[1] ?? "")) continue;
    const noun = NOUN_BEFORE_NAME.exec(sentence.slice(Math.max(0, m.index - 60), m.index));
    if (noun?.[1]) found.add(`p:${noun[1]}`);
  }
  return [...found].join(" ");
}

/** French feminine and masculine endings of nouns of people: (masculine, feminine) pairs. */
const INFLECTIONS: readonly (readonly [string, string])[] = [
  ["teur", "trice"],
  ["eur", "euse"],
  ["ien", "ienne"],
  ["on", "onne"],
  ["ier", "ière"],
  ["er", "ère"],
  ["if", "ive"],
  ["x", "se"],
  ["e", "esse"],
  ["", "e"],
  ["", ""],
];

/** The masculine and feminine forms a noun may have, itself included. */
export function forms(noun: string): { masculine: string[]; feminine: string[] } {
  const masculine = new Set<string>([noun]);
  const feminine = new Set<string>([noun]);
  for (const [m, f] of INFLECTIONS) {
    if (noun.endsWith(m)) feminine.add(noun.slice(0, noun.length - m.length) + f);
    if (noun.endsWith(f)) masculine.add(noun.slice(0, noun.length - f.length) + m);
  }
  return { masculine: [...masculine], feminine: [...feminine] };
}

/** What the corpus's gendered determiners say about nouns. */
export class GenderedNouns {
  /** How many sentences write each form after a masculine, and after a feminine determiner. */
  private readonly masculine = new Map<string, number>();
  private readonly feminine = new Map<string, number>();
  /** How often the corpus writes each noun right before a full name ("l'animateur Thierry …"). */
  private readonly beforeNames = new Map<string, number>();

  /** Adds one sentence's `genderedNounsOf` string. */
  add(found: string): void {
    if (found === "") return;
    for (const token of found.split(" ")) {
      if (token.startsWith("p:")) {
        const noun = token.slice(2);
        this.beforeNames.set(noun, (this.beforeNames.get(noun) ?? 0) + 1);
        continue;
      }
      const counts = token.startsWith("f:") ? this.feminine : this.masculine;
      const noun = token.slice(2);
      counts.set(noun, (counts.get(noun) ?? 0) + 1);
    }
  }

  /**
   * Everything these counts hold, as one string: two equal states give equal answers to every
   * question (whatever order the sentences were added in).
   */
  state(): string {
    const sorted = (counts: Map<string, number>) =>
      [...counts].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0)).join(";");
    return [sorted(this.masculine), sorted(this.feminine), sorted(this.beforeNames)].join("|");
  }

  /**
   * Whether a noun names people: the corpus writes one of its masculine forms after a masculine
   * determiner and one of its feminine forms after a feminine one ("élue": "un élu", "une élue"),
   * or it is one of the nouns of people the shared corpus of 34,025 articles shows
   * (`PERSON_NOUNS`: a folder of a dozen articles may have no "une animatrice").
   */
  namesPeople(noun: string): boolean {
    const lower = noun.toLowerCase();
    if (PERSON_NOUNS.has(lower)) return true;
    const { masculine, feminine } = forms(lower);
    return (
      masculine.some((m) => this.masculine.has(m)) && feminine.some((f) => this.feminine.has(f))
    );
  }

  /**
   * How often the corpus writes a noun's masculine forms after a masculine determiner and its
   * feminine forms after a feminine one (the counts `namesPeople` asks to be non-zero).
   */
  pairCounts(noun: string): { masculine: number; feminine: number } {
    const { masculine, feminine } = forms(noun.toLowerCase());
    const sum = (list: string[], counts: Map<string, number>): number =>
      list.reduce((n, form) => n + (counts.get(form) ?? 0), 0);
    return { masculine: sum(masculine, this.masculine), feminine: sum(feminine, this.feminine) };
  }

  /** How often the corpus writes this very form after a gendered determiner. */
  uses(form: string): number {
    const lower = form.toLowerCase();
    return (this.masculine.get(lower) ?? 0) + (this.feminine.get(lower) ?? 0);
  }

  /** Every noun written before a full name, with how often (what `personNouns` learns from). */
  counts(): { noun: string; beforeNames: number }[] {
    return [...this.beforeNames].map(([noun, beforeNames]) => ({ noun, beforeNames }));
  }

  /** The gender the corpus writes this very form with, when only one: "actrice" → f. */
  genderOf(noun: string): "m" | "f" | null {
    const lower = noun.toLowerCase();
    const m = this.masculine.has(lower);
    const f = this.feminine.has(lower);
    return m === f ? null : m ? "m" : "f";
  }

  /**
   * Whether the corpus shows a noun names a thing or an institution: it takes one gender only
   * ("le quotidien", "la circulaire", "le ministère") and is seldom written right before a
   * person's name as people nouns are ("l'animateur Thierry Ardisson": once for every four times
   * it is written at all — "le restaurant Jo Goldenberg" once among forty does not make
   * restaurants people); a noun of one form for both genders must be seen three times so ("le pédopsychiatre" twice stays a person: "la
   * pédopsychiatre" may simply be unseen), a noun the French lexicon inflects for gender once
   * ("le quotidien": its feminine, "la quotidienne", would have shown).
   */
  seenAsThing(noun: string): boolean {
    const lower = noun.toLowerCase();
    if (this.namesPeople(lower)) return false;
    const seen = Math.max(this.masculine.get(lower) ?? 0, this.feminine.get(lower) ?? 0);
    if (4 * (this.beforeNames.get(lower) ?? 0) >= seen) return false;
    if (seen === 0 || this.genderOf(lower) === null) return false;
    return inflectsForGender(lower) || seen >= 3;
  }
}
