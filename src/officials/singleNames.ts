import { invertedClause } from "../nlp/invertedClause.js";
import type { VerbMatch } from "../nlp/speechVerbs.js";
import { isStopword } from "../nlp/stopwords.js";
import { FEMININE_ROYAL_TITLE, ROYAL_TITLES } from "./namePatterns.js";
import { FEMININE_RELATION } from "./nounRole.js";
import { allMatches } from "./patternScan.js";

/** A person the text names by one word only, with what the introduction tells of their gender. */
export interface SingleName {
  readonly name: string;
  readonly gender: "m" | "f" | null;
  /** Found only as the source of "selon …", which also names firms ("selon Renault"). */
  readonly bySelon?: true;
}

/** One capitalised word shaped like a given name ("Sofiane", "Jean-Marc"). */
const WORD = "(\\p{Lu}\\p{Ll}+(?:-\\p{Lu}\\p{Ll}+)?)";
const END = "(?![\\p{L}\\p{M}'’-])";
/** No surname after the word: another capitalised word, past a particle or not. */
const NO_SURNAME = "(?!\\s+(?:(?:de|du|des|le|la|von|van|da|di|d['’])\\s*)?\\p{Lu})";

/** An age in decades: "la trentaine", "une cinquantaine d'années". */
const DECADE = "(?:la|une)\\s+(?:vingt|trent|quarant|cinquant|soixant)aine";
const DECADE_START = new RegExp(`^\\s*${DECADE}`, "u");

/**
 * "Sofiane, un Villeurbannais de 17 ans", "Denis, 52 ans,", "Monica, 45 ans", "Hervé, âgé de 50
 * ans": a word followed by an age in apposition. The optional indefinite article, or the
 * agreement of "âgé", tells the gender.
 */
const WITH_AGE = new RegExp(
  `(?<![\\p{L}\\p{M}'’.-])${WORD},\\s+(?:(un|une)\\s+[^,.;:«»"“”()]{0,40}?|âgé(e?)\\s+de\\s+)?(?:\\d{1,3}\\s+ans|${DECADE})${END}`,
  "gu",
);

/**
 * Family relations before a word: "son fils Quentin", "sa fille Monica", "leur voisine Elisa",
 * or with the name in apposition: "son mari, Hervé, âgé de …". Not a given name that a surname
 * follows: "sa tante Marine Le Pen" names her in full.
 */
const RELATION_BEFORE = new RegExp(
  `(?<![\\p{L}])(?:son|sa|leur|notre|mon|ma)\\s+(fils|fille|frère|sœur|soeur|mari|épouse|femme|compagnon|compagne|ami|amie|voisin|voisine|cousin|cousine|neveu|nièce|oncle|tante|père|mère)(?:\\s+|,\\s+(?=\\p{Lu}\\p{Ll}+(?:-\\p{Lu}\\p{Ll}+)?,))${WORD}${END}${NO_SURNAME}`,
  "gu",
);

/**
 * What may follow a one-word speaker of an inverted clause: the clause's end, or a complement
 * of place or audience ("», explique Sofiane à BFMTV").
 */
const AFTER_SPEAKER =
  /^\s*(?:[,.;:)!?]|$|(?:à|au|auprès|dans|sur|lors|devant|avant|après|en)(?![\p{L}]))/u;

