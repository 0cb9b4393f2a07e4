import { StartedPattern, unitsWhere } from "./patternScan.js";

/**
 * Honorifics before a surname ("M. Drouet", "Mme Lambert", "Me Morel", "Dr Fauci"), as a regex
 * alternation: what the mention finder reads as one, and what a name's complements may hold
 * ("le cabinet de M. Guillaume").
 */
export const HONORIFICS = "M\\.|MM\\.|Mme|Mmes|Mlle|Mr\\.?|Mrs\\.?|Ms\\.?|Dr\\.?|Me|Pr\\.?";

/** One capitalised name word: "Sergueï", "Jean-Yves", "O'Brien", "Stoltenberg". */
export const NAME_WORD = "\\p{Lu}[\\p{Ll}\\p{M}]+(?:[-'’]\\p{Lu}?[\\p{Ll}\\p{M}]+)?";
/** Lower-case particles inside names: "Ursula von der Leyen", "Charles de Gaulle". */
const PARTICLE = "(?:von|van|der|den|de|du|da|di|bin|ben|al|el|ter)";

/** The Arabic article joined to a surname: "Bachar al-Assad", "Abdel Fattah al-Sissi". */
const JOINED_ARTICLE = "(?:al|el|as|ad|ash)[-‐]";

/**
 * Not the tail of a hyphenated word: "Danièle Obono" in "la députée de Seine-Saint-Denis Danièle
 * Obono" (whose "Seine-Saint" a name word holds) is no "Denis Danièle Obono" — though "Assad" of
 * "al-Assad" is a name's start.
 */
const NOT_AFTER_HYPHEN = `(?<!(?<![\\p{L}])(?!${JOINED_ARTICLE})[\\p{L}\\p{M}]+[-‐])`;

/**
 * Honorifics written without a full stop, which a run of capitalised words would otherwise open
 * on ("Mme Lambert" read as a given name "Mme"): the run starts after them, where
 * `HONORIFIC_BEFORE` of the mention finder reads them as honorifics.
 */
const NOT_AN_HONORIFIC = `(?!(?:${HONORIFICS})\\s)`;

/** "Premier ministre", "Première dame": a role after a name, not the name's last word. */
const NOT_A_ROLE = "(?!(?:Premier|Première)\\s+\\p{Ll})";

/** A run of capitalised words (with name particles), where person mentions are looked for. */
export const CAPITALISED_RUN = new RegExp(
  `(?<![\\p{L}\\p{M}])${NOT_AFTER_HYPHEN}${NOT_AN_HONORIFIC}${NAME_WORD}(?:(?:\\s+${PARTICLE})*\\s+(?:${JOINED_ARTICLE})?${NOT_A_ROLE}${NAME_WORD})*(?![\\p{L}\\p{M}])`,
  "gu",
);

/**
 * Titles of royalty and nobility that French writes before a given name alone ("la princesse
 * Anne", "le roi Abdallah"), and the feminine ones among them.
 */
export const ROYAL_TITLES = "prince|princesse|roi|reine|duc|duchesse|comte|comtesse|infante|émir";
export const FEMININE_ROYAL_TITLE = /^(?:princesse|reine|duchesse|comtesse|infante)$/u;

/** "M. Haliva", "Mme Truss", "Mr Biden", "Dr. Fauci": an honorific and a surname. */
export const HONORIFIC_NAME = new RegExp(
  `(?<![\\p{L}])(?:M\\.|MM\\.|Mme|Mlle|Me|Mr\\.?|Mrs\\.?|Ms\\.?|Dr\\.?)\\s+(${NAME_WORD}(?:\\s+${NAME_WORD})?)`,
  "gu",
);

/** The gender an honorific tells: "Mme", "Mlle", "Mrs", "Ms" f; "M.", "MM.", "Mr" m; else null. */
export function honorificGender(honorific: string): "m" | "f" | null {
  if (/^(?:Mme|Mlle|Mrs|Ms)/u.test(honorific)) return "f";
  return /^(?:M\.|MM\.|Mr)/u.test(honorific) ? "m" : null;
}

/** Runs of capitalised words, tried only where a capital letter is (where every run starts). */
export const CAPITALISED_RUNS = new StartedPattern(CAPITALISED_RUN, unitsWhere(/^\p{Lu}$/u));

/** Honorifics and names, tried only at an "M" or a "D" (where every honorific starts). */
export const HONORIFIC_NAMES = new StartedPattern(
  HONORIFIC_NAME,
  (unit) => unit === 77 || unit === 68,
);

/** Words that start place and organisation names, never a given name ("New York", "France Bleu"). */
export const ORGANISATION_START = new Set(
  (
    "new saint sainte san santa los las united north south east west nord sud grand grande mont " +
    "port fort royal national international union conseil cour tribunal assemblée ministère parti " +
    "front radio air france banque caisse agence institut université lycée collège hôpital"
  ).split(" "),
);

/** Capitalised words that start sentences or are titles, never a person's first name. */
export const NOT_A_FIRST_NAME = new Set([
  ...(
    "le la les l un une des du de d mais et ou pour avec dans sur selon après avant pendant depuis " +
    "ce cette ces son sa ses leur leurs il elle ils elles nous vous on je tu en au aux à a par " +
    "the a an and but in on at of for with from by to as he she they it we this that these those " +
    "lundi mardi mercredi jeudi vendredi samedi dimanche monday tuesday wednesday thursday friday " +
    "saturday sunday janvier février mars avril mai juin juillet août septembre octobre novembre " +
    "décembre january february march april may june july august september october november december " +
    "secrétaire ministre président présidente général chef secretary minister president general " +
    "chief foreign deputy state us uk eu hier aujourd cependant however pourtant ainsi alors " +
    "si tel telle comme quand lorsque puis enfin donc car ni sinon aussi même encore or toutefois " +
    "néanmoins désormais surtout sir dame aka " +
    "miss mister"
  ).split(" "),
  ...ORGANISATION_START,
]);

/**
 * A preposition, a determiner and a common noun right before a name ("du restaurant ", "de la
 * boulangerie "): a name after it names what the noun is, unless it opens on a given name ("du
 * gouvernement Gabriel Attal").
 */
export const NOUN_COMPLEMENT_BEFORE =
  /(?:^|\s)(?:de|du|des|d['’]|au|aux|à)\s*(?:la\s+|l['’]\s*|les\s+)?\p{Ll}[\p{L}-]*\s+$/u;
