import { terms } from "../nlp/index.js";
import type { Language } from "../nlp/language.js";
import type { Person } from "./person.js";
import { heldAt } from "./roleAt.js";

/** Terms of a role phrase, without determiners and the adjectives that do not identify a post. */
function roleTerms(phrase: string, language: Language): string[] {
  return terms(
    phrase
      .replace(/\b(?:nouveau|nouvelle|ancien|ancienne|actuel|actuelle|new|former)\b/giu, " ")
      // A compound is one post: "chef d'état-major" holds no "État", "vice-président" no
      // "président".
      .replace(/(\p{L})-(?=\p{L})/gu, "$1"),
    language,
  );
}

/**
 * Titles of which a country or a body has one holder at a time: alone, they still name a post
 * ("le président", "le vice-président"), where "l'avocat" or "le député" name a profession.
 */
const ONE_HOLDER = new Set(
  [
    "président",
    "présidente",
    "vice-président",
    "vice-présidente",
    "chancelier",
    "chancelière",
    "roi",
    "reine",
    "pape",
    "émir",
  ].flatMap((w) => roleTerms(w, "fr")),
);

/**
 * Posts an article seldom has two holders of, beside `ONE_HOLDER`: alone ("le ministre", "la
 * maire"), they may stand for the holder the article names later; "le député", "l'avocat" may not.
 */
const ONE_IN_ARTICLE = new Set([
  ...ONE_HOLDER,
  ...[
    "ministre",
    "maire",
    "préfet",
    "préfète",
    "procureur",
    "procureure",
    "gouverneur",
    "gouverneure",
  ].flatMap((w) => roleTerms(w, "fr")),
]);

/** Who a role phrase designates (`RoleResolver.resolve`): what statement extraction asks. */
export interface RoleLookup {
  resolve(
    phrase: string,
    language: Language,
    recent: readonly string[],
    date?: string | null,
    named?: ReadonlySet<string>,
    excluded?: "m" | "f" | null,
  ): Person | null;
}

export class RoleResolver implements RoleLookup {
  private readonly roles: {
    readonly person: Person;
    /** The terms of each of the person's role phrases, apart. */
    readonly terms: readonly ReadonlySet<string>[];
  }[];
  /** Term → indexes in `roles` of the people one of whose role phrases has it, ascending. */
  private readonly byTerm = new Map<string, number[]>();
  /** `fitting` answers by language and phrase: a corpus asks for the same posts again and again. */
  private readonly fits = new Map<string, readonly Person[]>();
  private readonly genders = new Map<string, Person["gender"]>();

  constructor(people: readonly Person[]) {
    for (const p of people) this.genders.set(p.id, p.gender);
    this.roles = people.map((person) => ({
      person,
      terms: person.roles.map((r) => new Set([...roleTerms(r, "fr"), ...roleTerms(r, "en")])),
    }));
    for (const [i, { terms }] of this.roles.entries()) {
      for (const term of new Set(terms.flatMap((one) => [...one]))) {
        const list = this.byTerm.get(term);
        if (list === undefined) this.byTerm.set(term, [i]);
        else list.push(i);
      }
    }
  }

  /**
   * The people one of whose known role phrases holds every term of `phrase` (whatever the date
   * or gender), in the order they were given: what `resolve` chooses among. Looked up through
   * the rarest term of the phrase, so its cost grows with the holders of that term, not with
   * all the people.
   */
  fitting(phrase: string, language: Language): readonly Person[] {
    const key = `${language}\u0000${phrase}`;
    let found = this.fits.get(key);
    if (found === undefined) {
      found = this.compute(roleTerms(phrase, language));
      this.fits.set(key, found);
    }
    return found;
  }

  private compute(wanted: readonly string[]): readonly Person[] {
    if (wanted.length === 0) return [];
    let rarest: readonly number[] | undefined;
    for (const term of wanted) {
      const holders = this.byTerm.get(term) ?? [];
      if (rarest === undefined || holders.length < rarest.length) rarest = holders;
    }
    const found: Person[] = [];
    for (const i of rarest ?? []) {
      const r = this.roles[i];
      // Every term in one and the same role phrase: "le chef de l'État" is not someone who is
      // "chef de la diplomatie" and "secrétaire d'État".
      if (r?.terms.some((one) => wanted.every((t) => one.has(t)))) found.push(r.person);
    }
    return found;
  }

  /**
   * The person a role phrase designates ("le chef de l'OTAN" → Stoltenberg): someone one of whose
   * known role phrases contains every term of it. People named in the same article win; among
   * several, the one named last. Null when the phrase fits nobody, or several people equally.
   */
  resolve(
    phrase: string,
    language: Language,
    recent: readonly string[],
    /** The article's date: a configured official whose role was not held then is not meant. */
    date: string | null = null,
    /** People the article names in full anywhere, later ones too ("écrit le Premier ministre … Edouard Philippe attend …"). */
    named: ReadonlySet<string> = new Set(),
    /** The gender the phrase rules out ("la ministre" is no man), if any. */
    excluded: "m" | "f" | null = null,
  ): Person | null {
    const agrees = (p: Person) => p.gender === null || p.gender !== excluded;
    const wanted = roleTerms(phrase, language);
    if (wanted.length === 0) return null;
    const holders = this.fitting(phrase, language)
      // "Le président américain a estimé lundi 13 mai [2019]": not the configured president of
      // 2021 onwards, unless the article names him.
      .filter((p) => p.source !== "config" || heldAt(p, date) || recent.includes(p.id));
    const fits = holders.filter(agrees);
    if (fits.length === 0) return null;
    for (let i = recent.length - 1; i >= 0; i--) {
      const hit = fits.find((p) => p.id === recent[i]);
      if (hit) return hit;
    }
    const post = wanted.length >= 2 || (wanted.length === 1 && ONE_HOLDER.has(wanted[0] ?? ""));
    // The one of them the article names further on: a post before its holder's name ("le
    // député" of one sentence is not the deputy the next one names).
    const inArticle = fits.filter((p) => named.has(p.id));
    const oneInArticle = wanted.length >= 2 || ONE_IN_ARTICLE.has(wanted[0] ?? "");
    if (oneInArticle && inArticle.length === 1) return inArticle[0] ?? null;
    // Outside the article, a post ("le Premier ministre", "le maire de Nantes") designates its one
    // holder in the corpus, a bare profession does not: "l'avocat" of one article is not the
    // lawyer another article named, and "le porte-parole" of the SNCF is not the configured
    // "porte-parole du Kremlin". A post the corpus gives several people, whatever their gender,
    // has no one holder.
    const only = fits.length === 1 && holders.length === 1 ? fits[0] : undefined;
    return only && post && !this.namedAlready(excluded, recent) ? only : null;
  }

  /**
   * Whether someone of the gender a phrase tells has been named or has spoken before it in the
   * article ("a constaté la députée européenne" after Rachida Dati's words): the phrase more
   * likely describes them than the one holder of the post the rest of the corpus knows.
   */
  private namedAlready(excluded: "m" | "f" | null, recent: readonly string[]): boolean {
    if (excluded === null) return false;
    const told = excluded === "m" ? "f" : "m";
    return recent.some((id) => this.genders.get(id) === told);
  }
}
