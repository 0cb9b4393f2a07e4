import { significantWords } from "./nameKey.js";
import type { NameMatcher } from "./nameMatcher.js";
import { CAPITALISED_RUN, NOT_A_FIRST_NAME } from "./namePatterns.js";

/** A person named in a sentence: where, and how it was written ("Bliken"). */
export interface Mention {
  readonly personId: string;
  readonly start: number;
  readonly end: number;
  readonly surface: string;
}

/**
 * Finds the people named in a sentence: each run of capitalised words is matched on its last
 * word as a surname and, when the word before it is a name rather than a title, on that word as
 * the first name. Typos and transliterations match through `NameMatcher`.
 */
export function findMentions(sentence: string, matcher: NameMatcher): Mention[] {
  const mentions: Mention[] = [];
  for (const match of sentence.matchAll(CAPITALISED_RUN)) {
    const words = match[0].split(/\s+/);
    const surname = words[words.length - 1] ?? "";
    // The first name is the nearest word before the surname that is not a particle ("von der").
    let f = words.length - 2;
    while (f >= 0 && /^\p{Ll}/u.test(words[f] ?? "")) f--;
    const before = f >= 0 ? words[f] : undefined;
    const firstName =
      before !== undefined && !NOT_A_FIRST_NAME.has(before.toLowerCase()) ? before : undefined;
    let matches = firstName ? matcher.match(significantWords(`${firstName} ${surname}`)) : [];
    let surface = firstName ? words.slice(f).join(" ") : surname;
    if (matches.length === 0 && !firstName) matches = matcher.match(significantWords(surname));
    if (matches.length === 0 && firstName && !isNameWord(firstName)) {
      matches = matcher.match(significantWords(surname));
      surface = surname;
    }
    const person = matches.length === 1 ? matches[0]?.person : undefined;
    if (!person) continue;
    const end = (match.index ?? 0) + match[0].length;
    mentions.push({ personId: person.id, start: end - surface.length, end, surface });
  }
  return mentions;
}

/** Whether a capitalised word looks like a given name rather than an organisation ("Kremlin"). */
function isNameWord(word: string): boolean {
  return /^\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?$/u.test(word) && word.length <= 12;
}
