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

/** "m:député f:actrice": each gendered noun of a sentence once, by its determiner's gender. */
export function genderedNounsOf(sentence: string): string {
  const found = new Set<string>();
  for (const m of sentence.matchAll(DETERMINED_NOUN)) {
    found.add(`${FEMININE_DETERMINER.test((m[1] ?? "").toLowerCase()) ? "f" : "m"}:${m[2] ?? ""}`);
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
function forms(noun: string): { masculine: string[]; feminine: string[] } {
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
  private readonly masculine = new Set<string>();
  private readonly feminine = new Set<string>();

  /** Adds one sentence's `genderedNounsOf` string. */
  add(found: string): void {
    if (found === "") return;
    for (const token of found.split(" ")) {
      if (token.startsWith("f:")) this.feminine.add(token.slice(2));
      else this.masculine.add(token.slice(2));
    }
  }

  /**
   * Whether a noun names people: the corpus writes one of its masculine forms after a masculine
   * determiner and one of its feminine forms after a feminine one ("élue": "un élu", "une élue").
   */
  namesPeople(noun: string): boolean {
    const lower = noun.toLowerCase();
    const { masculine, feminine } = forms(lower);
    return (
      masculine.some((m) => this.masculine.has(m)) && feminine.some((f) => this.feminine.has(f))
    );
  }

  /** The gender the corpus writes this very form with, when only one: "actrice" → f. */
  genderOf(noun: string): "m" | "f" | null {
    const lower = noun.toLowerCase();
    const m = this.masculine.has(lower);
    const f = this.feminine.has(lower);
    return m === f ? null : m ? "m" : "f";
  }
}
