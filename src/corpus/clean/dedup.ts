import { foldDiacritics } from "../../nlp/index.js";

/** Key under which two blocks count as the same paragraph: case, accents, spacing and quotes ignored. */
export function blockKey(block: string): string {
  return foldDiacritics(block.toLowerCase())
    .replace(/[\p{P}\p{S}]+/gu, " ")
    .replace(/\s+/g, " ")
    .trim();
}

/**
 * Drops every block already seen earlier in the same document (repeated paragraphs). Pass one
 * `seen` set for all the articles of a document so a paragraph repeated across them goes too.
 */
export function dropRepeatedBlocks(blocks: readonly string[], seen = new Set<string>()): string[] {
  return blocks.filter((block) => {
    const key = blockKey(block);
    if (key === "" || seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** Minimum number of distinct terms for a sentence to take part in near-duplicate detection. */
const MIN_TERMS = 6;
/** Share of the shorter sentence's terms found in the other one for them to be near-duplicates. */
const CONTAINMENT = 0.8;
/** Terms found in more sentences than this are too common to find candidates with. */
const MAX_POSTINGS = 400;

/**
 * Near-duplicate sentences (same story told twice, a standfirst repeated by the first paragraph,
 * one wire story in two outlets). Two sentences are near-duplicates when at least 80 % of the
 * shorter one's distinct terms occur in the other; of such a pair the one with more terms is kept,
 * the first seen on a tie. Candidates come from an inverted index over terms, skipping terms too
 * common to discriminate, so the cost grows with the number of sentences, not its square.
 *
 * Returns the indices (into `termSets`) of the sentences to drop.
 */
export function findNearDuplicates(termSets: readonly ReadonlySet<string>[]): Set<number> {
  const postings = new Map<string, number[]>();
  const dropped = new Set<number>();
  termSets.forEach((terms, index) => {
    if (terms.size < MIN_TERMS) return;
    const overlap = new Map<number, number>();
    for (const term of terms) {
      const list = postings.get(term);
      if (!list || list.length > MAX_POSTINGS) continue;
      for (const other of list) overlap.set(other, (overlap.get(other) ?? 0) + 1);
    }
    for (const [other, shared] of overlap) {
      if (dropped.has(other)) continue;
      const otherSize = termSets[other]?.size ?? 0;
      if (shared / Math.min(terms.size, otherSize) < CONTAINMENT) continue;
      if (terms.size > otherSize) {
        dropped.add(other);
      } else {
        dropped.add(index);
        return;
      }
    }
    for (const term of terms) {
      const list = postings.get(term);
      if (list) list.push(index);
      else postings.set(term, [index]);
    }
  });
  return dropped;
}
