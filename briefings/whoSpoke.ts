import type { SourceRef } from "../src/corpus/types.js";
import type { CorpusIndex } from "../src/index/corpusIndex.js";
import type { Statement } from "../src/quotes/statement.js";
import type { CitationList } from "./citations.js";
import { type OfficialRef, officialRef } from "./officialProfile.js";

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

/**
 * The officials who spoke on a topic, most statements first, each with one key quote: the
 * statement in the topic's sentences with the best substance × topic relevance (direct quotes of
 * up to 20 words count fully; indirect statements weigh 0.5, so a person's own words come first).
 */
export function whoSpoke(
  index: CorpusIndex,
  topicId: string,
  citations: CitationList,
  max = 5,
): SpeakerLine[] {
  const bySpeaker = new Map<
    string,
    { count: number; best: { score: number; statement: Statement } | null }
  >();
  for (const statement of index.officials.statements) {
    if (!statement.speakerId) continue;
    const entry = index.sentenceById.get(statement.sentenceId);
    const relevance = entry?.topics.get(topicId);
    if (!entry || relevance === undefined) continue;
    const words = statement.text.split(/\s+/).length;
    const score = Math.min(1, words / 20) * relevance * (statement.kind === "direct" ? 1 : 0.5);
    const current = bySpeaker.get(statement.speakerId) ?? { count: 0, best: null };
    current.count += 1;
    if (!current.best || score > current.best.score) current.best = { score, statement };
    bySpeaker.set(statement.speakerId, current);
  }
  return [...bySpeaker.entries()]
    .sort((a, b) => b[1].count - a[1].count || (b[1].best?.score ?? 0) - (a[1].best?.score ?? 0))
    .slice(0, max)
    .flatMap(([personId, { count, best }]) => {
      const person = index.officials.byId.get(personId);
      const entry = best ? index.sentenceById.get(best.statement.sentenceId) : undefined;
      if (!person || !best || !entry) return [];
      return [
        {
          official: officialRef(person),
          statements: count,
          quote: {
            text: best.statement.text,
            kind: best.statement.kind,
            source: entry.source,
            citation: citations.cite(entry.source),
          },
        },
      ];
    });
}
