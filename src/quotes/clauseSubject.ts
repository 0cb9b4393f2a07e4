import {
  type AttributionInput,
  NO_SPEAKER,
  type Speaker,
  SUBJECT_FOLLOWS,
} from "./attributeSpeaker.js";

/** Between a name and a bracketed quotation: "Boy George (« … »)", "Jane Roe, 45 ans, (« … »)". */
const NAME_THEN_BRACKET = /^\s*(?:,[^,()«»"“”]{1,40})?,?\s*\(\s*$/u;
/** A name that complements a preposition is not the subject ("de Greta Thunberg"). */
const AFTER_PREPOSITION =
  /(?:^|[\s'’])(?:de|du|des|d['’]|à|au|aux|par|pour|avec|sur|chez|contre|entre|selon|envers|vers|sans|comme)\s*$/iu;

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
  const last = named[named.length - 1];
  if (!last) return NO_SPEAKER;
  const after = input.text.slice(last.end, open);
  const head = input.text.slice(from, last.start);
  return SUBJECT_FOLLOWS.test(input.text.slice(last.end, last.end + 120)) &&
    !AFTER_PREPOSITION.test(head) &&
    !/[;:]/.test(after)
    ? { personId: last.personId, attribution: "named-before" }
    : NO_SPEAKER;
}
