/** How digests are scheduled and delivered (from the environment, validated at start-up). */
export interface ScheduleSettings {
  /** Default time and zone of a new subscription. */
  readonly defaultTime: string;
  readonly defaultTimezone: string;
  /** The first digest of a channel covers the articles of the last N days of the corpus. */
  readonly backfillDays: number;
  /** Nothing new since the last digest: post a one-line notice, or stay silent. */
  readonly whenNothingNew: "notice" | "silent";
  /** A digest missed while the bot was down is posted at start-up if at most this late. */
  readonly graceMinutes: number;
  /** Attempts to post one digest before it is recorded as failed. */
  readonly maxAttempts: number;
  /** First retry delay; doubled at each attempt. */
  readonly retryBaseMs: number;
  /** How long a run's lock lives: a dead holder's run is taken over after this. */
  readonly lockTtlMs: number;
}

export const DEFAULT_SCHEDULE: ScheduleSettings = {
  defaultTime: "08:00",
  defaultTimezone: "UTC",
  backfillDays: 7,
  whenNothingNew: "notice",
  graceMinutes: 120,
  maxAttempts: 4,
  retryBaseMs: 2000,
  lockTtlMs: 120_000,
};
