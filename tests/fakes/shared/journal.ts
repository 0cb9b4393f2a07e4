/**
 * An append-only log that tests can inspect and await. `waitFor` and `waitForMany` look at what is already
 * recorded first, then at what arrives, and on timeout says what was expected and what was found.
 */
export class Journal<T> {
  readonly #entries: T[] = [];
  readonly #waiters = new Set<() => void>();

  constructor(private readonly describe: (entry: T) => string) {}

  get entries(): readonly T[] {
    return this.#entries;
  }

  add(entry: T): void {
    this.#entries.push(entry);
    for (const wake of [...this.#waiters]) wake();
  }

  /** Resolves with the first `count` matching entries, oldest first. */
  waitForMany(
    predicate: (entry: T) => boolean,
    count: number,
    timeoutMs: number,
    what: string,
  ): Promise<T[]> {
    return new Promise((resolve, reject) => {
      const check = (): boolean => {
        const matches = this.#entries.filter(predicate);
        if (matches.length < count) return false;
        finish();
        resolve(matches.slice(0, count));
        return true;
      };
      const timer = setTimeout(() => {
        finish();
        const found = this.#entries.map(this.describe);
        const seen = this.#entries.filter(predicate).length;
        reject(
          new Error(
            `expected ${count} × ${what} within ${timeoutMs} ms, found ${seen}; recorded:\n  ${
              found.length > 0 ? found.join("\n  ") : "(nothing)"
            }`,
          ),
        );
      }, timeoutMs);
      const finish = (): void => {
        clearTimeout(timer);
        this.#waiters.delete(wake);
      };
      const wake = (): void => {
        check();
      };
      if (!check()) this.#waiters.add(wake);
    });
  }

  async waitFor(predicate: (entry: T) => boolean, timeoutMs: number, what: string): Promise<T> {
    const [first] = await this.waitForMany(predicate, 1, timeoutMs, what);
    if (first === undefined) throw new Error(`expected ${what}, found nothing`);
    return first;
  }
}
