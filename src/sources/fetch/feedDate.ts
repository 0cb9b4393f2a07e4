import { isIsoDate } from "../../corpus/read/isoDate.js";

/** The date part of an RFC 822 date as RSS writes it: "Fri, 01 Mar 2024 10:00:00 GMT". */
const RFC_822_DATE = /^(?:[A-Za-z]{3},\s*)?\d{1,2}\s+[A-Za-z]{3}\s+\d{2,4}\s+\d{1,2}:\d{2}/;

/**
 * A feed's date as ISO 8601 (UTC), or undefined when it is neither an ISO 8601 date with an
 * existing calendar day (Atom, JSON Feed, dc:date) nor an RFC 822 date (RSS 2.0). `Date.parse`
 * alone would accept almost anything ("1" is 2001), so the shape is checked first.
 */
export function feedDate(value: string | undefined): string | undefined {
  const trimmed = value?.trim();
  if (trimmed === undefined || trimmed === "") return undefined;
  if (!isIsoDate(trimmed) && !RFC_822_DATE.test(trimmed)) return undefined;
  const time = Date.parse(trimmed);
  return Number.isNaN(time) ? undefined : new Date(time).toISOString();
}
