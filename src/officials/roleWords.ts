/**
 * Head nouns of role phrases, French and English: the words that make "le secrétaire général de
 * l'OTAN", "Son homologue polonais" or "German Foreign Minister" a title introducing a person.
 */
export const ROLE_HEADS_FR = new Set([
  "ministre",
  "vice-ministre",
  "secrétaire",
  "vice-secrétaire",
  "président",
  "présidente",
  "vice-président",
  "vice-présidente",
  "chef",
  "cheffe",
  "porte-parole",
  "général",
  "directeur",
  "directrice",
  "ambassadeur",
  "ambassadrice",
  "chancelier",
  "chancelière",
  "homologue",
  "commissaire",
  "représentant",
  "représentante",
  "dirigeant",
  "dirigeante",
  "patron",
  "patronne",
  "conseiller",
  "conseillère",
  "négociateur",
  "négociatrice",
  "envoyé",
  "envoyée",
  "émissaire",
  "premier",
  "première",
  "haut",
  "haute",
  "roi",
  "reine",
  "sénateur",
  "sénatrice",
  "député",
  "députée",
  "maire",
  "gouverneur",
  "amiral",
  "colonel",
  "lieutenant-colonel",
  "commandant",
  "préfet",
  "préfète",
  "procureur",
  "procureure",
  "avocat",
  "avocate",
  "coordinateur",
  "coordinatrice",
  "délégué",
  "déléguée",
  "trésorier",
  "trésorière",
  "fondateur",
  "fondatrice",
  "adjoint",
  "adjointe",
  "leader",
  "entraîneur",
  "entraîneuse",
  "sélectionneur",
  "sélectionneuse",
]);

export const ROLE_HEADS_EN = new Set([
  "minister",
  "secretary",
  "president",
  "chief",
  "spokesman",
  "spokeswoman",
  "spokesperson",
  "general",
  "director",
  "ambassador",
  "chancellor",
  "counterpart",
  "commissioner",
  "envoy",
  "negotiator",
  "leader",
  "premier",
  "senator",
  "governor",
  "mayor",
  "admiral",
  "head",
]);

/**
 * Whether a word is a lower-case "premier" or "haut" that heads no post: those head a title
 * when capitalised, as French writes titles ("Premier ministre", "Première dame"), or before
 * another head (`next`: "haut représentant"); alone they are an ordinal or an adjective ("au
 * premier tour", "Le premier a réagi aux déclarations du second").
 */
export function isBareQualifier(word: string, next: string): boolean {
  return /^(?:premier|première|haut|haute)$/u.test(word) && !ROLE_HEADS_FR.has(next);
}

/** Feminine role words and pronouns that tell a person's gender from the text. */
export const FEMININE_ROLE =
  /\b(?:la|une|sa|cette)\s+(?:\p{L}+\s+){0,2}(?:ministre|secrétaire|présidente|cheffe|porte-parole|directrice|ambassadrice|chancelière|représentante|dirigeante|conseillère|négociatrice|envoyée|sénatrice|députée|commissaire|préfète|procureure|avocate|coordinatrice|déléguée|trésorière|fondatrice|adjointe|entraîneuse|sélectionneuse|patronne)\b/iu;

/** Words between a role head and a name that can belong to the role phrase. */
export function isRoleWord(word: string): boolean {
  return /^(?:[\p{Ll}\p{M}'’-]+|d'|l'|d’|l’|[\p{Lu}][\p{L}'’-]*)$/u.test(word);
}

/**
 * Words that make a role phrase after them their complement ("par un journaliste de l'AFP",
 * "comme la maire de Paris"): a name right after such a phrase is its apposition only when a
 * comma closes it ("Selon le porte-parole du Kremlin, Dmitri Peskov, …").
 */
export const ROLE_GOVERNING_WORDS_FR =
  "par|pour|selon|comme|avec|à|de|d['’]|sur|contre|chez|entre|sans|après|avant|devant|auprès|envers";

/**
 * Finite auxiliaries, copulas and modals ("La magistrate pourra aussi entendre X"): no role
 * phrase holds one.
 */
const FINITE_AUXILIARIES_FR =
  "a|ont|est|sont|était|étaient|avait|avaient|sera|seront|fut|va|vont|peut|peuvent|pourra|pourront|pourrait|pourraient|doit|doivent|devra|devront|devrait|devraient|veut|veulent|voudrait|voudraient";
/** Conditionals of any verb ("toucherait", "finiraient"): no noun ends so. */
const CONDITIONAL_FR = "\\p{Ll}+(?:erait|eraient|irait|iraient)";
const FINITE_FR = new RegExp(
  `(?:^|\\s)(?:${FINITE_AUXILIARIES_FR}|${CONDITIONAL_FR})(?:\\s|$)`,
  "u",
);
const FINITE_FR_EN = new RegExp(
  `(?:^|\\s)(?:${FINITE_AUXILIARIES_FR}|${CONDITIONAL_FR}|has|had|is|was|will)(?:\\s|$)`,
  "u",
);

/** A relative pronoun or "que" opening a clause of its own. */
const RELATIVE_WORD = /(?:^|[\s,])(?:qui|que|qu['’]|dont)(?![\p{L}])/iu;

/**
 * Whether a phrase holds a clause of its own: a finite verb (`runsIntoVerb`) or a relative
 * ("du président de la République avait jugé que Mme X", "les propos de X ont suscité les
 * critiques du Crif, qui s'est dit « … »").
 */
export function opensClause(phrase: string): boolean {
  return runsIntoVerb(phrase) || RELATIVE_WORD.test(phrase);
}

/**
 * Whether a phrase after a name runs into a verb before any relative pronoun (", l'ancien maire
 * de Lyon a été interrogé …"): the subject of a new clause, not an apposition to the name.
 * "…, secrétaire d'État … qui lui a répondu" does not: the verb is the relative clause's.
 */
export function runsIntoVerb(phrase: string, english = false): boolean {
  const head = phrase.split(/\s(?:qui|que|qu['’]|dont|où)(?![\p{L}])/u)[0] ?? "";
  return (english ? FINITE_FR_EN : FINITE_FR).test(head);
}
