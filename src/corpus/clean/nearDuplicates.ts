/** Minimum number of distinct terms for a sentence to take part in near-duplicate detection. */
const MIN_TERMS = 6;
/** Share of the shorter sentence's terms found in the other one for them to be near-duplicates. */
const CONTAINMENT = 0.8;
/** Terms found in more sentences than this are too common to find candidates with. */
const MAX_POSTINGS = 400;
/**
 * Posting lists of a sentence's terms that are not scanned for candidates, the longest ones:
 * two sentences of at least `MIN_TERMS` terms are near-duplicates only when they share at least
 * ⌈0.8 × 6⌉ = 5 terms, so a near-duplicate shares at least one of the other terms and is met
 * there; its overlap in the skipped lists is then counted by looking it up in them.
 */
const UNSCANNED_LISTS = Math.ceil(CONTAINMENT * MIN_TERMS) - 1;

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
 * shorter one's distinct terms occur in the other, counting the terms found in at most
 * `MAX_POSTINGS` earlier kept sentences (commoner ones do not discriminate); of such a pair the
 * one with more terms is kept. A new sentence is weighed against its near-duplicates in the order
 * they share a term with it (its terms in order, then earlier sentences first): a richer one drops
 * it, and the poorer ones met before that are dropped.
 *
 * Candidates come from an inverted index over terms, so the cost grows with the number of
 * sentences, not its square; the longest lists of a sentence's terms are not scanned but searched
 * for the candidates met in the others (`UNSCANNED_LISTS`), which reads about a third of the
 * postings and gives the same verdicts. Stateful so that a corpus can grow: sentences are numbered
 * in the order they are added, and adding more later gives the same verdicts as adding them all at
 * once. Terms are interned as integers and overlaps counted in typed arrays.
 */
export class NearDuplicateFinder {
  private readonly termIds: Map<string, number>;
  /** Per term, the kept sentences holding it, in ascending order (searched by bisection). */
  private readonly postings: number[][];
  private readonly sizes: number[];
  /** 1 for a dropped sentence (a flag array: it is read for every candidate met). */
  private dropped: Uint8Array;
  /** Per candidate of the sentence being added: terms shared in the scanned lists. */
  private overlap: Int32Array;
  /** Per candidate: the position (among the sentence's terms) of the first term shared. */
  private firstShared: Int32Array;
  private readonly touched: number[] = [];

  /** Empty, or going on from `state()` of another finder (a saved index). */
  constructor(saved?: NearDuplicateState) {
    this.termIds = new Map(saved?.termIds);
    this.postings = saved ? saved.postings.map((list) => [...list]) : [];
    this.sizes = saved ? [...saved.sizes] : [];
    this.dropped = saved ? Uint8Array.from(saved.dropped) : new Uint8Array(1024);
    this.overlap = new Int32Array(this.dropped.length);
    this.firstShared = new Int32Array(this.dropped.length);
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
    this.makeRoom(index);
    if (terms.size < MIN_TERMS) return { keep: true, drops: [] };
    // The lists short enough to discriminate, in the order of the sentence's terms.
    const lists: number[][] = [];
    for (const term of terms) {
      let id = this.termIds.get(term);
      if (id === undefined) {
        id = this.postings.length;
        this.termIds.set(term, id);
        this.postings.push([]);
      }
      const list = this.postings[id] as number[];
      if (list.length <= MAX_POSTINGS) lists.push(list);
    }
    const verdict = this.verdict(terms.size, lists, index);
    // A list past the limit is never read again: it stops growing (memory stays linear in terms).
    if (verdict.keep) for (const list of lists) list.push(index);
    return verdict;
  }

  private makeRoom(index: number): void {
    if (index < this.overlap.length) return;
    const length = Math.max(this.overlap.length * 2, index + 1);
    this.overlap = new Int32Array(length);
    this.firstShared = new Int32Array(length);
    const flags = new Uint8Array(length);
    flags.set(this.dropped);
    this.dropped = flags;
  }

  private verdict(size: number, lists: readonly number[][], index: number): NearDuplicateVerdict {
    const drops: number[] = [];
    // Fewer discriminating terms than a near-duplicate shares: there is none.
    if (lists.length <= UNSCANNED_LISTS) return { keep: true, drops };
    let keep = true;
    for (const other of this.nearDuplicates(size, lists)) {
      if (size > (this.sizes[other] ?? 0)) {
        this.dropped[other] = 1;
        drops.push(other);
      } else {
        this.dropped[index] = 1;
        keep = false;
        break;
      }
    }
    return { keep, drops };
  }

  /**
   * The kept near-duplicates of a sentence of `size` terms whose discriminating terms' lists are
   * `lists`, in the order a scan of every list would meet them: by the position of the first term
   * they share, then earlier sentences first.
   */
  private nearDuplicates(size: number, lists: readonly number[][]): number[] {
    const { overlap, firstShared, touched, dropped } = this;
    const unscanned = longest(lists, UNSCANNED_LISTS);
    for (let position = 0; position < lists.length; position++) {
      if (unscanned.has(position)) continue;
      const list = lists[position] as number[];
      for (let k = 0; k < list.length; k++) {
        const other = list[k] as number;
        if (dropped[other] === 1) continue;
        if (overlap[other] === 0) {
          touched.push(other);
          firstShared[other] = position;
        }
        overlap[other] = (overlap[other] as number) + 1;
      }
    }
    const found: number[] = [];
    for (let k = 0; k < touched.length; k++) {
      const other = touched[k] as number;
      const least = Math.min(size, this.sizes[other] ?? 0);
      let shared = overlap[other] as number;
      overlap[other] = 0;
      // Even sharing every unscanned term, too few: not looked up.
      if ((shared + unscanned.size) / least < CONTAINMENT) continue;
      for (const position of unscanned) {
        if (!holds(lists[position], other)) continue;
        shared++;
        if (position < (firstShared[other] as number)) firstShared[other] = position;
      }
      if (shared / least >= CONTAINMENT) found.push(other);
    }
    touched.length = 0;
    return found.sort((a, b) => (firstShared[a] as number) - (firstShared[b] as number) || a - b);
  }
}

/** Positions of the `count` longest lists. */
function longest(lists: readonly number[][], count: number): Set<number> {
  const positions = lists.map((_, position) => position);
  positions.sort((a, b) => (lists[b]?.length ?? 0) - (lists[a]?.length ?? 0) || a - b);
  return new Set(positions.slice(0, count));
}

/** Whether an ascending list holds `value` (bisection). */
function holds(list: readonly number[] | undefined, value: number): boolean {
  if (list === undefined) return false;
  let low = 0;
  let high = list.length - 1;
  while (low <= high) {
    const middle = (low + high) >>> 1;
    const found = list[middle] as number;
    if (found === value) return true;
    if (found < value) low = middle + 1;
    else high = middle - 1;
  }
  return false;
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
