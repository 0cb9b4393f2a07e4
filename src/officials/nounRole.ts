import { isStopword } from "../nlp/stopwords.js";
import { cleanRole } from "./cleanRole.js";
import { ROLE_GOVERNING_WORDS_FR, runsIntoVerb } from "./roleWords.js";

/** What the corpus says about nouns (`GenderedNouns`): whether one names people. */
export interface PeopleNouns {
  namesPeople(noun: string): boolean;
}

/**
 * Nouns of family and private relations: "son fils X", "l'épouse de X" say who someone is to
 * another person, not what they do, and are never a role.
 */
export const RELATION =
  /^(?:fils|fille|père|mère|frère|sœur|soeur|époux|épouse|mari|femme|compagnon|compagne|ami|amie|cousin|cousine|oncle|tante|neveu|nièce|grand-père|grand-mère|petit-fils|petite-fille|beau-père|belle-mère|enfant|bébé|homme|garçon|victime|suspect|suspecte|collègue|voisin|voisine|camarade)$/u;

/** The `RELATION` nouns only women are called by. */
export const FEMININE_RELATION =
  /^(?:fille|mère|sœur|soeur|épouse|femme|compagne|amie|cousine|tante|nièce|grand-mère|petite-fille|belle-mère|suspecte|voisine)$/u;
/** The `RELATION` nouns only men are called by. */
export const MASCULINE_RELATION =
  /^(?:fils|père|frère|époux|mari|compagnon|ami|cousin|oncle|neveu|grand-père|petit-fils|beau-père|garçon|voisin)$/u;

/**
 * Ordinals and adjectives that take both genders but head no role ("le second tour"), and
 * participles of what befell someone (", mort le 25 mai à Minneapolis").
 */
const NOT_A_ROLE_NOUN =
  /^(?:mort|morte|décédé|décédée|né|née|tué|tuée|blessé|blessée|premier|première|second|seconde|deuxième|troisième|dernier|dernière|prochain|prochaine|même|autre|seul|seule|célèbre|jeune|nouveau|nouvelle|ancien|ancienne|grand|grande|petit|petite|tout|toute|futur|future|actuel|actuelle|éventuel|éventuelle)$/u;

/** Pre-nominal adjectives: those that change the role are kept ("ancien ministre"), the rest not. */
const ADJECTIVE = "(?:ancien|ancienne|futur|future|ex-)";
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
export function nounRole(
  before: string,
  after: string,
  nouns: PeopleNouns,
  /** The named person's gender, when known: a role of the other gender is not theirs. */
  gender: "m" | "f" | null = null,
): string | null {
  const tail = before.slice(-120);
  const apposed = BEFORE_NAME.exec(tail);
  for (const match of [
    apposed && isApposition(tail, apposed, after, gender) ? apposed : null,
    AFTER_NAME.exec(after.slice(0, 140)),
  ]) {
    const phrase = match?.[1];
    const noun = match?.[2];
    // "le parti de Marine Le Pen": a name after "de" complements the noun, which is no role of it.
    if (match === apposed && phrase && DANGLING_END.test(phrase.trim())) continue;
    // ", la productrice Anne Marcassus": a phrase that names someone else is their role.
    if (match !== apposed && phrase && NAMED.test(phrase)) continue;
    // "La magistrate pourra aussi entendre X": a verb or an adverb ends a noun phrase, and a
    // phrase holding one is no role; after a name it opens a new clause (", l'ancien maire de
    // Lyon a été interrogé").
    if (phrase && (runsIntoVerb(phrase) || holdsAdverb(match?.[3] ?? ""))) continue;
    if (!phrase || !noun || noun.length < 3 || RELATION.test(noun)) continue;
    if (NOT_A_ROLE_NOUN.test(noun) || isStopword(noun, "fr") || !nouns.namesPeople(noun)) continue;
    const role = cleanRole(phrase);
    if (role) return role;
  }
  return null;
}

/** A preposition or "comme" before a role phrase: "par un journaliste de l'AFP", "comme la maire". */
const PREPOSITION_END = new RegExp(`(?:^|[\\s,(])(?:${ROLE_GOVERNING_WORDS_FR})\\s*$`, "iu");

/**
 * Whether the role phrase matched right before a name is in apposition to it: not a phrase of
 * the other gender ("Comme la maire de Paris, Alain Juppé"), and, after a preposition ("par un
 * journaliste de l'AFP, Thierry Ardisson a répondu"), only when a comma closes the name as an
 * apposition is closed ("Selon le porte-parole, Jean Dupont, …").
 */
function isApposition(
  tail: string,
  match: RegExpExecArray,
  after: string,
  gender: "m" | "f" | null,
): boolean {
  const opening = match[0].replace(/^[\s(,]/u, "");
  const determiner = /^(\p{L}+)/u.exec(opening)?.[1]?.toLowerCase() ?? "";
  const phraseGender = /^(?:la|une|sa)$/u.test(determiner)
    ? "f"
    : /^(?:le|un|son)$/u.test(determiner)
      ? "m"
      : null;
  // Without a comma the phrase is the name's title ("l'actrice Catherine Deneuve").
  if (!/,\s*$/u.test(match[0])) return true;
  if (gender && phraseGender && gender !== phraseGender) return false;
  const before = tail.slice(0, match.index + (match[0].length - opening.length));
  return !PREPOSITION_END.test(before) || /^\s*[,)]/u.test(after);
}

/** Function words a role's complement may hold ("du PSG", "de la Santé", "d'Etat"). */
const COMPLEMENT_FUNCTION_WORD = /^(?:de|du|des|la|le|les|[dl]['’].*)$/iu;

/**
 * Whether the words after a role phrase's noun hold a word that heads no complement and is in
 * the stopword list ("aussi", "encore", "déjà", "ne"): an adverb, so a clause, not a title.
 */
function holdsAdverb(complement: string): boolean {
  return complement
    .trim()
    .split(/\s+/u)
    .some(
      (w) => w !== "" && !COMPLEMENT_FUNCTION_WORD.test(w) && isStopword(w.toLowerCase(), "fr"),
    );
}

/** A phrase ending on a preposition: the name after it is its complement. */
const DANGLING_END = /(?:^|\s)(?:de|du|des|d['’]|à|au|aux|par|pour|avec|chez|contre)$/iu;

/** Two capitalised words: another person's name inside a role phrase. */
const NAMED = /\p{Lu}[\p{Ll}\p{M}'’-]+\s+\p{Lu}[\p{Ll}\p{M}'’-]+/u;
