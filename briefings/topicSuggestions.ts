import type { CorpusIndex } from "../src/index/corpusIndex.js";
import { isStopword, type Language, tokenize } from "../src/nlp/index.js";
import type { Story } from "../src/stories/story.js";
import { clipAtWord } from "../src/text/clipAtWord.js";
import { storySummary } from "./storySummary.js";
import type { StorySummary } from "./types.js";

/** A `topics.json` entry proposed from a story, for the user to review and add. */
export interface TopicSuggestion {
  readonly entry: {
    readonly id: string;
    readonly title: string;
    readonly description: string;
    readonly terms: Record<"fr" | "en" | "any", { strong: string[]; weak: string[] }>;
    readonly officials: string[];
  };
  /** The story it was built from. */
  readonly story: StorySummary;
}

/** Stories smaller than this say too little to make a topic of. */
const MIN_ARTICLES = 3;

/**
 * Topics proposed from the biggest stories no configured topic covers yet: the words and word
 * pairs most of the story's headlines share (pairs first: a topic should match on more than one
 * ambiguous word), the people it names, and a description saying where it came from. Entries
 * are valid `topics.json` topics; nothing is written — the user reviews them and adds what fits.
 */
export function suggestTopics(index: CorpusIndex, max = 5): TopicSuggestion[] {
  const taken = new Set(index.topics.map((t) => t.id));
  const withTopic = new Set<string>();
  for (const s of index.sentences) if (s.topics.size > 0) withTopic.add(s.sentence.articleId);
  const articles = new Map(index.articles.map((a) => [a.id, a]));
  const suggestions: TopicSuggestion[] = [];
  for (const story of index.stories.stories) {
    if (suggestions.length === max || story.articleIds.length < MIN_ARTICLES) break;
    // Most of its articles already carry a configured topic: that topic covers it.
    if (story.articleIds.filter((id) => withTopic.has(id)).length * 2 > story.articleIds.length) {
      continue;
    }
    const titles = story.articleIds.flatMap((id) => {
      const article = articles.get(id);
      return article ? [{ title: article.title, language: article.language }] : [];
    });
    const suggestion = suggestionOf(index, story, titles, taken);
    if (suggestion === null) continue;
    taken.add(suggestion.entry.id);
    suggestions.push(suggestion);
  }
  return suggestions;
}

function suggestionOf(
  index: CorpusIndex,
  story: Story,
  titles: readonly { readonly title: string; readonly language: Language }[],
  taken: ReadonlySet<string>,
): TopicSuggestion | null {
  const language = majorityLanguage(titles.map((t) => t.language));
  const counts = new Map<string, number>();
  for (const { title, language: lang } of titles) {
    const words = tokenize(title, lang);
    const seen = new Set<string>();
    words.forEach((word, i) => {
      if (!isTopicWord(word, lang)) return;
      seen.add(word);
      const next = words[i + 1];
      if (next && next !== word && isTopicWord(next, lang)) seen.add(`${word} ${next}`);
    });
    for (const key of seen) counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  const shared = [...counts]
    .filter(([, n]) => n >= 2)
    .sort((a, b) => b[1] - a[1] || wordCount(b[0]) - wordCount(a[0]) || (a[0] < b[0] ? -1 : 1));
  const pairs = shared.filter(([k]) => wordCount(k) === 2).map(([k]) => k);
  const singles = shared.filter(([k]) => wordCount(k) === 1).map(([k]) => k);
  const strong = [
    ...pairs.slice(0, 4),
    ...singles.filter((w) => !pairs.some((p) => p.includes(w))),
  ].slice(0, 6);
  if (strong.length === 0) return null;
  const weak = singles.filter((w) => !strong.includes(w)).slice(0, 6);
  const summary = storySummary(index, story);
  const id = uniqueId(slug([...new Set(strong.join(" ").split(" "))].slice(0, 4).join(" ")), taken);
  const empty = () => ({ strong: [] as string[], weak: [] as string[] });
  const terms = { fr: empty(), en: empty(), any: { strong: [...summary.people], weak: [] } };
  terms[language === "en" ? "en" : "fr"] = { strong, weak };
  return {
    entry: {
      id,
      title: clipAtWord(story.label, 100),
      description: clipAtWord(
        `Suggested from story ${story.id}: ${story.label} (${summary.articles} articles${
          summary.firstDate ? `, ${summary.firstDate} to ${summary.lastDate}` : ""
        })`,
        300,
      ),
      terms,
      officials: [],
    },
    story: summary,
  };
}

/** Days of the week: every story has one in its headlines ("samedi", "Tuesday"). */
const WEEKDAYS = new Set(
  "lundi mardi mercredi jeudi vendredi samedi dimanche monday tuesday wednesday thursday friday saturday sunday".split(
    " ",
  ),
);

/** A word a topic can match on: no stopword, number, weekday or word under three letters. */
function isTopicWord(word: string, language: Language): boolean {
  return (
    word.length >= 3 && !/^\d+$/u.test(word) && !WEEKDAYS.has(word) && !isStopword(word, language)
  );
}

function wordCount(key: string): number {
  return key.split(" ").length;
}

function majorityLanguage(languages: readonly Language[]): Language {
  const en = languages.filter((l) => l === "en").length;
  return en * 2 > languages.length ? "en" : "fr";
}

function slug(text: string): string {
  const s = text
    .normalize("NFD")
    .replace(/\p{M}+/gu, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
  return s === "" ? "story" : s.slice(0, 40).replace(/-+$/g, "");
}

function uniqueId(base: string, taken: ReadonlySet<string>): string {
  let id = base;
  for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
  return id;
}
