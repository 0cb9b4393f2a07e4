import type { Mention } from "../officials/findMentions.js";
import { opensClause } from "../officials/roleWords.js";

/** A stressed pronoun opening the words after a name: a clause of its own ("X, lui, aurait"). */
const STRESSED_PRONOUN = /^\s*(?:lui|elle|eux|elles)(?![\p{L}])/iu;
/** What may stand before the name of a heading: a list's dash or bullet. */
const HEADING_OPENING = /^\s*(?:[-–—•►]\s*)?$/u;
/** The end of a sentence or the start of the text, then at most a dash or bullet. */
const OPENS_SENTENCE = /(?:^|[.!?…:;][»"”)]?)\s*(?:[-–—•►]\s*)?$/u;
/** What may follow it before the colon: a parenthesis, an apposition after a comma. */
const HEADING_APPOSITION = /^\s*(?:\([^()]{0,80}\))?\s*(?:,([^:;«»"“”]{1,160}?))?\s*:\s*$/u;

/**
 * The person a clause consisting of their name and a colon gives the quotation to, as lists of
 * reactions and headings do: "- Lionel Jospin, Premier ministre de 1997 à 2002 : « … »", "Agnès
 * Buzyn : « … »", "Nicolas Hulot, sur Yannick Jadot : « … »". Not when the words after the name
 * hold a verb of their own ("Louis Sarkozy, le fils de …, lui a apporté son soutien : «"): that
 * clause's subject is read as such.
 */
export function namedHeading(
  text: string,
  mentions: readonly Mention[],
  clauseStart: number,
  open: number,
): string | null {
  const first = mentions.find((m) => m.start >= clauseStart && m.end <= open);
  if (!first || !HEADING_OPENING.test(text.slice(clauseStart, first.start))) return null;
  // The name opens its sentence: "… le sinistre » Ziad Takieddine : « … »" is not a heading.
  if (!OPENS_SENTENCE.test(text.slice(Math.max(0, first.start - 200), first.start))) {
    return null;
  }
  const rest = HEADING_APPOSITION.exec(text.slice(first.end, open));
  // "Gérard Collomb, lui, aurait un surnom : « … »": a stressed pronoun opens a clause.
  const apposition = rest?.[1] ?? "";
  if (!rest || opensClause(apposition) || STRESSED_PRONOUN.test(apposition)) return null;
  return first.personId;
}
