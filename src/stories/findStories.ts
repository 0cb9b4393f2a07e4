import { terms } from "../nlp/index.js";
import type { Story, StoryIndex } from "./story.js";

/**
 * The stories a few words are about, best first: by id (exact, any case), else the stories whose
 * headlines hold the most of the words' terms (French and English stems both tried), at least
 * all of them but one when there are three or more; bigger, then newer, first among equals.
 */
export function findStories(index: StoryIndex, query: string): Story[] {
  const trimmed = query.trim();
  const byId = index.byId.get(trimmed.toLowerCase());
  if (byId) return [byId];
  const groups = queryGroups(trimmed);
  if (groups.length === 0) return [];
  const needed = groups.length >= 3 ? groups.length - 1 : groups.length;
  const scored: { story: Story; hits: number }[] = [];
  for (const story of index.stories) {
    const have = new Set(story.titleTerms);
    const hits = groups.filter((g) => g.some((t) => have.has(t))).length;
    if (hits >= needed) scored.push({ story, hits });
  }
  return scored.sort((a, b) => b.hits - a.hits).map((s) => s.story);
}

/**
 * One group per word of the query: its French and English terms; a stopword of either language
 * ("de", "the") is no word to match.
 */
function queryGroups(query: string): string[][] {
  return query.split(/\s+/u).flatMap((word) => {
    const fr = terms(word, "fr");
    const en = terms(word, "en");
    return fr.length === 0 || en.length === 0 ? [] : [[...new Set([...fr, ...en])]];
  });
}
