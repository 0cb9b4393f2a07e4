import type { SentenceTermsMemo } from "../corpus/sentenceTerms.js";
import type { Article } from "../corpus/types.js";
import { terms } from "../nlp/index.js";
import type { SparseVector } from "../summarize/vectors.js";
import { runAtOnce, type Steps } from "../util/steps.js";
import { type ClusterSettings, clusterSteps, type StoryLedger } from "./clusterStories.js";
import type { Story, StoryIndex } from "./story.js";
import {
  type StoryTermsMemo,
  type StoryTermWeights,
  storyNameCounts,
  storyTermCounts,
} from "./storyTerms.js";
import { storyVectorSteps } from "./storyVectors.js";

/** Everything that decides which articles make a story. */
export interface StorySettings extends ClusterSettings {
  readonly weights: StoryTermWeights;
  /** Terms kept per article vector. */
  readonly keepTerms: number;
}

/** Tuned on the tuning days of bench/gold/stories (never on the held-out days). */
export const STORY_SETTINGS: StorySettings = {
  threshold: 0.15,
  crossThreshold: 0.3,
  windowDays: 3,
  lookupTerms: 40,
  keepTerms: 40,
  weights: { title: 3, lead: 2, leadSentences: 3, body: 1, bodySentences: 20, person: 1 },
};

/** What story building reads besides the articles. */
export interface StoryInputs {
  /** Articles left out of the index as repeats (`Corpus.repeats`): placed, counted, not shown. */
  readonly repeats?: readonly Article[];
  readonly terms: SentenceTermsMemo;
  /** Each article's language-free names, kept between builds (valid for `STORY_SETTINGS`' weights). */
  readonly known?: StoryTermsMemo;
  /** Person id → article id → mentions (the officials index's mentions, grouped). */
  readonly mentions: ReadonlyMap<string, ReadonlyMap<string, number>>;
  /** Article → story, kept between builds (updated in place). */
  readonly ledger: StoryLedger;
}

/**
 * The corpus's stories. Articles the ledger places stay in their story; new ones are placed by
 * `clusterStories`; then each story gets its label, dates, outlets and people.
 */
export function buildStories(
  articles: readonly Article[],
  inputs: StoryInputs,
  settings: StorySettings = STORY_SETTINGS,
): StoryIndex {
  return runAtOnce(storySteps(articles, inputs, settings));
}

/** `buildStories` as steps (`Steps`), one per article or story. */
export function* storySteps(
  articles: readonly Article[],
  inputs: StoryInputs,
  settings: StorySettings = STORY_SETTINGS,
): Steps<StoryIndex> {
  const peopleByArticle = new Map<string, Map<string, number>>();
  for (const [personId, byArticle] of inputs.mentions) {
    for (const [articleId, count] of byArticle) {
      let people = peopleByArticle.get(articleId);
      if (!people) {
        people = new Map();
        peopleByArticle.set(articleId, people);
      }
      people.set(personId, count);
    }
  }
  yield;
  const repeats = inputs.repeats ?? [];
  const isRepeat = new Set(repeats.map((a) => a.id));
  const all = [...articles, ...repeats];
  const counts = new Map<string, Map<string, number>>();
  const nameCounts = new Map<string, Map<string, number>>();
  for (const a of all) {
    const people = peopleByArticle.get(a.id) ?? new Map<string, number>();
    counts.set(a.id, storyTermCounts(a, inputs.terms, people, settings.weights));
    nameCounts.set(a.id, storyNameCounts(a, people, settings.weights, inputs.known));
    yield;
  }
  const vectors = yield* storyVectorSteps(counts, settings.keepTerms);
  const names = yield* storyVectorSteps(nameCounts, settings.keepTerms);
  const items = all.map((a) => ({
    id: a.id,
    day: dayOf(a.date),
    language: a.language,
    vector: vectors.get(a.id) ?? new Map(),
    names: names.get(a.id) ?? new Map(),
  }));
  yield;
  const ledger = yield* clusterSteps(items, inputs.ledger, settings);

  const members = new Map<string, Article[]>();
  for (const article of all) {
    const storyId = ledger.get(article.id) as string;
    const list = members.get(storyId);
    if (list) list.push(article);
    else members.set(storyId, [article]);
  }
  yield;
  // A story of repeats alone (what they repeat placed elsewhere) has nothing to show.
  const stories: Story[] = [];
  for (const [id, list] of members) {
    const shown = list.filter((a) => !isRepeat.has(a.id));
    if (shown.length === 0) continue;
    const repeated = list.filter((a) => isRepeat.has(a.id));
    stories.push(storyOf(id, shown, repeated, vectors, peopleByArticle));
    yield;
  }
  stories.sort(
    (a, b) =>
      b.articleIds.length - a.articleIds.length ||
      (b.lastDate ?? "").localeCompare(a.lastDate ?? "") ||
      (a.id < b.id ? -1 : 1),
  );
  yield;
  const byArticle = new Map<string, Story>();
  for (const story of stories) {
    for (const id of [...story.articleIds, ...story.repeats]) byArticle.set(id, story);
  }
  return { stories, byId: new Map(stories.map((s) => [s.id, s])), byArticle };
}

