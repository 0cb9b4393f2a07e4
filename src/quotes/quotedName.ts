import { findSpeechVerbs } from "../nlp/speechVerbs.js";
import { FIRST_PERSON, type QuoteSpan } from "./quoteSpans.js";

/** At most this many words: a title or a name, not a sentence someone said. */
const MAX_NAME_WORDS = 5;
/** At most this many words after a noun of works ("l'émission « … »"). */
const MAX_TITLE_WORDS = 8;
/** A noun of works and programmes right before a quotation, with its "de": "le plateau de". */
const TITLE_NOUN_BEFORE =
  /(?:^|\s)(?:plateau|émission|magazine|film|livre|roman|ouvrage|série|mini-série|chanson|album|spectacle|documentaire|programme|podcast|rubrique|tube|single|clip|feuilleton|jeu)(?:\s+(?:de|du|d['’]))?$/iu;
/** Inside a name: no sentence or clause punctuation. */
const CLAUSE_PUNCTUATION = /[.,;:!?…]/u;

/**
 * Whether a quotation is the name of a thing rather than someone's words: a title of a work, a
 * programme, a collection or a label written in quotation marks where a noun phrase goes ("la
 * mini-série « Vestiaires »", "le concept « Mission 500 »", "le film de 2013 « Bling Ring »",
 * "le magazine américain « First Things »"). It opens on a capital letter or a digit, has at most
 * five words, no clause punctuation and no first person, and follows a lower-case word or a
 * number of its sentence that is not a speech verb ("avant de déclarer « Merci pour ce moment »"
 * is said; a quotation opening its sentence or after a colon is never a name here).
 */
export function isQuotedName(text: string, span: QuoteSpan): boolean {
  if (span.missingOpen) return false;
  const words = text.slice(span.start, span.end);
  if (!/^[\p{Lu}\d]/u.test(words) || CLAUSE_PUNCTUATION.test(words)) return false;
  const before = text.slice(Math.max(0, span.open - 60), span.open).trimEnd();
  // "sur le plateau de « Touche pas à mon poste »": after a noun of works and programmes, a
  // title may speak in the first person and run a little longer.
  const titled = TITLE_NOUN_BEFORE.test(before);
  const count = (words.match(/[\p{L}\d][\p{L}\d'’-]*/gu) ?? []).length;
  if (count > (titled ? MAX_TITLE_WORDS : MAX_NAME_WORDS)) return false;
  if (FIRST_PERSON.test(words) && !titled) return false;
  if (!/[\p{Ll}\d]$/u.test(before)) return false;
  const verbs = findSpeechVerbs(before);
  const last = verbs[verbs.length - 1];
  return last === undefined || last.end < before.length;
}