/** The shapes `WITH_AGE` and `RELATION_BEFORE` need, without their costly lookbehinds. */
const AGE_HINT =
  /\p{Lu}\p{Ll}+,\s+(?:une?\s+[^,.;:«»"“”()]{0,40}?|âgée?\s+de\s+)?(?:\d{1,3}\s+ans|(?:la|une)\s+\p{Ll}+aine)/u;
const RELATION_HINT =
  /(?:son|sa|leur|notre|mon|ma)\s+(?:fils|fille|frère|sœur|soeur|mari|épouse|femme|compagnon|compagne|ami|amie|voisin|voisine|cousin|cousine|neveu|nièce|oncle|tante|père|mère),?\s+\p{Lu}/u;
const SELON_HINT = /elon \p{Lu}/u;

/**
 * The word right after a speech verb, past an adverbial of turn ("», a posté de son côté
 * Madonna") and a short complement of audience written in lower case ("», a confié à l'AFP
 * Gazala, une médecin", "», s'époumonait auprès d'un bénévole Denis, …").
 */
const WORD_AFTER_VERB = new RegExp(
  `^(?:\\s+(?:de\\s+son\\s+côté|pour\\s+sa\\s+part|à\\s+son\\s+tour|lui\\s+aussi|elle\\s+aussi|aussi|également|encore|alors|ensuite|enfin))?(?:\\s+(?:à|au|aux|auprès\\s+d(?:e|u|es)?|devant)(?:\\s+|(?<=d)['’])(?:l['’]AFP|[\\p{Ll}'’]+(?:\\s+[\\p{Ll}'’]+){0,3}))?\\s+${WORD}${END}`,
  "u",
);

/**
 * A closing quotation mark and a comma, where an inverted attribution clause may start; a
 * straight mark closes when it follows a word (`… discriminer" a posté`), while one after a space
 * opens (`est "favorable à …`).
 */
const QUOTE_CLOSE = /(?:[»”]|(?<=[^\s(])")\s*,?/gu;

/** A capitalised word before a word: "Yann Moix, âgée de 92 ans" names the writer, not "Moix". */
const NAME_BEFORE = /\p{Lu}[\p{L}\p{M}'’-]*\s+$/u;

/**
 * A preposition or determiner before a word, which "âgé de" then describes as the head of a noun
 * phrase: "l'ancien maire de Lyon, âgé de 70 ans" (where "la mort de Maëlys, 8 ans" is hers).
 */
const COMPLEMENT_BEFORE =
  /(?:^|[\s'’])(?:de|du|des|d['’]|à|au|aux|en|sur|dans|par|pour|chez|vers|la|le|les|l['’])\s*$/u;

/** An enumeration after a word: "liste Mia, Inès, Ambre" names no speaker. */
const LIST_AFTER = /^\s*,\s*\p{Lu}[\p{Ll}\p{M}-]+\s*,/u;

/**
 * "Abdelkader, chauffeur de bus, se précipite", "Elisa, la trentaine, venue avec son mari, …": a
 * word opening a sentence or a clause, with a description in lower case between commas and the
 * clause going on in lower case. The description opens on a noun, not on an adverb: "Damas,
 * toujours en guerre, affiche …" describes a city.
 */
const WITH_DESCRIPTION = new RegExp(
  `(?:^|,\\s+)${WORD},\\s+(?:(un|une|le|la)\\s+|l['’](?=\\p{Ll}))?(?!(?:ce|cet|cette|ces|son|sa|ses|leur|leurs|les|des|du|il|elle|ils|elles|on|qui|que|dont|où|et|ou|mais|donc|puis|alors|selon|pour|par|avec|sans|dans|sur|en|à|de|d['’]|l['’]|toujours|encore|déjà|aussi|désormais|jamais|souvent|pourtant|également|notamment|surtout|plus|moins|très|bien|ainsi|enfin|même)(?![\\p{L}]))\\p{Ll}[\\p{Ll}\\p{M}-]+[^,.;:«»"“”()\\d]{0,48},\\s+(?!(?:le|la|les|l['’]|un|une|des|du|de|d['’]|et|ou)(?![\\p{L}]))\\p{Ll}`,
  "gu",
);

/** Whether the text before a word ends on a sentence's first word only ("Mais Zoé, 12 ans"). */
function isOpening(before: string): boolean {
  const m = /(?:^|[.!?»"]\s*)(\p{Lu}[\p{Ll}\p{M}]*)\s*$/u.exec(before);
  return m?.[1] !== undefined && isStopword(m[1].toLowerCase(), "fr");
}

/**
 * A title of royalty, nobility or religion before a given name alone: "la princesse Anne", "le
 * prince Harry", "la reine Elizabeth". The title tells the gender.
 */
const TITLED = new RegExp(
  `(?<![\\p{L}])(?:[Ll]e|[Ll]a|[Dd]u|[Aa]u)\\s+(${ROYAL_TITLES})\\s+${WORD}${END}(?!\\s+\\p{Lu})`,
  "gu",
);
const TITLED_HINT = new RegExp(`(?:${ROYAL_TITLES})\\s+\\p{Lu}`, "u");

/** "selon Elisa,": the one-word source of a sentence. */
const SELON = new RegExp(`(?<![\\p{L}])[Ss]elon\\s+${WORD}(?=\\s*[,.;:])`, "gu");

/**
 * People a sentence names by a single word, the way faits divers and reports name witnesses
 * ("Sofiane", "Denis, 52 ans"): a word with an age in apposition, after a family relation ("son
 * fils Quentin"), in the inverted clause of a speech verb ("», explique Sofiane."), or after
 * "selon". Whether the word is a given name at all (not "Paris", "Matignon" or "Beauvau") is
 * decided with the whole corpus in view (`PersonEvidence.singlePerson`): here it is a candidate.
 * `verbs` are the sentence's speech verbs.
 */
export function discoverSingleNames(sentence: string, verbs: readonly VerbMatch[]): SingleName[] {
  const found: SingleName[] = [];
  // The regexes' lookbehinds cost at every character: most sentences need none of them.
  const age = AGE_HINT.test(sentence);
  const relation = RELATION_HINT.test(sentence);
  const selon = SELON_HINT.test(sentence);
  for (const m of age ? allMatches(WITH_AGE, sentence) : []) {
    const before = sentence.slice(Math.max(0, m.index - 40), m.index);
    if (NAME_BEFORE.test(before) && !isOpening(before)) continue;
    if (m[3] !== undefined && COMPLEMENT_BEFORE.test(before)) continue;
    const article = m[2];
    // "âgé de" (m[3] === "") or "âgée de" (m[3] === "e") agrees with its noun.
    const agreement = m[3] === undefined ? null : m[3] === "e" ? "f" : "m";
    found.push({
      name: m[1] ?? "",
      gender: article === "une" ? "f" : article === "un" ? "m" : agreement,
    });
  }
  for (const m of relation ? allMatches(RELATION_BEFORE, sentence) : []) {
    found.push({ name: m[2] ?? "", gender: FEMININE_RELATION.test(m[1] ?? "") ? "f" : "m" });
  }
  const verbEnds: number[] = [];
  for (const verb of verbs) {
    if (verb.pronoun || verb.nonFinite) continue;
    // An inverted clause follows a quotation or a comma: "», explique Sofiane", ", raconte Elisa",
    // "», se demandait Yvan".
    if (!/(?:[»”"]\s*,?|,)\s*(?:se\s+|s['’])?$/u.test(sentence.slice(0, verb.index))) continue;
    verbEnds.push(verb.end);
  }
  // "», s'époumonait auprès d'un bénévole Denis": right after a quotation, a verb the list does
  // not know, recognised by the shape of the clause (`invertedClause`).
  const unknownVerbEnds = new Set<number>();
  if (/[»”"]/u.test(sentence)) {
    for (const m of allMatches(QUOTE_CLOSE, sentence)) {
      const from = m.index + m[0].length;
      const clause = invertedClause(sentence.slice(from, from + 200));
      // The clause's match ends on the space before its subject: the word starts after it.
      if (clause && clause.pronoun === null) unknownVerbEnds.add(from + clause.subjectAt - 1);
    }
  }
  for (const end of new Set([...verbEnds, ...unknownVerbEnds])) {
    const word = WORD_AFTER_VERB.exec(sentence.slice(end));
    if (!word?.[1]) continue;
    const rest = sentence.slice(end + word[0].length);
    if (AFTER_SPEAKER.test(rest) && !(unknownVerbEnds.has(end) && LIST_AFTER.test(rest))) {
      found.push({ name: word[1], gender: null });
    }
  }
  for (const m of allMatches(WITH_DESCRIPTION, sentence)) {
    // "la trentaine" tells an age, not a gender.
    const article = DECADE_START.test(sentence.slice(m.index + m[0].indexOf(",") + 1))
      ? null
      : m[2];
    found.push({
      name: m[1] ?? "",
      gender:
        article === "une" || article === "la"
          ? "f"
          : article === "un" || article === "le"
            ? "m"
            : null,
    });
  }
  for (const m of TITLED_HINT.test(sentence) ? allMatches(TITLED, sentence) : []) {
    found.push({ name: m[2] ?? "", gender: FEMININE_ROYAL_TITLE.test(m[1] ?? "") ? "f" : "m" });
  }
  for (const m of selon ? allMatches(SELON, sentence) : [])
    found.push({ name: m[1] ?? "", gender: null, bySelon: true });
  // "Or, cette condition …", "Mais, …": a function word is never a name. A name found by two
  // shapes is one person, with the gender either tells.
  const byName = new Map<string, SingleName>();
  for (const s of found) {
    if (s.name === "" || isStopword(s.name.toLowerCase(), "fr")) continue;
    const seen = byName.get(s.name);
    const bySelon = (seen === undefined || seen.bySelon === true) && s.bySelon === true;
    byName.set(s.name, {
      name: s.name,
      gender: seen?.gender ?? s.gender,
      ...(bySelon ? { bySelon: true as const } : {}),
    });
  }
  return [...byName.values()];
}
