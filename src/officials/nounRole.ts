import { isStopword } from "../nlp/stopwords.js";
import { cleanRole } from "./cleanRole.js";

/** What the corpus says about nouns (`GenderedNouns`): whether one names people. */
export interface PeopleNouns {
  namesPeople(noun: string): boolean;
}

/**
 * Nouns of family and private relations: "son fils X", "l'épouse de X" say who someone is to
 * another person, not what they do, and are never a role.
 */
const RELATION =
  /^(?:fils|fille|père|mère|frère|sœur|soeur|époux|épouse|mari|femme|compagnon|compagne|ami|amie|cousin|cousine|oncle|tante|neveu|nièce|grand-père|grand-mère|petit-fils|petite-fille|beau-père|belle-mère|enfant|bébé|homme|garçon|victime|suspect|suspecte)$/u;

/** Ordinals and adjectives that take both genders but head no role ("le second tour"). */
const NOT_A_ROLE_NOUN =
  /^(?:premier|première|second|seconde|deuxième|troisième|dernier|dernière|prochain|prochaine|même|autre|seul|seule|célèbre|jeune|nouveau|nouvelle|ancien|ancienne|grand|grande|petit|petite|tout|toute)$/u;

/** Pre-nominal adjectives: those that change the role are kept ("ancien ministre"), the rest not. */
const ADJECTIVE = "(?:ancien|ancienne|ex-)";
const SKIPPED_ADJECTIVE = "(?:(?:nouveau|nouvel|nouvelle|jeune|célèbre|grand|grande)\\s+)?";

/**
 * A word of the phrase after the role noun: an adjective, "de"/"du"/"des"/"d'…", an article
 * after "de", or a proper noun ("du PSG"); other prepositions, relatives and verbs end it.
 */
const COMPLEMENT_WORD =
  "(?:(?!(?:par|pour|avec|sur|dans|à|au|aux|en|et|ou|qui|que|a|ont|est|sont|était)(?![\\p{L}]))[\\p{Ll}\\p{M}'’-]+|[dl]['’][\\p{L}\\p{M}-]+|\\p{Lu}[\\p{L}\\p{M}'’.-]*)";

/** "l'actrice ", "le footballeur de l'OM ", "la jeune chanteuse britannique, " before a name. */
const BEFORE_NAME = new RegExp(
  `(?:^|[\\s(,])(?:(?:[Ll]e|[Ll]a|[Uu]n|[Uu]ne|[Ss]on|[Ss]a|[Ll]eur|[Nn]otre)\\s+|[Ll]['’]\\s*)${SKIPPED_ADJECTIVE}((?:${ADJECTIVE}\\s+)?(\\p{Ll}[\\p{Ll}\\p{M}-]+)((?:\\s+${COMPLEMENT_WORD}){0,6}?))\\s*,?\\s*$`,
  "u",
);

/** ", réalisateur québécois," or ", l'ancien joueur du PSG," after a name. */
const AFTER_NAME = new RegExp(
  `^\\s*,\\s+(?:(?:le|la|un|une)\\s+|l['’]\\s*)?${SKIPPED_ADJECTIVE}((?:${ADJECTIVE}\\s+)?(\\p{Ll}[\\p{Ll}\\p{M}-]+)[^,.;:«»"“”()]{0,100})`,
  "u",
);

/**
 * A role given by a noun the corpus uses for people (it takes both genders: "un acteur" / "une
 * actrice", "le député" / "la députée"), in apposition right before a name ("l'actrice Catherine
 * Deneuve", "le footballeur de l'OM X") or after it ("X, réalisateur québécois,"): the roles of
 * people in general news, which no list of official titles holds. Relations ("son fils") are not
 * roles. Cleaned like every role (`cleanRole`); null when none.
 */
export function nounRole(before: string, after: string, nouns: PeopleNouns): string | null {
  for (const match of [
    BEFORE_NAME.exec(before.slice(-120)),
    AFTER_NAME.exec(after.slice(0, 140)),
  ]) {
    const phrase = match?.[1];
    const noun = match?.[2];
    if (!phrase || !noun || noun.length < 3 || RELATION.test(noun)) continue;
    if (NOT_A_ROLE_NOUN.test(noun) || isStopword(noun, "fr") || !nouns.namesPeople(noun)) continue;
    const role = cleanRole(phrase);
    if (role) return role;
  }
  return null;
}
