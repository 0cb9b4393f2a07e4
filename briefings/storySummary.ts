import type { CorpusIndex } from "../src/index/corpusIndex.js";
import type { Story } from "../src/stories/story.js";
import type { StorySummary } from "./types.js";

/** A story as replies carry it: its figures, and its people by name. */
export function storySummary(index: CorpusIndex, story: Story): StorySummary {
  return {
    id: story.id,
    label: story.label,
    articles: story.articleIds.length,
    repeats: story.repeats.length,
    outlets: story.outlets,
    firstDate: story.firstDate,
    lastDate: story.lastDate,
    undated: story.undated,
    people: story.people.flatMap((id) => {
      const person = index.officials.byId.get(id);
      return person ? [person.name] : [];
    }),
  };
}
