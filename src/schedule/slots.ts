/**
 * Scheduled instants ("slots") of a daily time in an IANA timezone, correct across daylight-saving
 * changes, computed with the platform's Intl time-zone data and no library.
 */

import type { LocalTime } from "../config/localTime.js";

const formatters = new Map<string, Intl.DateTimeFormat>();

/** Wall-clock fields of an instant in a zone. */
function localFields(
  instant: number,
  zone: string,
): { y: number; m: number; d: number; h: number; min: number } {
  let f = formatters.get(zone);
  if (!f) {
    f = new Intl.DateTimeFormat("en-US", {
      timeZone: zone,
      hourCycle: "h23",
      year: "numeric",
      month: "2-digit",
      day: "2-digit",
      hour: "2-digit",
      minute: "2-digit",
    });
    formatters.set(zone, f);
  }
  const parts = Object.fromEntries(
    f.formatToParts(new Date(instant)).map((p) => [p.type, p.value]),
  );
  return {
    y: Number(parts.year),
    m: Number(parts.month),
    d: Number(parts.day),
    h: Number(parts.hour),
    min: Number(parts.minute),
  };
}

/** Offset of the zone at an instant, in milliseconds (local − UTC). */
function offsetAt(instant: number, zone: string): number {
  const l = localFields(instant, zone);
  return Date.UTC(l.y, l.m - 1, l.d, l.h, l.min) - Math.floor(instant / 60_000) * 60_000;
}

/**
 * The instant when the zone's clock shows `time` on the given local date. In a spring-forward
 * gap (02:30 that never happens) it is the instant the same distance after the jump (03:30); in a
 * fall-back overlap (01:30 twice) it is the first one.
 */
export function instantAt(
  date: { y: number; m: number; d: number },
  time: LocalTime,
  zone: string,
): Date {
  const wall = Date.UTC(date.y, date.m - 1, date.d, time.hour, time.minute);
  const before = wall - offsetAt(wall - 36 * 3_600_000, zone);
  const earlier = wall - offsetAt(before, zone);
  const later = wall - offsetAt(before + 3 * 3_600_000, zone);
  // Prefer the first instant whose local time matches; else (a gap) the pre-transition reading.
  for (const candidate of [Math.min(earlier, later), Math.max(earlier, later)]) {
    const l = localFields(candidate, zone);
    if (l.h === time.hour && l.min === time.minute && l.d === date.d) return new Date(candidate);
  }
  return new Date(before);
}

function localDate(instant: number, zone: string): { y: number; m: number; d: number } {
  const l = localFields(instant, zone);
  return { y: l.y, m: l.m, d: l.d };
}

function addDays(
  date: { y: number; m: number; d: number },
  days: number,
): { y: number; m: number; d: number } {
  const t = new Date(Date.UTC(date.y, date.m - 1, date.d + days));
  return { y: t.getUTCFullYear(), m: t.getUTCMonth() + 1, d: t.getUTCDate() };
}

/** The first slot strictly after `after`. */
export function nextSlot(after: Date, time: LocalTime, zone: string): Date {
  const today = localDate(after.getTime(), zone);
  for (let i = 0; i < 3; i++) {
    const slot = instantAt(addDays(today, i), time, zone);
    if (slot.getTime() > after.getTime()) return slot;
  }
  return instantAt(addDays(today, 3), time, zone);
}

/** The last slot at or before `atOrBefore`. */
export function previousSlot(atOrBefore: Date, time: LocalTime, zone: string): Date {
  const today = localDate(atOrBefore.getTime(), zone);
  for (let i = 0; i < 3; i++) {
    const slot = instantAt(addDays(today, -i), time, zone);
    if (slot.getTime() <= atOrBefore.getTime()) return slot;
  }
  return instantAt(addDays(today, -3), time, zone);
}