function storyOf(
  id: string,
  articles: readonly Article[],
  repeats: readonly Article[],
  vectors: ReadonlyMap<string, SparseVector>,
  peopleByArticle: ReadonlyMap<string, ReadonlyMap<string, number>>,
): Story {
  const ordered = [...articles].sort(
    (a, b) => (a.date ?? "\uffff").localeCompare(b.date ?? "\uffff") || (a.id < b.id ? -1 : 1),
  );
  const dates = [...ordered, ...repeats]
    .flatMap((a) => (a.date ? [a.date.slice(0, 10)] : []))
    .sort();
  return {
    id,
    label: labelOf(ordered, vectors),
    articleIds: ordered.map((a) => a.id),
    repeats: repeats.map((a) => a.id),
    outlets: ranked(
      [...ordered, ...repeats].flatMap((a) => (a.outlet ? [[a.outlet, 1] as const] : [])),
    ),
    firstDate: dates[0] ?? null,
    lastDate: dates[dates.length - 1] ?? null,
    undated: ordered.filter((a) => a.date === null).length,
    people: storyPeople(ordered, peopleByArticle),
    titleTerms: [...new Set(ordered.flatMap((a) => terms(a.title, a.language)))],
  };
}

/**
 * The people a story names most (five at most): by the number of its articles naming them, then
 * mentions; in a story of several articles, only people at least two of them name (a name one
 * article drops in passing, or a misread name, is not the story's).
 */
function storyPeople(
  articles: readonly Article[],
  peopleByArticle: ReadonlyMap<string, ReadonlyMap<string, number>>,
): string[] {
  const tally = new Map<string, { articles: number; mentions: number }>();
  for (const a of articles) {
    for (const [id, mentions] of peopleByArticle.get(a.id) ?? []) {
      const t = tally.get(id) ?? { articles: 0, mentions: 0 };
      tally.set(id, { articles: t.articles + 1, mentions: t.mentions + mentions });
    }
  }
  const least = articles.length > 1 ? 2 : 1;
  return [...tally]
    .filter(([, t]) => t.articles >= least)
    .sort(
      ([a, ta], [b, tb]) =>
        tb.articles - ta.articles || tb.mentions - ta.mentions || (a < b ? -1 : 1),
    )
    .slice(0, 5)
    .map(([id]) => id);
}

/** The title of the article nearest the story's centre (its first article's on a tie). */
function labelOf(articles: readonly Article[], vectors: ReadonlyMap<string, SparseVector>): string {
  const centre = new Map<string, number>();
  for (const a of articles) {
    for (const [t, w] of vectors.get(a.id) ?? []) centre.set(t, (centre.get(t) ?? 0) + w);
  }
  let best = articles[0] as Article;
  let bestScore = -1;
  for (const a of articles) {
    if (a.title.trim() === "") continue;
    let score = 0;
    for (const [t, w] of vectors.get(a.id) ?? []) score += w * (centre.get(t) ?? 0);
    if (score > bestScore) {
      best = a;
      bestScore = score;
    }
  }
  // Cleaning gives every article a title (its first sentence when the source has none).
  return best.title.trim() || best.id;
}

/** Keys by summed weight, heaviest first (ties alphabetically). */
function ranked(entries: readonly (readonly [string, number])[]): string[] {
  const sums = new Map<string, number>();
  for (const [key, w] of entries) sums.set(key, (sums.get(key) ?? 0) + w);
  return [...sums].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([k]) => k);
}

/** Days since the epoch of an ISO date, or null when undated or unreadable. */
export function dayOf(date: string | null): number | null {
  if (date === null) return null;
  const ms = Date.parse(date.slice(0, 10));
  return Number.isNaN(ms) ? null : Math.floor(ms / 86_400_000);
}
