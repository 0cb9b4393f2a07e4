import { isIsoDate } from "../../corpus/read/isoDate.js";
import { isDigits } from "./digits.js";

const MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];

/**
 * Whether `value` is an RFC 822 date as RSS 2.0 writes it ("Fri, 01 Mar 2024 10:00:00 GMT")
 * whose calendar day exists: `Date.parse` would turn "31 Feb" into the 2nd of March.
 */
function isRfc822Date(value: string): boolean {
  const comma = value.indexOf(",");
  const [day, month, year, time] = value
    .slice(comma + 1)
    .trim()
    .split(/\s+/);
  if (day === undefined || month === undefined || year === undefined || time === undefined) {
    return false;
  }
  const monthIndex = MONTHS.indexOf(month.slice(0, 3).toLowerCase());
  if (!isDigits(day) || !isDigits(year) || monthIndex < 0 || !time.includes(":")) return false;
  // RFC 2822 §4.3: two-digit years below 50 are 20xx, others 19xx.
  const fullYear =
    year.length === 2 ? (Number(year) < 50 ? 2000 : 1900) + Number(year) : Number(year);
  const date = new Date(Date.UTC(fullYear, monthIndex, Number(day)));
  return date.getUTCMonth() === monthIndex && date.getUTCDate() === Number(day);
}

/**
 * A feed's date as ISO 8601 (UTC), or undefined when it is neither an ISO 8601 date with an
 * existing calendar day (Atom, JSON Feed, dc:date) nor an RFC 822 date (RSS 2.0). `Date.parse`
 * alone would accept almost anything ("1" is 2001), so the shape is checked first.
 */
export function feedDate(value: string | undefined): string | undefined {
  const trimmed = value?.trim();
  if (trimmed === undefined || trimmed === "") return undefined;
  if (!isIsoDate(trimmed) && !isRfc822Date(trimmed)) return undefined;
  const time = Date.parse(trimmed);
  return Number.isNaN(time) ? undefined : new Date(time).toISOString();
}
