/** How many requests may be under way at once, in all and to one host. */
export interface ConcurrencySettings {
  readonly total: number;
  readonly perHost: number;
}

export const DEFAULT_CONCURRENCY: ConcurrencySettings = Object.freeze({ total: 4, perHost: 2 });

interface Waiting {
  readonly host: string;
  readonly start: () => void;
}

/**
 * A gate every feed and page request goes through: at most `total` under way, at most
 * `perHost` to one host; the others wait their turn, first come first served among those
 * that may start. One per poller (or per `briefbot poll`), never module-level.
 */
export class ConcurrencyLimits {
  private running = 0;
  private readonly perHost = new Map<string, number>();
  private readonly queue: Waiting[] = [];

  constructor(private readonly settings: ConcurrencySettings = DEFAULT_CONCURRENCY) {}

  async run<T>(host: string, work: () => Promise<T>): Promise<T> {
    await new Promise<void>((resolve) => {
      this.queue.push({ host, start: resolve });
      this.pump();
    });
    try {
      return await work();
    } finally {
      this.running--;
      const left = (this.perHost.get(host) ?? 1) - 1;
      if (left === 0) this.perHost.delete(host);
      else this.perHost.set(host, left);
      this.pump();
    }
  }

  private pump(): void {
    for (let i = 0; i < this.queue.length && this.running < this.settings.total; ) {
      const next = this.queue[i] as Waiting;
      const busy = this.perHost.get(next.host) ?? 0;
      if (busy >= this.settings.perHost) {
        i++;
        continue;
      }
      this.queue.splice(i, 1);
      this.running++;
      this.perHost.set(next.host, busy + 1);
      next.start();
    }
  }
}
