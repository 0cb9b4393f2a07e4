/** Problems listed one by one per file; the rest are counted in one closing line. */
export const MAX_PROBLEMS_LISTED = 20;

/** Records read from one JSON or JSONL file; the rest are skipped with one warning. */
export const MAX_RECORDS_PER_FILE = 10_000;

/**
 * The problems of one file, bounded: a file with a hundred thousand bad lines gives
 * {@link MAX_PROBLEMS_LISTED} warnings and one "and N more …" line, never a hundred thousand
 * (an unbounded list overflowed the stack where it was spread into another, and flooded stderr).
 */
export class FileProblems {
  private readonly listed: string[] = [];
  private skippedMore = 0;
  private ignoredMore = 0;
  private readonly closing: string[] = [];

  /** `unit`: what a skip skips ("line" in JSONL, "record" in a JSON array). */
  constructor(private readonly unit: string) {}

  /** A problem that cost a whole line or record. */
  skipped(reason: string): void {
    if (this.listed.length < MAX_PROBLEMS_LISTED) this.listed.push(reason);
    else this.skippedMore++;
  }

  /** A problem that cost a field only; the record still loads. */
  ignored(reason: string): void {
    if (this.listed.length < MAX_PROBLEMS_LISTED) this.listed.push(reason);
    else this.ignoredMore++;
  }

  /** A problem always listed, after the others (the record cap). */
  last(reason: string): void {
    this.closing.push(reason);
  }

  /** The listed problems, the count of the others, then the closing ones. */
  list(): string[] {
    const out = [...this.listed];
    const more: string[] = [];
    if (this.skippedMore > 0) more.push(`${count(this.skippedMore)} more ${this.unit}s skipped`);
    if (this.ignoredMore > 0) more.push(`${count(this.ignoredMore)} more fields ignored`);
    if (more.length > 0) out.push(`and ${more.join(", ")} (not listed)`);
    out.push(...this.closing);
    return out;
  }
}

/** 129981 → "129,981", the same on every machine. */
export function count(n: number): string {
  return n.toLocaleString("en-US");
}
