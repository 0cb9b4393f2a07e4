/**
 * Per-user cooldown so one person cannot flood a channel with briefings. Keyed by platform and
 * user; the clock is injected. `check` returns the seconds left to wait, or 0 and records the use.
 */
export class Cooldown {
  private readonly last = new Map<string, number>();

  constructor(
    private readonly seconds: number,
    private readonly now: () => Date,
  ) {}

  check(platform: string, userId: string): number {
    if (this.seconds <= 0) return 0;
    const key = `${platform}:${userId}`;
    const now = this.now().getTime();
    const previous = this.last.get(key);
    if (previous !== undefined) {
      const left = this.seconds - (now - previous) / 1000;
      if (left > 0) return Math.ceil(left);
    }
    this.last.set(key, now);
    if (this.last.size > 10_000) this.forgetOlderThan(now - this.seconds * 1000);
    return 0;
  }

  private forgetOlderThan(limit: number): void {
    for (const [key, at] of this.last) if (at < limit) this.last.delete(key);
  }
}
