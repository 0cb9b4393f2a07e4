import { rolePronoun } from "../nlp/invertedClause.js";
import { OUTLET_NOUNS } from "../officials/outletNouns.js";
import { ROLE_HEADS_FR } from "../officials/roleWords.js";

/** What the corpus says about nouns: whether one names people, and the gender of a form. */
export interface NounGenders {
  namesPeople(noun: string): boolean;
  genderOf(noun: string): "m" | "f" | null;
  /** Whether the corpus shows the noun names a thing (`GenderedNouns.seenAsThing`). */
  seenAsThing(noun: string): boolean;
}

/** A subject described rather than named: "l'actrice", "le nouvel animateur de M6". */
export interface DescriptionSubject {
  /** The description from its determiner: what a role is read from. */
  readonly phrase: string;
  /** The pronoun it stands for. */
  readonly pronoun: "il" | "elle";
  /**
   * "ce dernier", "cette dernière": the person last named, not the one the pronoun would take
   * up (`latterReferent`).
   */
  readonly latter?: true;
}

/** Words an inverted subject may follow: adverbs and times ("a assuré mardi soir le ministre"). */
const PREPOSITION =
  /^(?:à|a|de|d['’]|du|des|au|aux|par|pour|sur|dans|avec|en|chez|sans|sous|vers|contre|entre|selon|que|qu['’]|qui|et|ou)$/iu;
