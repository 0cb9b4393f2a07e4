import type { Mention } from "../officials/findMentions.js";

/** The person an article's title opens on, and the quotation it gives them, if any. */
export interface TitleSubject {
  readonly personId: string;
  /** "Dupont-Aignan : « Le Front national ne peut pas … »": the words after the colon. */
  readonly quote: string | null;
}

/**
 * The person a title opens on ("François Hollande : « Je pense … »", "VIDÉO. Marine Le Pen
 * …"), among the people `mentions` finds in it; null when the title opens on no one ("Quand la
 * gauche regardait François Hollande partir" names him in passing).
 */
export function titleSubject(title: string, mentions: readonly Mention[]): TitleSubject | null {
  const first = mentions.find((m) => TITLE_OPENING.test(title.slice(0, m.start)));
  if (!first) return null;
  return { personId: first.personId, quote: TITLE_QUOTE.exec(title.slice(first.end))?.[1] ?? null };
}

/** What may stand in a title before the person it opens on: "VIDÉO. ", "« ", "EXCLUSIF - ". */
const TITLE_OPENING = /^(?:[\p{Lu}\d ]{2,20}[.:–—-]\s*)?[«"“]?\s*$/u;

/** The quotation a title gives its person after a colon: "Dupont-Aignan : « … »". */
const TITLE_QUOTE = /^\s*:\s*[«"“]\s*([^»"”]{3,200})/u;
