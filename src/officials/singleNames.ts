import type { VerbMatch } from "../nlp/speechVerbs.js";
import { allMatches } from "./patternScan.js";

/** A person the text names by one word only, with what the introduction tells of their gender. */
export interface SingleName {
  readonly name: string;
  readonly gender: "m" | "f" | null;
}

/** One capitalised word shaped like a given name ("Sofiane", "Jean-Marc"). */
const WORD = "(\\p{Lu}\\p{Ll}+(?:-\\p{Lu}\\p{Ll}+)?)";
const END = "(?![\\p{L}\\p{M}'’-])";

/**
 * "Sofiane, un Villeurbannais de 17 ans", "Denis, 52 ans,", "Monica, 45 ans": a word followed by
 * an age in apposition. The optional indefinite article tells the gender.
 */
const WITH_AGE = new RegExp(
  `(?<![\\p{L}\\p{M}'’.-])${WORD},\\s+(?:(un|une)\\s+[^,.;:«»"“”()]{0,40}?)?\\d{1,3}\\s+ans${END}`,
  "gu",
);

/** Family relations before a word: "son fils Quentin", "sa fille Monica", "leur voisine Elisa". */
const RELATION_BEFORE = new RegExp(
  `(?<![\\p{L}])(?:son|sa|leur|notre|mon|ma)\\s+(fils|fille|frère|sœur|soeur|mari|épouse|femme|compagnon|compagne|ami|amie|voisin|voisine|cousin|cousine|neveu|nièce|oncle|tante|père|mère)\\s+${WORD}${END}`,
  "gu",
);

const FEMININE_RELATION =
  /^(?:fille|sœur|soeur|épouse|femme|compagne|amie|voisine|cousine|nièce|tante|mère)$/u;

/**
 * What may follow a one-word speaker of an inverted clause: the clause's end, or a complement
 * of place or audience ("», explique Sofiane à BFMTV").
 */
const AFTER_SPEAKER =
  /^\s*(?:[,.;:)!?]|$|(?:à|au|auprès|dans|sur|lors|devant|avant|après|en)(?![\p{L}]))/u;

/** The shapes `WITH_AGE` and `RELATION_BEFORE` need, without their costly lookbehinds. */
const AGE_HINT = /\p{Lu}\p{Ll}+,\s+(?:une?\s+[^,.;:«»"“”()]{0,40}?)?\d{1,3}\s+ans/u;
const RELATION_HINT =
  /(?:son|sa|leur|notre|mon|ma)\s+(?:fils|fille|frère|sœur|soeur|mari|épouse|femme|compagnon|compagne|ami|amie|voisin|voisine|cousin|cousine|neveu|nièce|oncle|tante|père|mère)\s+\p{Lu}/u;
const SELON_HINT = /elon \p{Lu}/u;

/** The word right after a speech verb. */
const WORD_AFTER_VERB = new RegExp(`^\\s+${WORD}${END}`, "u");

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
    const article = m[2];
    found.push({
      name: m[1] ?? "",
      gender: article === "une" ? "f" : article === "un" ? "m" : null,
    });
  }
  for (const m of relation ? allMatches(RELATION_BEFORE, sentence) : []) {
    found.push({ name: m[2] ?? "", gender: FEMININE_RELATION.test(m[1] ?? "") ? "f" : "m" });
  }
  for (const verb of verbs) {
    if (verb.pronoun || verb.nonFinite) continue;
    // An inverted clause follows a quotation or a comma: "», explique Sofiane", ", raconte Elisa".
    if (!/(?:[»”"]\s*,?|,)\s*$/u.test(sentence.slice(0, verb.index))) continue;
    const word = WORD_AFTER_VERB.exec(sentence.slice(verb.end));
    if (!word?.[1]) continue;
    if (AFTER_SPEAKER.test(sentence.slice(verb.end + word[0].length))) {
      found.push({ name: word[1], gender: null });
    }
  }
  for (const m of selon ? allMatches(SELON, sentence) : [])
    found.push({ name: m[1] ?? "", gender: null });
  return found.filter((s) => s.name !== "");
}
