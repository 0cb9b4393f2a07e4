import type { SourceRef } from "../src/corpus/types.js";
import type { SinceReport } from "./timeWindow.js";

/** Plain, serialisable briefing data: exactly what `--json` prints. */
export interface TopicRef {
  readonly id: string;
  readonly title: string;
  readonly description: string;
}

export interface BriefingSentence {
  /** The sentence as written in the source (original typography). */
  readonly text: string;
  readonly source: SourceRef;
  /** 1-based number of its source in the briefing's `sources` list. */
  readonly citation: number;
  /** Relevance in (0, 1], the best sentence of the briefing scoring 1. */
  readonly score: number;
}

export interface OfficialRef {
  readonly id: string;
  readonly name: string;
  /** The role in the answer's language order: French, then English (null when unknown). */
  readonly role: string | null;
  readonly roleEn: string | null;
  readonly aliases: readonly string[];
  readonly organisation: string | null;
  readonly country: string | null;
}

export interface SpeakerLine {
  readonly official: OfficialRef;
  /** Statements attributed to them in the topic's sentences. */
  readonly statements: number;
  readonly quote: {
    readonly text: string;
    readonly kind: "direct" | "indirect";
    readonly source: SourceRef;
    readonly citation: number;
  };
}

/** The dates of the sources a reply shows: earliest, latest, and how many have no date. */
export interface DateRange {
  readonly from: string | null;
  readonly to: string | null;
  /** Shown sources without a publication date (left out of `from`–`to`, never guessed). */
  readonly undated: number;
}

/** A story as lists and briefings show it: plain data, people by name. */
export interface StorySummary {
  readonly id: string;
  /** Its most representative headline. */
  readonly label: string;
  readonly articles: number;
  /** Articles not shown because they repeat one of its articles (the same dispatch again). */
  readonly repeats: number;
  readonly outlets: readonly string[];
  readonly firstDate: string | null;
  readonly lastDate: string | null;
  /** How many of its articles are undated. */
  readonly undated: number;
  /** The people it names most, by name. */
  readonly people: readonly string[];
}

export interface TopicBriefing {
  readonly topic: TopicRef;
  /** Set when the briefing is a story's (`topic` then holds its id and label). */
  readonly story?: StorySummary;
  readonly generatedAt: string;
  readonly dateRange: DateRange;
  readonly sentences: readonly BriefingSentence[];
  /** Who spoke on the topic: officials with statements in its sentences, one key quote each. */
  readonly speakers: readonly SpeakerLine[];
  readonly sources: readonly SourceRef[];
  /** With `--since`: from which day, and how many undated articles were left out; else null. */
  readonly since: SinceReport | null;
}

export interface DigestSection {
  readonly topic: TopicRef;
  readonly sentences: readonly BriefingSentence[];
}

export interface Digest {
  readonly generatedAt: string;
  readonly dateRange: DateRange;
  /** The biggest new or growing stories, each with its best new sentence. */
  readonly topStories: readonly (BriefingSentence & { readonly story: StorySummary })[];
  readonly sections: readonly DigestSection[];
  readonly sources: readonly SourceRef[];
  /** With `--since`: from which day, and how many undated articles were left out; else null. */
  readonly since: SinceReport | null;
}
