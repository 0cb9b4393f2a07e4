import { findSpeechVerbs } from "../src/nlp/speechVerbs.js";
import { findQuoteSpans } from "../src/quotes/quoteSpans.js";

/**
 * Whether a sentence as shown to a reader holds a quotation (at least three words between the
 * marks) without saying who spoke — checked on the shown text alone, independently of how the
 * engine attributed it: the speaker is shown when the text outside the marks has a name-like
 * capitalised word after its first word, a "Name : " lead, "selon …", or a speech verb whose
 * subject is not a bare pronoun.
 */
export function isBareQuote(shown: string): boolean {
  const spans = findQuoteSpans(shown).filter(
    (s) =>
      shown
        .slice(s.start, s.end)
        .split(/\s+/u)
        .filter((w) => /\p{L}/u.test(w)).length >= 3,
  );
  if (spans.length === 0) return false;
  let outside = "";
  let at = 0;
  for (const s of findQuoteSpans(shown)) {
    outside += `${shown.slice(at, s.open)} `;
    at = Math.max(at, s.close);
  }
  outside += shown.slice(at);
  if (/^[^«“"]{2,60}\s:\s/u.test(shown)) return false;
  if (/(?:^|[\s,])(?:selon|d['’]après)\s/iu.test(outside)) return false;
  const words = outside.trim().split(/\s+/u).slice(1);
  if (words.some((w) => /^\p{Lu}\p{Ll}/u.test(w))) return false;
  return !findSpeechVerbs(outside).some(
    (v) =>
      v.pronoun === null &&
      !/-(?:t-)?(?:il|elle|ils|elles|on)\b/iu.test(outside.slice(v.index, v.end)) &&
      !/(?:^|\s)(?:il|elle|ils|elles|on)\s+(?:\S+\s+)?$/iu.test(outside.slice(0, v.index)),
  );
}
