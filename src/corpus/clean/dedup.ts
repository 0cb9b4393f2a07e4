import { charClass } from "../../nlp/charClass.js";
import { foldDiacritics } from "../../nlp/index.js";

/**
 * Key under which two blocks count as the same paragraph: case, accents, spacing and quotes ignored.
 * Same as `blockKeyByRegex`, in one scan: each maximal run of punctuation, symbols and whitespace
 * becomes one space (none at either end), and most text between the runs is copied by slices.
 */
export function blockKey(block: string): string {
  const folded = foldDiacritics(block.toLowerCase());
  const n = folded.length;
  let out = "";
  let from = 0;
  let i = 0;
  while (i < n) {
    const codePoint = folded.codePointAt(i) ?? 0;
    const width = codePoint > 0xffff ? 2 : 1;
    if (!SEPARATOR.hasCodePoint(codePoint)) {
      i += width;
      continue;
    }
    let end = i + width;
    while (end < n) {
      const next = folded.codePointAt(end) ?? 0;
      if (!SEPARATOR.hasCodePoint(next)) break;
      end += next > 0xffff ? 2 : 1;
    }
    const replacement = i === 0 || end === n ? "" : " ";
    if (replacement === " " && end === i + 1 && codePoint === 32) {
      i = end; // one plain space between words: kept as it is
      continue;
    }
    out += folded.slice(from, i) + replacement;
    from = end;
    i = end;
  }
  if (from === 0) return folded;
  return from < n ? out + folded.slice(from) : out;
}

/** Punctuation, symbols and whitespace: what `blockKeyByRegex` turns into spaces and trims. */
const SEPARATOR = charClass(/[\p{P}\p{S}\s]/u);

/** The definition of `blockKey` with regular expressions, kept for the tests that compare the two. */
export function blockKeyByRegex(block: string): string {
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

/** A near-duplicate finder's knowledge as plain data (what a saved index keeps of it). */
export interface NearDuplicateState {
  readonly termIds: ReadonlyMap<string, number>;
  readonly postings: readonly (readonly number[])[];
  readonly sizes: readonly number[];
  readonly dropped: Uint8Array;
}

/** What adding one sentence decided: drop it, or keep it and drop these earlier ones. */
export interface NearDuplicateVerdict {
  readonly keep: boolean;
  /** Earlier sentences it makes redundant (possibly even when it is itself dropped). */
  readonly drops: readonly number[];
}

/**
 * Near-duplicate sentences (same story told twice, a standfirst repeated by the first paragraph,
 * one wire story in two outlets). Two sentences are near-duplicates when at least 80 % of the
 * shorter one's distinct terms occur in the other; of such a pair the one with more terms is kept,
 * the first seen on a tie. Candidates come from an inverted index over terms, skipping terms too
 * common to discriminate, so the cost grows with the number of sentences, not its square.
 *
 * Stateful so that a corpus can grow: sentences are numbered in the order they are added, and
 * adding more later gives the same verdicts as adding them all at once. Terms are interned as
 * integers and overlaps counted in a typed array (the inner loop runs for every posting).
 */
export class NearDuplicateFinder {
  private readonly termIds: Map<string, number>;
  private readonly postings: number[][];
  private readonly sizes: number[];
  /** 1 for a dropped sentence (a flag array: it is read for every candidate met). */
  private dropped: Uint8Array;
  private overlap: Int32Array;
  private readonly touched: number[] = [];

  /** Empty, or going on from `state()` of another finder (a saved index). */
  constructor(saved?: NearDuplicateState) {
    this.termIds = new Map(saved?.termIds);
    this.postings = saved ? saved.postings.map((list) => [...list]) : [];
    this.sizes = saved ? [...saved.sizes] : [];
    this.dropped = saved ? Uint8Array.from(saved.dropped) : new Uint8Array(1024);
    this.overlap = new Int32Array(this.dropped.length);
  }

  /** What it knows, as plain data (a copy): give it to the constructor to go on from here. */
  state(): NearDuplicateState {
    return {
      termIds: new Map(this.termIds),
      postings: this.postings.map((list) => [...list]),
      sizes: [...this.sizes],
      dropped: this.dropped.slice(),
    };
  }

  /** Sentences added so far (the next sentence's number). */
  get count(): number {
    return this.sizes.length;
  }

  /** Whether sentence `index` has been dropped, when it was added or by a richer later one. */
  isDropped(index: number): boolean {
    return this.dropped[index] === 1;
  }

  /** Adds the next sentence (its distinct terms) and says whether it, or earlier ones, go. */
  add(terms: ReadonlySet<string>): NearDuplicateVerdict {
    const index = this.sizes.length;
    this.sizes.push(terms.size);
    if (this.overlap.length <= index) {
      const length = Math.max(this.overlap.length * 2, index + 1);
      const grown = new Int32Array(length);
      grown.set(this.overlap);
      this.overlap = grown;
      const flags = new Uint8Array(length);
      flags.set(this.dropped);
      this.dropped = flags;
    }
    if (terms.size < MIN_TERMS) return { keep: true, drops: [] };
    const ids: number[] = [];
    const overlap = this.overlap;
    const touched = this.touched;
    const dropped = this.dropped;
    for (const term of terms) {
      let id = this.termIds.get(term);
      if (id === undefined) {
        id = this.postings.length;
        this.termIds.set(term, id);
        this.postings.push([]);
      }
      ids.push(id);
      const list = this.postings[id];
      if (!list || list.length > MAX_POSTINGS) continue;
      for (let k = 0; k < list.length; k++) {
        const other = list[k] as number;
        // A dropped sentence is never a candidate: not counted (the verdict loop skipped it).
        if (dropped[other] === 1) continue;
        if (overlap[other] === 0) touched.push(other);
        overlap[other] = (overlap[other] as number) + 1;
      }
    }
    const drops: number[] = [];
    let keep = true;
    // In order of first overlap, as the candidates were met: the verdict depends on that order.
    for (let k = 0; k < touched.length && keep; k++) {
      const other = touched[k] as number;
      if (dropped[other] === 1) continue;
      const otherSize = this.sizes[other] ?? 0;
      const shared = this.overlap[other] ?? 0;
      if (shared / Math.min(terms.size, otherSize) < CONTAINMENT) continue;
      if (terms.size > otherSize) {
        dropped[other] = 1;
        drops.push(other);
      } else {
        dropped[index] = 1;
        keep = false;
      }
    }
    for (let k = 0; k < touched.length; k++) overlap[touched[k] as number] = 0;
    touched.length = 0;
    if (!keep) return { keep, drops };
    // A list past the limit is never read again: it stops growing (memory stays linear in terms).
    for (const id of ids) {
      const list = this.postings[id];
      if (list && list.length <= MAX_POSTINGS) list.push(index);
    }
    return { keep: true, drops };
  }
}

/** Indices (into `termSets`) of the sentences near-duplicate detection drops, all at once. */
export function findNearDuplicates(termSets: readonly ReadonlySet<string>[]): Set<number> {
  const finder = new NearDuplicateFinder();
  const dropped = new Set<number>();
  termSets.forEach((terms, index) => {
    const verdict = finder.add(terms);
    if (!verdict.keep) dropped.add(index);
    for (const other of verdict.drops) dropped.add(other);
  });
  return dropped;
}
