/**
 * A daily time of day and the IANA zone it is read in, as a person writes them in settings and
 * subscriptions ("08:00", "Europe/Paris").
 */

export interface LocalTime {
  readonly hour: number;
  readonly minute: number;
}

/** "08:00" → { hour: 8, minute: 0 }; null when not a valid 24-hour time. */
export function parseTime(text: string): LocalTime | null {
  const match = /^([01]?\d|2[0-3]):([0-5]\d)$/.exec(text.trim());
  if (!match) return null;
  return { hour: Number(match[1]), minute: Number(match[2]) };
}

/** Whether the runtime knows this IANA zone ("Europe/Paris"); "UTC" included. */
export function isValidTimezone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat("en-US", { timeZone: zone });
    return zone.trim() !== "";
  } catch {
    return false;
  }
}