/** A determiner, adjectives before the noun (each a whole word: "ancienne" is not "ancien" + "ne"), the noun. */
const DESCRIPTION =
  /^([Ll]e(?=\s)|[Ll]a(?=\s)|[Ll]['’]|[Cc]ette(?=\s)|[Cc]et(?=\s)|[Cc]e(?=\s))\s*((?:(?:(?:nouveau|nouvel|nouvelle|ancien|ancienne|jeune|très|seul|seule|célèbre|futur|future|ex|[Pp]remier|[Pp]remière)(?![\p{L}-])|ex-)\s*)*)(\p{Ll}[\p{Ll}\p{M}-]+)/u;

/** A demonstrative and a capitalised noun: an inhabitant's name ("ce Toulonnais", "cette Lyonnaise"). */
const DEMONYM =
  /^([Cc]e|[Cc]et|[Cc]ette)\s+(?!(?:Lundi|Mardi|Mercredi|Jeudi|Vendredi|Samedi|Dimanche|Janvier|Février|Mars|Avril|Mai|Juin|Juillet|Août|Septembre|Octobre|Novembre|Décembre|Matin|Soir)(?![\p{L}-]))\p{Lu}\p{Ll}{3,}(?![\p{L}-])(?!\s+\p{Lu})/u;

/** "ce dernier", "cette dernière", and the word after them (a noun makes them its adjectives). */
const LATTER = /^([Cc]e|[Cc]ette)\s+(dernier|dernière)(?![\p{L}-])(?:\s+([\p{Ll}\p{M}-]+))?/u;

/** A demonstrative pronoun standing for someone named before: "celui qui", "celle-ci". */
const DEMONSTRATIVE = /^([Cc]elui|[Cc]elle)(?:-ci|-là|\s+qui)(?![\p{L}])/u;

/**
 * Nouns that name a group around someone, not one person: "explique l'entourage du ministre",
 * "assure son équipe de campagne" credit words to nobody in particular.
 */
const COLLECTIVE =
  /^(?:entourage|équipe|camp|cabinet|famille|défense|direction|parquet|majorité|opposition|proches)$/u;

/** "écrit l'hebdomadaire", "précise le site": an outlet or an organisation, no person. */
const OUTLETS = new Set(OUTLET_NOUNS);

/** Nouns that name people by their meaning, whatever gender the corpus shows them with. */
const PEOPLE =
  /^(?:homme|femme|garçon|fille|fils|père|mère|frère|sœur|soeur|mari|épouse|victime|personne|enfant|adolescent|adolescente)$/u;

/**
 * The definite or demonstrative description a clause opens on, after at most three adverbial
 * words and no preposition ("a insisté l'ancien joueur du PSG", "dit cet interne", "affirme
 * l'épouse du président"), when its noun names people by the corpus (`NounGenders.namesPeople`),
 * is a role title, or is a noun the corpus never writes after a gendered determiner: the subject
 * of a speech verb is presumed a person unless the corpus shows its noun is a thing, one gender
 * only ("l'actrice" in a corpus that has no "une actrice" yet). Null for an indefinite subject
 * ("un proche", "l'un de ses collaborateurs"), a thing or an institution ("explique le
 * quotidien", "détaille la circulaire").
 */
export function descriptionSubject(text: string, nouns: NounGenders): DescriptionSubject | null {
  let rest = text.replace(/^[\s,]+/, "");
  for (let skipped = 0; skipped <= 3; skipped++) {
    // "a confié ce dernier", "Cette dernière a déploré …" — not "ce dernier mois", whose noun the
    // corpus writes after a determiner.
    const latter = LATTER.exec(rest);
    const next = latter?.[3];
    if (latter && (next === undefined || !isNoun(next, nouns))) {
      const pronoun = latter[1]?.toLowerCase() === "cette" ? "elle" : "il";
      return { phrase: `${latter[1]} ${latter[2]}`, pronoun, latter: true };
    }
    // "assure celui qui avait déjà côtoyé …", "a lancé celle qui …", "celui-ci a rétorqué".
    const demonstrative = DEMONSTRATIVE.exec(rest);
    if (demonstrative) {
      const phrase = /^[^,.;:!?«»"“”()]*/u.exec(rest)?.[0].trim() ?? demonstrative[0];
      return { phrase, pronoun: demonstrative[1]?.toLowerCase() === "celle" ? "elle" : "il" };
    }
    // "assenait ce Toulonnais": a demonstrative before a capitalised noun, an inhabitant's name.
    const demonym = DEMONYM.exec(rest);
    if (demonym) {
      const phrase = /^[^,.;:!?«»"“”()]*/u.exec(rest)?.[0].trim() ?? demonym[0];
      return { phrase, pronoun: demonym[1]?.toLowerCase() === "cette" ? "elle" : "il" };
    }
    const m = DESCRIPTION.exec(rest);
    if (m) {
      const noun = m[3] ?? "";
      if (noun === "un" || noun === "une" || COLLECTIVE.test(noun) || OUTLETS.has(noun))
        return null;
      if (!ROLE_HEADS_FR.has(noun) && !PEOPLE.test(noun) && nouns.seenAsThing(noun)) return null;
      const determiner = (m[1] ?? "").toLowerCase();
      const phrase = /^[^,.;:!?«»"“”()]*/u.exec(rest)?.[0].trim() ?? m[0];
      if (determiner === "la" || determiner === "cette") return { phrase, pronoun: "elle" };
      if (determiner === "le" || determiner === "ce" || determiner === "cet") {
        return { phrase, pronoun: "il" };
      }
      // "l'" tells no gender: an adjective before the noun that agrees ("l'ancienne ministre"),
      // else the corpus's gender of the form, else its ending.
      const adjective = (m[2] ?? "").trim().split(/\s+/).pop()?.toLowerCase() ?? "";
      const gender =
        (/^(?:nouvelle|ancienne|future|seule|première)$/u.test(adjective)
          ? "f"
          : /^(?:nouvel|ancien|futur|seul|premier)$/u.test(adjective)
            ? "m"
            : null) ?? nouns.genderOf(noun);
      const pronoun = gender === "f" ? "elle" : gender === "m" ? "il" : rolePronoun(`l'${noun}`);
      return { phrase, pronoun };
    }
    const word = /^([\p{L}'’-]+)\s+/u.exec(rest);
    if (!word || PREPOSITION.test(word[1] ?? "") || /^\p{Lu}/u.test(word[1] ?? "")) return null;
    rest = rest.slice(word[0].length);
  }
  return null;
}

/** Whether the corpus writes a word after a gendered determiner: a noun ("point", "semaine"). */
function isNoun(word: string, nouns: NounGenders): boolean {
  return nouns.genderOf(word) !== null || nouns.namesPeople(word) || nouns.seenAsThing(word);
}
