/**
 * Recency prior of a briefing sentence: 1 + RECENCY_BOOST × 2^(−age / RECENCY_HALF_LIFE_DAYS),
 * where age is in days before the newest dated article of the corpus (not the wall clock, so a
 * briefing of an old corpus still prefers its latest news). Range [1, 1 + RECENCY_BOOST]: the
 * newest sentences weigh 1.25, a week older 1.125, a month older ≈ 1.01. Undated sentences get 1,
 * as do all when nothing is dated: neither boosted nor excluded. Mild next to the topic score.
 */
export const RECENCY_BOOST = 0.25;
export const RECENCY_HALF_LIFE_DAYS = 7;

const DAY_MS = 86_400_000;

export function recencyFactor(date: string | null, newest: string | null): number {
  if (date === null || newest === null) return 1;
  const age = Math.max(0, (dayOf(newest) - dayOf(date)) / DAY_MS);
  return 1 + RECENCY_BOOST * 2 ** (-age / RECENCY_HALF_LIFE_DAYS);
}

/** Milliseconds of a "YYYY-MM-DD" or "YYYY-MM" date (a month counts from its first day). */
function dayOf(date: string): number {
  const [year = 0, month = 1, day = 1] = date.split("-").map(Number);
  return Date.UTC(year, month - 1, day);
}
