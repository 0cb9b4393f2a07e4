/**
 * Cuts a sentence into clauses at the places where another clause can be spliced in: a comma or
 * semicolon, or a coordinating/relative word (et, mais, qui, dont, and, but, which, who), never
 * inside quotation marks or brackets, so a quotation stays whole and balanced.
 *
 * Returns the clauses in order; every clause after the first starts with its separator
 * (", qui a…", " et les…"), so `clauses.join("")` gives the sentence back. Clauses shorter than
 * `MIN_WORDS` are merged into their neighbour; a sentence with no cut point is one clause.
 */
const MIN_WORDS = 3;
const CONJUNCTION = /^ (?:et|mais|qui|dont|où|and|but|which|who|while|as) /u;
const OPENERS = new Set(["«", "“", "(", "["]);
const CLOSERS = new Set(["»", "”", ")", "]"]);

export function splitClauses(sentence: string): string[] {
  const cuts: number[] = [];
  let depth = 0;
  let straightQuote = false;
  for (let i = 0; i < sentence.length; i++) {
    const char = sentence[i] ?? "";
    if (OPENERS.has(char)) depth++;
    else if (CLOSERS.has(char)) depth = Math.max(0, depth - 1);
    else if (char === '"') straightQuote = !straightQuote;
    if (depth > 0 || straightQuote) continue;
    if ((char === "," || char === ";") && sentence[i + 1] === " ") cuts.push(i);
    else if (
      char === " " &&
      !/[,;]/.test(sentence[i - 1] ?? "") &&
      CONJUNCTION.test(sentence.slice(i, i + 8))
    ) {
      cuts.push(i);
    }
  }
  const clauses: string[] = [];
  let start = 0;
  for (const cut of [...cuts, sentence.length]) {
    const clause = sentence.slice(start, cut);
    const previous = clauses[clauses.length - 1];
    if (previous !== undefined && wordCount(clause) < MIN_WORDS) {
      clauses[clauses.length - 1] = previous + clause;
    } else if (previous !== undefined && wordCount(previous) < MIN_WORDS) {
      clauses[clauses.length - 1] = previous + clause;
    } else {
      clauses.push(clause);
    }
    start = cut;
  }
  return clauses.filter((c) => c !== "");
}

function wordCount(text: string): number {
  return text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
}
