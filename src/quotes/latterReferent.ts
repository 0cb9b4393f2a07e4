import type { Mention } from "../officials/findMentions.js";
import { lastSentenceEnd } from "./sentenceStart.js";

/**
 * Whom "ce dernier" or "cette dernière" at offset `at` designates: the person named last before
 * it, in its own sentence or the one before, whose gender may agree (`fits`) — "… la tranche
 * d'info pilotée par Marc-Olivier Fogiel. Ce dernier avait annoncé …" is Fogiel, where "il"
 * would take up the subject, Alain Duhamel. Null when those sentences name nobody who agrees.
 */
export function latterReferent(
  text: string,
  mentions: readonly Mention[],
  fits: (personId: string) => boolean,
  at: number,
): string | null {
  // Past `at`, so that a sentence opening right there ("… Fogiel. Ce dernier") is seen to start.
  const sentenceStart = lastSentenceEnd(text, Math.min(text.length, at + 1));
  const from = sentenceStart > 0 ? lastSentenceEnd(text, sentenceStart - 1) : 0;
  for (let i = mentions.length - 1; i >= 0; i--) {
    const m = mentions[i];
    if (m === undefined || m.end > at) continue;
    if (m.start < from) return null;
    if (fits(m.personId)) return m.personId;
  }
  return null;
}
