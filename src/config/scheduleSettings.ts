/** How digests are scheduled and delivered (from the environment, validated at start-up). */
export interface ScheduleSettings {
  /** Default time and zone of a new subscription. */
  readonly defaultTime: string;
  readonly defaultTimezone: string;
  /** The first digest of a channel covers the articles of the last N days of the corpus. */
  readonly backfillDays: number;
  /** Nothing new since the last digest: post a one-line notice, or stay silent. */
  readonly whenNothingNew: "notice" | "silent";
  /**
   * The catch-up window: a slot is delivered (or retried) until it is this late; a slot still not
   * delivered then is recorded as failed.
   */
  readonly graceMinutes: number;
  /**
   * Attempts at one message in one go. A permanent refusal fails the run after that many; after
   * that many transient failures the run waits (`retryAt`) and is taken up again by a sweep.
   */
  readonly maxAttempts: number;
  /** First retry delay; doubled at each attempt, up to `retryMaxMs`. */
  readonly retryBaseMs: number;
  readonly retryMaxMs: number;
  /**
   * How long a run's lock lives without renewal: the holder renews it before every step, so a
   * dead holder's run is taken over by the next sweep after this.
   */
  readonly lockTtlMs: number;
  /** How often each instance looks for slots to deliver or take over. */
  readonly sweepMs: number;
}

export const DEFAULT_SCHEDULE: ScheduleSettings = {
  defaultTime: "08:00",
  defaultTimezone: "UTC",
  backfillDays: 7,
  whenNothingNew: "notice",
  graceMinutes: 120,
  maxAttempts: 4,
  retryBaseMs: 2000,
  retryMaxMs: 60_000,
  lockTtlMs: 120_000,
  sweepMs: 30_000,
};
