import type { CorpusIndex } from "../src/index/corpusIndex.js";
import type { SpeakerTally } from "../src/index/topicSpeakers.js";
import { roleAt } from "../src/officials/roleAt.js";
import type { CitationList } from "./citations.js";
import { officialRef } from "./officialProfile.js";
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
): SpeakerLine[] {
  return speakerLines(index, index.briefing.speakers.get(topicId) ?? [], citations, max);
}

/** The officials who spoke in a story's articles, as `whoSpoke` cites them for a topic. */
export function whoSpokeInStory(
  index: CorpusIndex,
  storyId: string,
  citations: CitationList,
  max = 5,
): SpeakerLine[] {
  return speakerLines(index, index.briefing.storySpeakers.get(storyId) ?? [], citations, max);
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
