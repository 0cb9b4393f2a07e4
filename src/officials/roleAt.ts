import type { DatedRole } from "./articleRoles.js";
import type { Person } from "./person.js";

/** Where a role is wanted: in one article, or at a date (a profile: the latest mention). */
export interface RoleQuery {
  readonly articleId?: string;
  /** ISO date, null when unknown. */
  readonly date: string | null;
}

/**
 * The person's role as the text of the time gives it: the role this article itself gives them;
 * else, for a configured official, the configured role when its dates (`roleDates`) hold at that
 * date; else the role the article closest in date gives (the latest when dates are unknown); none
 * when nothing fits. A 2020 article does not make a candidate "président américain" because the
 * config says so for 2021 onwards.
 */
export function roleAt(
  person: Person,
  roles: readonly DatedRole[] | undefined,
  at: RoleQuery,
): string | null {
  const own =
    at.articleId === undefined ? undefined : roles?.find((r) => r.articleId === at.articleId);
  if (own) return own.role;
  const configured = person.role.fr ?? person.role.en;
  if (person.source === "config" && configured !== null && heldAt(person, at.date)) {
    return configured;
  }
  return closest(roles ?? [], at.date)?.role ?? null;
}

/** Whether the configured role was held at `date` (an unknown date or undated role: yes). */
export function heldAt(person: Person, date: string | null): boolean {
  const when = date === null ? Number.NaN : Date.parse(date);
  if (Number.isNaN(when)) return true;
  const since = person.roleDates?.since;
  const until = person.roleDates?.until;
  if (since && when < Date.parse(since)) return false;
  if (until && when > Date.parse(until) + 86_400_000) return false;
  return true;
}

function closest(roles: readonly DatedRole[], date: string | null): DatedRole | undefined {
  const when = date === null ? Number.NaN : Date.parse(date);
  let best: DatedRole | undefined;
  let bestGap = Number.POSITIVE_INFINITY;
  for (const r of roles) {
    const at = r.date === null ? Number.NaN : Date.parse(r.date);
    // Unknown dates on either side: the latest given wins (corpus order stands for time).
    const gap = Number.isNaN(when) || Number.isNaN(at) ? 0 : Math.abs(at - when);
    if (gap <= bestGap) {
      best = r;
      bestGap = gap;
    }
  }
  return best;
}
