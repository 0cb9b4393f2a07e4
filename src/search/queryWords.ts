import { terms } from "../nlp/index.js";

/**
 * The words of a query as term groups: one group per word, its French and English terms (a
 * reader may type either language); a stopword of either language ("de", "the") is no word to
 * match.
 */
export function queryWords(query: string): string[][] {
  return query.split(/\s+/u).flatMap((word) => {
    const fr = terms(word, "fr");
    const en = terms(word, "en");
    return fr.length === 0 || en.length === 0 ? [] : [[...new Set([...fr, ...en])]];
  });
}

/** How many of the words a match must hold: all of them, or all but one from three words on. */
export function wordsNeeded(words: readonly (readonly string[])[]): number {
  return words.length >= 3 ? words.length - 1 : words.length;
}

/** How many of the words `have` holds (a word counts when any of its terms is there). */
export function wordsHeld(
  words: readonly (readonly string[])[],
  have: { has(term: string): boolean },
): number {
  let held = 0;
  for (const group of words) if (group.some((t) => have.has(t))) held++;
  return held;
}

/** `wordsHeld` over a short list of terms (a sentence's), without building a set. */
export function wordsHeldIn(
  words: readonly (readonly string[])[],
  have: readonly string[],
): number {
  return wordsHeld(words, { has: (term) => have.includes(term) });
}
