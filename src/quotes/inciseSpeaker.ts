import { findSpeechVerbs } from "../nlp/speechVerbs.js";
import {
  type AttributionInput,
  COMPLEMENT_BEFORE,
  describedSpeaker,
  NO_SPEAKER,
  pronoun,
  type Speaker,
  UNRESOLVED,
} from "./attributeSpeaker.js";
import type { QuoteSpan } from "./quoteSpans.js";

/** Before an incise inside a quotation: a comma. */
const INCISE_BEFORE = /,\s*$/u;
/** After it: the quotation goes on past a comma, or a sentence ends. */
const INCISE_AFTER = /^\s*(?:[,.;!?…]|$)/u;

/** The words of an incise after its inverted pronoun: when, where, to whom. */
const ADJUNCTS = /^[^.,;:!?«»"“”]{0,80}/u;

/** Between an incise's verb and the name of its subject: nothing, or an honorific ("M.", "Dr"). */
const NAMED_SUBJECT_BEFORE = /^\s*(?:(?:M\.|Mme|Mlle|Me|Dr\.?|Pr\.?)\s+)?$/u;

/**
 * The subject of an inverted incise that names nobody: a definite or demonstrative description
 * ("le ministre", "l'entourage du député", "le site"), or an indefinite one ("un manifestant",
 * "une source"). A possessive one ("leur avocate") may be who spoke before: it is left open.
 */
const DEFINITE = /^\s*(?:\p{Ll}+\s+){0,3}?(?:le|la|les|l['’]|ce|cet|cette)\s*\p{L}/u;
const INDEFINITE = /^\s*(?:\p{Ll}+\s+){0,3}?(?:un|une|des|plusieurs|certains|certaines)\s+\p{L}/u;

/**
 * The speaker an incise inside the quotation names with an inverted pronoun or a name: "« Je prenais le
 * moins de risque possible, assure-t-il. Je n'ai fait que discuter. »", "« Il faut, explique-t-elle,
 * partir »", "« Je sais …, a reconnu M. Bussereau. C'est … »". The pronoun is read as one right
 * before the quotation would be.
 */
export function inciseSpeaker(input: AttributionInput, span: QuoteSpan): Speaker {
  const inside = input.text.slice(span.start, span.end);
  for (const verb of findSpeechVerbs(inside)) {
    if (verb.nonFinite || !INCISE_BEFORE.test(inside.slice(0, verb.index))) continue;
    if (verb.pronoun !== null) {
      // "…, a-t-il déclaré mercredi au Parisien. Par le passé …": past the incise's adjuncts.
      const past = inside.slice(verb.end).replace(ADJUNCTS, "");
      if (INCISE_AFTER.test(past)) return pronoun(input, verb.pronoun, span.open);
      continue;
    }
    // "« Je sais que c'est une dépense, a reconnu M. Bussereau. C'est une piste … »".
    const at = span.start + verb.end;
    const named = input.quotedMentions.find(
      (m) =>
        m.start >= at &&
        NAMED_SUBJECT_BEFORE.test(input.text.slice(at, m.start)) &&
        INCISE_AFTER.test(input.text.slice(m.end, span.end)) &&
        // The quotation goes on past the incise ("salue Jean Dupont !" ends it: an imperative).
        /\p{L}/u.test(input.text.slice(m.end, span.end)),
    );
    if (named) return { personId: named.personId, attribution: "named-after" };
    // "« C'est un réel avertissement, a confirmé au Parisien l'entourage du député. Et qui … »":
    // a described subject — the person it stands for, else someone the text does not name, who
    // is still not whoever spoke before.
    const clause = /^[^.,;:!?«»"“”]*/u.exec(input.text.slice(at, span.end))?.[0] ?? "";
    const rest = input.text.slice(at + clause.length, span.end);
    // The quotation goes on past the incise, as above ("salue Jean Dupont !" is no incise).
    if (!INCISE_AFTER.test(rest) || !/\p{L}/u.test(rest)) continue;
    // "…, assure le député LFI Éric Coquerel. …", "…, explique Michel Sapin au Monde. …".
    const inClause = input.quotedMentions.find(
      (m) =>
        m.start >= at &&
        m.end <= at + clause.length &&
        // "…, s'inquiète un proche de Hollande. …": the complement of a noun is not who spoke.
        !COMPLEMENT_BEFORE.test(input.text.slice(at, m.start)),
    );
    if (inClause) return { personId: inClause.personId, attribution: "named-after" };
    const indefinite = INDEFINITE.test(clause);
    const definite = !indefinite && DEFINITE.test(clause);
    // "…, assure un employé, Daniel Real, mais …": the description's name, in apposition.
    const end = at + clause.length;
    const apposed = input.quotedMentions.find(
      (m) =>
        m.start >= end &&
        /^\s*,\s*$/u.test(input.text.slice(end, m.start)) &&
        INCISE_AFTER.test(input.text.slice(m.end, span.end)),
    );
    if ((indefinite || definite) && apposed) {
      return { personId: apposed.personId, attribution: "named-after" };
    }
    // "…, a assuré une source à la présidence. …": someone the text leaves unnamed.
    if (indefinite) return UNRESOLVED;
    if (definite) {
      const found = describedSpeaker(input, clause, span.open);
      return found.personId ? found : UNRESOLVED;
    }
  }
  return NO_SPEAKER;
}
