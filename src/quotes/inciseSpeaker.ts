import { findSpeechVerbs } from "../nlp/speechVerbs.js";
import { type AttributionInput, NO_SPEAKER, pronoun, type Speaker } from "./attributeSpeaker.js";
import type { QuoteSpan } from "./quoteSpans.js";

/** Before an incise inside a quotation: a comma. */
const INCISE_BEFORE = /,\s*$/u;
/** After it: the quotation goes on past a comma, or a sentence ends. */
const INCISE_AFTER = /^\s*(?:[,.;!?…]|$)/u;

/**
 * The speaker an incise inside the quotation names with an inverted pronoun: "« Je prenais le
 * moins de risque possible, assure-t-il. Je n'ai fait que discuter. »", "« Il faut, explique-t-elle,
 * partir »". The pronoun is read as one right before the quotation would be.
 */
export function inciseSpeaker(input: AttributionInput, span: QuoteSpan): Speaker {
  const inside = input.text.slice(span.start, span.end);
  for (const verb of findSpeechVerbs(inside)) {
    if (verb.nonFinite || verb.pronoun === null) continue;
    if (!INCISE_BEFORE.test(inside.slice(0, verb.index))) continue;
    if (!INCISE_AFTER.test(inside.slice(verb.end))) continue;
    return pronoun(input, verb.pronoun, span.open);
  }
  return NO_SPEAKER;
}
