import { queryWords, wordsHeld, wordsNeeded } from "../search/queryWords.js";
import type { Story, StoryIndex } from "./story.js";

/**
 * The stories a few words are about, best first: by id (exact, any case), else the stories whose
 * headlines hold the most of the words (`queryWords`: all of them, or all but one from three
 * words on); bigger, then newer, first among equals.
 */
export function findStories(index: StoryIndex, query: string): Story[] {
  const trimmed = query.trim();
  const byId = index.byId.get(trimmed.toLowerCase());
  if (byId) return [byId];
  const words = queryWords(trimmed);
  if (words.length === 0) return [];
  const needed = wordsNeeded(words);
  const scored: { story: Story; hits: number }[] = [];
  for (const story of index.stories) {
    const hits = wordsHeld(words, new Set(story.titleTerms));
    if (hits >= needed) scored.push({ story, hits });
  }
  return scored.sort((a, b) => b.hits - a.hits).map((s) => s.story);
}
