/**
 * The neutral document a reply becomes (`present`): every word a user reads is chosen here, once;
 * a platform renderer only lays it out within its limits (embeds, blocks, markdown, terminal
 * columns), formats it (bold, links, escaping) and splits it. Plain, serialisable data.
 */

/** Who reads the document: a chat channel (Discord, Slack, webhooks) or a person at a terminal. */
export type Audience = "chat" | "terminal";

export interface ReplyDocument {
  /**
   * What kind of answer it is: `answer` (a briefing, a list), `notice` (one line for the channel),
   * `user-error` (the asker has something to fix; a warning sign in chat, exit code 2 in a
   * terminal) or `failure` (a bug; only a short apology reaches the user).
   */
  readonly tone: "answer" | "notice" | "user-error" | "failure";
  /** For the asker's eyes only (ephemeral in chat). */
  readonly private: boolean;
  /** The heading of the whole reply (a topic, a person, "Daily briefing"), or null. */
  readonly title: string | null;
  /** The reply in a few words, for notifications and screen readers (Slack's fallback text). */
  readonly summary: string;
  /** Lines under the title, before the first section (a topic's description, what it covers). */
  readonly preface: readonly TextLine[];
  readonly sections: readonly Section[];
}

export interface Section {
  readonly heading: string | null;
  /**
   * `major` sections are the parts of a reply that stand side by side (the digest's top stories
   * and its topics): a divider between them, a capitalised heading in a terminal. `minor` ones
   * (who spoke, sources) belong to what comes before.
   */
  readonly rank: "major" | "minor";
  readonly lines: readonly Line[];
  /** What the section covers, for a platform that shows a footer under it ("4 sources · …"). */
  readonly footer: string | null;
  /** A short remark beside the heading, for a platform that shows one ("2022-01-07 to …"). */
  readonly note: string | null;
}

/** Who said a quote; a quote never reaches a user without one. */
export interface Speaker {
  readonly name: string;
  readonly role: string | null;
}

/**
 * A line of wording. `runOn`: it continues the line before (a platform that packs text runs the
 * two together; others start a new line). `echo`: it may repeat what the asker typed, so a
 * platform whose markup we do not otherwise escape must escape it.
 */
export interface TextLine {
  readonly kind: "text";
  readonly text: string;
  /** Words that lead the line (kept as they are when the rest is wrapped). */
  readonly lead?: string;
  readonly runOn?: true;
  readonly echo?: true;
}

/** A sentence of the corpus with its citation: numbered, or a bullet when `number` is null. */
export interface SentenceLine {
  readonly kind: "sentence";
  readonly number: number | null;
  readonly text: string;
  readonly citation: number;
  /** The topic it belongs to, where sentences of several topics stand together. */
  readonly topic: string | null;
}

/**
 * A quote with its speaker and citation; `text` as shown (a direct quote in guillemets). Numbered
 * quotes are all the document title's (a person's profile), so a platform may leave the speaker
 * to the title; bulleted ones name their speaker on the line.
 */
export interface QuoteLine {
  readonly kind: "quote";
  readonly number: number | null;
  readonly speaker: Speaker;
  readonly text: string;
  readonly direct: boolean;
  readonly citation: number;
}

/** Entry `number` of the sources list; `date` is already worded ("undated"). */
export interface SourceLine {
  readonly kind: "source";
  readonly number: number;
  readonly title: string;
  readonly url: string | null;
  readonly date: string;
  readonly outlet: string | null;
  /** The source's id in the corpus, for a reader with no link to follow. */
  readonly id: string;
}

/** A person in a list, with figures in order ("30 mentions", "45 statements"). */
export interface PersonLine {
  readonly kind: "person";
  readonly name: string;
  readonly role: string | null;
  readonly figures: readonly { readonly count: number; readonly unit: string }[];
}

export interface TopicLine {
  readonly kind: "topic";
  readonly id: string;
  readonly title: string;
  readonly description: string;
  /** "12 sentences in 5 articles, 60% of the corpus", "; weak fit" when barely covered. */
  readonly figures: string;
}

export interface CommandLine {
  readonly kind: "command";
  readonly name: string;
  readonly usage: string;
  readonly description: string;
}

/** One of several things the asker may have meant (a person sharing a name). */
export interface BulletLine {
  readonly kind: "bullet";
  readonly text: string;
}

/** Suggestions the asker can type instead: "Did you mean: `a`, `b`?". */
export interface ChoicesLine {
  readonly kind: "choices";
  readonly runOn?: true;
  readonly lead: string;
  readonly choices: readonly string[];
}

/** A heading inside a section ("What they said" under a person's name). */
export interface SubheadingLine {
  readonly kind: "subheading";
  readonly text: string;
}

/** A pause between groups of lines, where the platform has room for one. */
export interface GapLine {
  readonly kind: "gap";
}

export type Line =
  | TextLine
  | SentenceLine
  | QuoteLine
  | SourceLine
  | PersonLine
  | TopicLine
  | CommandLine
  | BulletLine
  | ChoicesLine
  | SubheadingLine
  | GapLine;

/** A section, minor and with no footer or note unless `extra` says. */
export function section(
  heading: string | null,
  lines: readonly Line[],
  extra: Partial<Pick<Section, "rank" | "footer" | "note">> = {},
): Section {
  return {
    heading,
    rank: extra.rank ?? "minor",
    lines,
    footer: extra.footer ?? null,
    note: extra.note ?? null,
  };
}

export function text(value: string, options: Omit<TextLine, "kind" | "text"> = {}): TextLine {
  return { kind: "text", text: value, ...options };
}
