import { significantWords } from "./nameKey.js";
import type { NameMatcher } from "./nameMatcher.js";
import { CAPITALISED_RUNS, NOT_A_FIRST_NAME } from "./namePatterns.js";

/** A person named in a sentence: where, and how it was written ("Bliken"). */
export interface Mention {
  readonly personId: string;
  readonly start: number;
  readonly end: number;
  readonly surface: string;
}

/** Who a run of capitalised words names, and the words that name them (the run's end). */
interface RunMention {
  readonly personId: string;
  readonly surface: string;
}

/**
 * Finds the people named in sentences: each run of capitalised words is matched on its last word
 * as a surname and, when the word before it is a name rather than a title, on that word as the
 * first name. Typos and transliterations match through `NameMatcher`. A run's person depends on
 * the run's text alone, and the same runs ("Antony Blinken", "Moscou") recur thousands of times
 * in a corpus, so each is looked up once per finder (make one per build: it remembers them all).
 */
export class MentionFinder {
  private readonly byRun = new Map<string, RunMention | null>();

  constructor(private readonly matcher: NameMatcher) {}

  find(sentence: string): Mention[] {
    const mentions: Mention[] = [];
    for (const match of CAPITALISED_RUNS.matches(sentence)) {
      let found = this.byRun.get(match[0]);
      if (found === undefined) {
        found = runMention(match[0], this.matcher);
        this.byRun.set(match[0], found);
      }
      if (!found) continue;
      const end = match.index + match[0].length;
      const { personId, surface } = found;
      mentions.push({ personId, start: end - surface.length, end, surface });
    }
    return mentions;
  }
}

function runMention(run: string, matcher: NameMatcher): RunMention | null {
  const words = run.split(/\s+/);
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
  return person ? { personId: person.id, surface } : null;
}

/** Whether a capitalised word looks like a given name rather than an organisation ("Kremlin"). */
function isNameWord(word: string): boolean {
  return /^\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?$/u.test(word) && word.length <= 12;
}
