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
  "générale",
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

/** Feminine role words and pronouns that tell a person's gender from the text. */
export const FEMININE_ROLE =
  /\b(?:la|une|sa|cette)\s+(?:\p{L}+\s+){0,2}(?:ministre|secrétaire|présidente|cheffe|porte-parole|directrice|ambassadrice|chancelière|représentante|dirigeante|conseillère|négociatrice|envoyée|sénatrice|députée|commissaire)\b/iu;

/** Words between a role head and a name that can belong to the role phrase. */
export function isRoleWord(word: string): boolean {
  return /^(?:[\p{Ll}\p{M}'’-]+|d'|l'|d’|l’|[\p{Lu}][\p{L}'’-]*)$/u.test(word);
}
