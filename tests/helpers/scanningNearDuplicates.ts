/**
 * The definition of near-duplicate verdicts, written the plain way: every discriminating term's
 * list scanned in full, overlaps counted as candidates are met. `NearDuplicateFinder` must give
 * the same verdicts while scanning fewer lists; the tests compare the two.
 */
const MIN_TERMS = 6;
const CONTAINMENT = 0.8;
const MAX_POSTINGS = 400;

export class ScanningNearDuplicates {
  private readonly postings = new Map<string, number[]>();
  private readonly sizes: number[] = [];
  private readonly dropped = new Set<number>();

  add(terms: ReadonlySet<string>): { keep: boolean; drops: number[] } {
    const index = this.sizes.length;
    this.sizes.push(terms.size);
    if (terms.size < MIN_TERMS) return { keep: true, drops: [] };
    const overlap = new Map<number, number>(); // insertion order: order of first overlap
    const lists: number[][] = [];
    for (const term of terms) {
      const list = this.postings.get(term) ?? [];
      this.postings.set(term, list);
      if (list.length > MAX_POSTINGS) continue;
      lists.push(list);
      for (const other of list) {
        if (!this.dropped.has(other)) overlap.set(other, (overlap.get(other) ?? 0) + 1);
      }
    }
    const drops: number[] = [];
    for (const [other, shared] of overlap) {
      const otherSize = this.sizes[other] ?? 0;
      if (shared / Math.min(terms.size, otherSize) < CONTAINMENT) continue;
      if (terms.size > otherSize) {
        this.dropped.add(other);
        drops.push(other);
      } else {
        this.dropped.add(index);
        return { keep: false, drops };
      }
    }
    for (const list of lists) list.push(index);
    return { keep: true, drops };
  }
}
