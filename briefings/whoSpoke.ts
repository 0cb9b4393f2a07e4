import type { CorpusIndex } from "../src/index/corpusIndex.js";
import {
  buildStorySpeakers,
  buildTopicSpeakers,
  type SpeakerTally,
  substanceOf,
} from "../src/index/topicSpeakers.js";
import { roleAt } from "../src/officials/roleAt.js";
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
      : speakersSince(index, topicId, since);
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
  if (since === null) {
    return speakerLines(index, index.briefing.storySpeakers.get(storyId) ?? [], citations, max);
  }
  const statements = index.officials.statements.filter((s) => {
    const entry = index.sentenceById.get(s.sentenceId);
    return (
      entry !== undefined &&
      index.stories.byArticle.get(entry.sentence.articleId)?.id === storyId &&
      datedSince(entry.source.date, since)
    );
  });
  const tallies = buildStorySpeakers(
    statements,
    statements.map(substanceOf),
    index.sentenceById,
    index.stories.byArticle,
    BRIEFING_RULES.keyQuoteScore,
  );
  return speakerLines(index, tallies.get(storyId) ?? [], citations, max);
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
 * Who spoke on a topic in articles dated on or after `since`: the same tallies as the index's
 * (`buildTopicSpeakers`), over those articles' statements only. Built per call (the answer is
 * cached with the briefing), in time linear in the corpus's statements.
 */
function speakersSince(
  index: CorpusIndex,
  topicId: string,
  since: string,
): readonly SpeakerTally[] {
  const statements = index.officials.statements.filter((s) => {
    const entry = index.sentenceById.get(s.sentenceId);
    return entry?.topics.has(topicId) === true && datedSince(entry.source.date, since);
  });
  const tallies = buildTopicSpeakers(
    statements,
    statements.map(substanceOf),
    index.sentenceById,
    BRIEFING_RULES.keyQuoteScore,
  );
  return tallies.get(topicId) ?? [];
}
