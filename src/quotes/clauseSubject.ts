import { opensClause } from "../officials/roleWords.js";
import {
  AFTER_PREPOSITION,
  type AttributionInput,
  NO_SPEAKER,
  type Speaker,
  SUBJECT_FOLLOWS,
} from "./attributeSpeaker.js";

/** Between a name and a bracketed quotation: "Boy George (« … »)", "Jane Roe, 45 ans, (« … »)". */
const NAME_THEN_BRACKET = /^\s*(?:,[^,()«»"“”]{1,40})?,?\s*\(\s*$/u;

/** Between a name and a quotation: an apposition between commas ("…, 77 ans, «"). */
const APPOSITION_THEN_QUOTE =
  /^,(?!\s*(?:selon|d['’]après|pour|aux\s+yeux|according)(?![\p{L}]))[^,.;«»"“”()]{1,80},\s*$/iu;

/** A noun of speech and "de" right before a name: "les propos de", "un tweet d'". */
const SPEECH_NOUN_OF =
  /(?:^|[\s'’])(?:propos|déclarations?|paroles|mots|tweets?|messages?|discours|communiqué|interview|entretien|lettre|réponse)\s+(?:de|d['’]|du)\s*$/iu;

/**
 * The speaker of a quotation in brackets right after a name: "des stars ont exprimé leur
 * compassion, à l'instar de Boy George (« Mon cœur est brisé … »)": the name the bracket glosses.
 */
export function bracketSpeaker(input: AttributionInput, from: number, open: number): Speaker {
  const before = input.mentions.filter((m) => m.start >= from && m.end <= open);
  const last = before[before.length - 1];
  if (!last || !NAME_THEN_BRACKET.test(input.text.slice(last.end, open))) return NO_SPEAKER;
  return { personId: last.personId, attribution: "named-before" };
}

/**
 * The subject of the clause a quotation sits in when no speech verb introduces it: "Édouard
 * Philippe attend des « retours et des propositions »", "Jean Dupont, le gérant, a dû « réduire
 * l'affluence … »": the person named last before the quotation (from `from`, the sentence start or
 * the previous quotation's end) when they are the subject of a verb (`SUBJECT_FOLLOWS`), not the
 * complement of a preposition, with no clause break (";", ":") after them.
 */
export function clauseSubject(input: AttributionInput, from: number, open: number): Speaker {
  const named = input.mentions.filter((m) => m.start >= from && m.end <= open);
  // "Vincent Lagaf se félicite de collaborer avec Cyril Hanouna dont l'équipe est « … »": a
  // preposition's complement is passed over for the subject named before it.
  let last = named.pop();
  while (last && AFTER_PREPOSITION.test(input.text.slice(from, last.start))) {
    // "Donald Trump fait référence aux déclarations d'Emmanuel Macron concernant « … »": the
    // complement of a noun of speech is whose words they are.
    // Not past a verb or a relative of its own ("Les propos de X ont suscité les critiques du
    // Crif, qui s'est dit « choqué »").
    if (
      SPEECH_NOUN_OF.test(input.text.slice(Math.max(from, last.start - 40), last.start)) &&
      !opensClause(input.text.slice(last.end, open))
    ) {
      return { personId: last.personId, attribution: "named-before" };
    }
    last = named.pop();
  }
  if (!last) return NO_SPEAKER;
  const after = input.text.slice(last.end, open);
  // "Marie-Thérèse Vilbois, 77 ans, « flânait sur la plage »": a clause opening on a name and
  // its apposition, the quotation as its predicate.
  if (input.text.slice(from, last.start).trim() === "" && APPOSITION_THEN_QUOTE.test(after)) {
    return { personId: last.personId, attribution: "named-before" };
  }
  return SUBJECT_FOLLOWS.test(input.text.slice(last.end, last.end + 120)) && !/[;:]/.test(after)
    ? { personId: last.personId, attribution: "named-before" }
    : NO_SPEAKER;
}
