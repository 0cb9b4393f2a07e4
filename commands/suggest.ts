import type { CorpusIndex } from "../src/index/corpusIndex.js";
import { foldDiacritics } from "../src/nlp/index.js";
import { clipAtWord } from "../src/text/clipAtWord.js";
import { editDistance } from "../src/text/editDistance.js";
import type { AutocompleteSource } from "./types.js";

export interface Suggestion {
  readonly name: string;
  readonly value: string;
}

function key(text: string): string {
  return foldDiacritics(text.toLowerCase())
    .replace(/[^a-z0-9]+/g, " ")
    .trim();
}

/**
 * Ranks candidates for what the user has typed so far: prefix of a word > substring > small edit
 * distance; ties by `weight` (how much the corpus says), then name. Empty input → by weight.
 */
function rank<T>(
  typed: string,
  items: readonly T[],
  names: (t: T) => string[],
  weight: (t: T) => number,
): T[] {
  const q = key(typed);
  const scored = items.flatMap((item) => {
    const keys = names(item).map(key);
    let score: number;
    if (q === "") score = 1;
    else if (keys.some((k) => k.startsWith(q) || k.split(" ").some((w) => w.startsWith(q))))
      score = 3;
    else if (keys.some((k) => k.includes(q))) score = 2;
    else if (
      keys.some((k) =>
        k.split(" ").some((w) => editDistance(w, q) <= Math.max(1, Math.floor(q.length / 4))),
      )
    )
      score = 1;
    else return [];
    return [{ item, score, weight: weight(item), name: names(item)[0] ?? "" }];
  });
  scored.sort((a, b) => b.score - a.score || b.weight - a.weight || a.name.localeCompare(b.name));
  return scored.map((s) => s.item);
}

/** Topic choices for autocompletion, best first. */
export function suggestTopics(typed: string, index: CorpusIndex, max = 25): Suggestion[] {
  const counts = new Map<string, number>();
  for (const s of index.sentences)
    for (const id of s.topics.keys()) counts.set(id, (counts.get(id) ?? 0) + 1);
  return rank(
    typed,
    index.topics,
    (t) => [t.id, t.title],
    (t) => counts.get(t.id) ?? 0,
  )
    .slice(0, max)
    .map((t) => ({ name: `${t.title} (${t.id})`.slice(0, 100), value: t.id }));
}

/** Official names for autocompletion, best first, the most mentioned first among equals. */
export function suggestOfficials(typed: string, index: CorpusIndex, max = 25): Suggestion[] {
  const mentioned = index.officials.people.filter((p) => index.officials.mentions.has(p.id));
  return rank(
    typed,
    mentioned,
    (p) => [p.name, ...p.aliases],
    (p) => index.officials.mentions.get(p.id)?.length ?? 0,
  )
    .slice(0, max)
    .map((p) => {
      const role = p.role.fr ?? p.role.en;
      return { name: (role ? `${p.name} — ${role}` : p.name).slice(0, 100), value: p.name };
    });
}

/** Stories autocompletion looks through: the biggest and newest (a typed word finds others). */
const STORY_CHOICES = 500;

/** Topics first, then stories, for what `brief` accepts. */
export function suggestBriefable(typed: string, index: CorpusIndex, max = 25): Suggestion[] {
  const topics = suggestTopics(typed, index, max);
  const pool = index.stories.stories.slice(0, STORY_CHOICES);
  const stories = rank(
    typed,
    pool,
    (s) => [
      s.label,
      s.id,
      ...s.articleIds.slice(0, 5).map((id) => index.sources.get(id)?.title ?? ""),
    ],
    (s) => s.articleIds.length,
  ).map((s) => ({ name: `${clipAtWord(s.label, 97 - s.id.length)} (${s.id})`, value: s.id }));
  return [...topics, ...stories].slice(0, max);
}

/** The choices an option with `autocomplete` offers for what was typed, best first. */
export function suggestChoices(
  source: AutocompleteSource,
  typed: string,
  index: CorpusIndex,
  max = 25,
): Suggestion[] {
  switch (source) {
    case "topics":
      return suggestTopics(typed, index, max);
    case "officials":
      return suggestOfficials(typed, index, max);
    case "briefable":
      return suggestBriefable(typed, index, max);
  }
}
