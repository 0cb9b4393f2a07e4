import type { CorpusIndex } from "../src/index/corpusIndex.js";
import type { IndexedSentence } from "../src/index/indexedSentence.js";
import {
  buildStorySpeakers,
  buildTopicSpeakers,
  type SpeakerTally,
  substanceOf,
} from "../src/index/topicSpeakers.js";
import { roleAt } from "../src/officials/roleAt.js";
import type { Statement } from "../src/quotes/statement.js";
import type { CitationList } from "./citations.js";
import { officialRef } from "./officialProfile.js";
import { BRIEFING_RULES } from "./rules/briefingRules.js";
import { datedSince } from "./timeWindow.js";
import type { SpeakerLine } from "./types.js";

/**
 * The officials who spoke on a topic, most statements first, each with one key quote: the
 * statement in the topic's sentences with the best substance × topic relevance (`keyQuoteScore`:
 * direct quotes of up to 20 words count fully; indirect statements weigh 0.5, so a person's own
 * words come first). The tallies are computed once per corpus version (`buildTopicSpeakers`);
 * this only cites the first `max`.
 */
export function whoSpoke(
  index: CorpusIndex,
  topicId: string,
  citations: CitationList,
  max = 5,
  /** Only statements in articles dated on or after this day (`--since`). */
  since: string | null = null,
): SpeakerLine[] {
  const tallies =
    since === null
      ? (index.briefing.speakers.get(topicId) ?? [])
      : speakersSince(
          index,
          since,
          (entry) => entry.topics.has(topicId),
          (statements, substance) =>
            buildTopicSpeakers(
              statements,
              substance,
              index.sentenceById,
              BRIEFING_RULES.keyQuoteScore,
            ).get(topicId),
        );
  return speakerLines(index, tallies, citations, max);
}

/** The officials who spoke in a story's articles, as `whoSpoke` cites them for a topic. */
export function whoSpokeInStory(
  index: CorpusIndex,
  storyId: string,
  citations: CitationList,
  max = 5,
  /** Only statements in articles dated on or after this day (`--since`). */
  since: string | null = null,
): SpeakerLine[] {
  const tallies =
    since === null
      ? (index.briefing.storySpeakers.get(storyId) ?? [])
      : speakersSince(
          index,
          since,
          (entry) => index.stories.byArticle.get(entry.sentence.articleId)?.id === storyId,
          (statements, substance) =>
            buildStorySpeakers(
              statements,
              substance,
              index.sentenceById,
              index.stories.byArticle,
              BRIEFING_RULES.keyQuoteScore,
            ).get(storyId),
        );
  return speakerLines(index, tallies, citations, max);
}

function speakerLines(
  index: CorpusIndex,
  tallies: readonly SpeakerTally[],
  citations: CitationList,
  max: number,
): SpeakerLine[] {
  return tallies.slice(0, max).flatMap(({ personId, statements, best }) => {
    const person = index.officials.byId.get(personId);
    const entry = index.sentenceById.get(best.sentenceId);
    if (!person || !entry) return [];
    return [
      {
        official: officialRef(
          person,
          roleAt(person, index.officials.roles.get(personId), {
            articleId: entry.source.id,
            date: entry.source.date,
          }),
        ),
        statements,
        quote: {
          text: best.text,
          kind: best.kind,
          source: entry.source,
          citation: citations.cite(entry.source),
        },
      },
    ];
  });
}

/**
 * Who spoke on a subject (a topic, a story) in articles dated on or after `since`: the index's
 * tallies (`tally`, as `buildTopicSpeakers` or `buildStorySpeakers` makes them) over those
 * articles' statements on the subject only. Built per call (the answer is cached with the
 * briefing), in time linear in the corpus's statements.
 */
function speakersSince(
  index: CorpusIndex,
  since: string,
  onSubject: (entry: IndexedSentence) => boolean,
  tally: (
    statements: readonly Statement[],
    substance: readonly number[],
  ) => readonly SpeakerTally[] | undefined,
): readonly SpeakerTally[] {
  const statements = index.officials.statements.filter((s) => {
    const entry = index.sentenceById.get(s.sentenceId);
    return entry !== undefined && onSubject(entry) && datedSince(entry.source.date, since);
  });
  return tally(statements, statements.map(substanceOf)) ?? [];
}
