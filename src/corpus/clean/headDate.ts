import { parseDate } from "./dateline.js";

/** Blocks at the head of an article where a page writes its publication date. */
const HEAD_BLOCKS = 3;
/** A date line is short: "Publié le mercredi 12 janvier 2022 à 10h05 - Mis à jour à 11h". */
const MAX_DATE_LINE = 80;

/**
 * Words a line that only dates its article may hold around the date: publication markers, weekdays,
 * month names (whole or abbreviated), times ("10h05", "10:05 AM"), time zones. Once they are gone,
 * a date line has no letter left; prose ("Donetsk, le 7 janvier 2022.") keeps some.
 */
const DATE_LINE_WORDS = new RegExp(
  [
    "publiée?s?",
    "mise?s?",
    "à",
    "jour",
    "published",
    "posted",
    "updated",
    "last",
    "date",
    "le",
    "on",
    "at",
    "the",
    "lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche",
    "mon(?:day)?|tue(?:s|sday)?|wed(?:nesday)?|thu(?:rs|rsday)?|fri(?:day)?|sat(?:urday)?|sun(?:day)?",
    "janv(?:ier)?|févr?(?:ier)?|mars|avr(?:il)?|mai|juin|juil(?:let)?|août|sept?(?:embre)?|oct(?:obre)?|nov(?:embre)?|déc(?:embre)?",
    "jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t|tember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?",
    "\\d{1,2}\\s*h\\s*\\d{0,2}",
    "\\d{1,2}(?:er|st|nd|rd|th)",
    "am|pm|a\\.m|p\\.m",
    "utc|gmt|cet|cest|est|edt|et|pt",
    "t\\d{2}:\\d{2}(?::\\d{2})?z?",
  ]
    .map((word) => `(?<!\\p{L})(?:${word})(?!\\p{L})`)
    .join("|"),
  "giu",
);

/**
 * The publication date of a line that does nothing but date its article ("Publié le 7 janvier
 * 2022 à 10h05", "7 janv. 2022", "2022-01-07", "Jan 7, 2022"), or null for any other line.
 */
export function dateLineDate(block: string): string | null {
  if (block.length > MAX_DATE_LINE) return null;
  const date = parseDate(block);
  if (date === null) return null;
  return /\p{L}/u.test(block.replace(DATE_LINE_WORDS, "")) ? null : date;
}

/**
 * The date written at the head of an article, in one of its first blocks, and the blocks without
 * that line (it is metadata, not prose). Only a line that is nothing but a date counts: a date in
 * a sentence or a caption dates an event, not the article, and no date is ever guessed.
 */
export function headDate(blocks: readonly string[]): {
  readonly date: string | null;
  readonly blocks: readonly string[];
} {
  const head = Math.min(HEAD_BLOCKS, blocks.length);
  for (let i = 0; i < head; i++) {
    const date = dateLineDate(blocks[i] ?? "");
    if (date !== null) return { date, blocks: [...blocks.slice(0, i), ...blocks.slice(i + 1)] };
  }
  return { date: null, blocks };
}
