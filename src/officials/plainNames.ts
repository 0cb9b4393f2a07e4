import { CAPITALISED_RUNS } from "./namePatterns.js";
import { splitRun } from "./splitRun.js";

/** The capitalised words of a sentence, as name candidates and as words standing alone. */
export interface CapitalisedWords {
  /**
   * Every full name written in the sentence, introduced or not ("Catherine Deneuve a trouvé
   * ça…"): the name part of each run of two or more capitalised words. Whether it is a person
   * is decided with the whole corpus in view (`PersonEvidence`): here it is only a candidate.
   */
  readonly names: string[];
  /** Capitalised words standing alone, past the sentence's first word ("à Paris", "chez Ferrari"). */
  readonly lone: string[];
}

export function capitalisedWords(sentence: string): CapitalisedWords {
  const names: string[] = [];
  const lone: string[] = [];
  for (const match of CAPITALISED_RUNS.matches(sentence)) {
    const split = splitRun(match[0]);
    if (split) names.push(split.name);
    else if (match.index > 0 && !/\s/.test(match[0])) lone.push(match[0]);
  }
  return { names, lone };
}
