import { findSpeechVerbs } from "../nlp/speechVerbs.js";
import { type AttributionInput, NO_SPEAKER, pronoun, type Speaker } from "./attributeSpeaker.js";
import type { QuoteSpan } from "./quoteSpans.js";

/** Before an incise inside a quotation: a comma. */
const INCISE_BEFORE = /,\s*$/u;
/** After it: the quotation goes on past a comma, or a sentence ends. */
const INCISE_AFTER = /^\s*(?:[,.;!?…]|$)/u;

/** Between an incise's verb and the name of its subject: nothing, or an honorific ("M.", "Dr"). */
const NAMED_SUBJECT_BEFORE = /^\s*(?:(?:M\.|Mme|Mlle|Me|Dr\.?|Pr\.?)\s+)?$/u;

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
      if (INCISE_AFTER.test(inside.slice(verb.end))) return pronoun(input, verb.pronoun, span.open);
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
  }
  return NO_SPEAKER;
}
