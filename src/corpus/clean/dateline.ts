/**
 * Datelines and publication markers: "Publié le", "Publié le 7 janvier 2022 à 10h05",
 * "Published on Jan 7, 2022", "Mis à jour le …", "date 2022-01 …". They are metadata, never prose.
 */
const MARKER =
  /^(?:publié|publiée|mis à jour|mise à jour|published|posted|updated|date)(?:\s+(?:le|on|at))?\s*:?\s*/iu;

/** Month names, January first, as dates write them in French. */
export const FRENCH_MONTHS = [
  "janvier",
  "février",
  "mars",
  "avril",
  "mai",
  "juin",
  "juillet",
  "août",
  "septembre",
  "octobre",
  "novembre",
  "décembre",
];
/** Month names, January first, in English (lower case). */
export const ENGLISH_MONTHS = [
  "january",
  "february",
  "march",
  "april",
  "may",
  "june",
  "july",
  "august",
  "september",
  "october",
  "november",
  "december",
];

/** True for a short block that is only a publication marker, with or without its date. */
export function isDatelineBlock(block: string): boolean {
  if (block.length > 80 || !MARKER.test(block)) return false;
  const rest = block.replace(MARKER, "").trim();
  return rest === "" || parseDate(rest) !== null;
}

/** The date of a dateline block, if it gives one. */
export function datelineDate(block: string): string | null {
  return parseDate(block.replace(MARKER, "").trim());
}

/**
 * A leading "date 2022-01" style marker glued to the first paragraph: returns the date and the
 * paragraph without it, or null when the block does not start that way.
 */
export function splitLeadingDateMarker(block: string): { date: string; rest: string } | null {
  const match = /^(?:date|publié le|published)\s*:?\s*(\d{4}-\d{2}(?:-\d{2})?)\s+(?=\S)/iu.exec(
    block,
  );
  if (!match?.[1]) return null;
  return { date: match[1], rest: block.slice(match[0].length) };
}

/** ISO ("2022-01-07", "2022-01"), numeric ("07/01/2022", day first) or written dates, fr and en. */
export function parseDate(text: string): string | null {
  const iso = /\b(\d{4})-(\d{2})(?:-(\d{2}))?/.exec(text);
  if (iso?.[1] && iso[2]) return iso[3] ? `${iso[1]}-${iso[2]}-${iso[3]}` : `${iso[1]}-${iso[2]}`;
  const numeric = /\b(\d{1,2})[/.](\d{1,2})[/.](\d{4})\b/.exec(text);
  if (numeric?.[1] && numeric[2] && numeric[3]) {
    return isoDate(Number(numeric[3]), Number(numeric[2]), Number(numeric[1]));
  }
  const lower = text.toLowerCase();
  const fr = /\b(\d{1,2})(?:er|st|nd|rd|th)?\s+([a-zéû]+)\.?\s+(\d{4})\b/u.exec(lower);
  if (fr?.[1] && fr[2] && fr[3]) {
    const month = monthNumber(fr[2]);
    if (month > 0) return isoDate(Number(fr[3]), month, Number(fr[1]));
  }
  const en = /\b([a-z]{3,})\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})\b/.exec(lower);
  const monthName = en?.[1];
  if (monthName && en[2] && en[3]) {
    const month = ENGLISH_MONTHS.findIndex((m) => m.startsWith(monthName)) + 1;
    if (month > 0) return isoDate(Number(en[3]), month, Number(en[2]));
  }
  return null;
}

/**
 * 1-12 for a month name in French or English, whole or abbreviated as papers do ("janv",
 * "févr", "sept", "déc", "jan", "dec"); 0 when it names no month or could name two ("ju").
 */
function monthNumber(word: string): number {
  const exact = FRENCH_MONTHS.indexOf(word) + 1 || ENGLISH_MONTHS.indexOf(word) + 1;
  if (exact > 0 || word.length < 3) return exact;
  const months = new Set<number>();
  for (const names of [FRENCH_MONTHS, ENGLISH_MONTHS]) {
    names.forEach((name, i) => {
      if (name.startsWith(word)) months.add(i + 1);
    });
  }
  const [only] = months;
  return months.size === 1 && only !== undefined ? only : 0;
}

function isoDate(year: number, month: number, day: number): string | null {
  if (month < 1 || month > 12 || day < 1 || day > 31) return null;
  return `${year}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}
