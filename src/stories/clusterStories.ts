import { createHash } from "node:crypto";
import type { SparseVector } from "../summarize/vectors.js";
import { runAtOnce, type Steps } from "../util/steps.js";

/** An article as story matching sees it: its vector and its day (null when undated). */
export interface StoryItem {
  readonly id: string;
  /** Days since 1970-01-01 (UTC) of its publication date, or null when undated. */
  readonly day: number | null;
  /** Unit vector, heaviest terms first (as `storyVectors` makes them). */
  readonly vector: SparseVector;
  /** Its language ("fr", "en", "und"): words compare within a language only. */
  readonly language: string;
  /** Unit vector of what it names the same in any language (people, names, numbers). */
  readonly names: SparseVector;
}

/** When an article joins a story rather than starting one. */
export interface ClusterSettings {
  /** Least cosine between an article and a story's centroid for the article to join it. */
  readonly threshold: number;
  /**
   * For an article in another language than the story's: the least cosine between what they
   * name (people, names, numbers), their words being no evidence across languages.
   */
  readonly crossThreshold: number;
  /** An article joins only a story whose dates come within this many days of its own. */
  readonly windowDays: number;
  /** How many of an article's heaviest terms look up the stories that may take it. */
  readonly lookupTerms: number;
}

/**
 * Which story each article is in (article id → story id), kept between builds: an article placed
 * once stays where it is; only articles it has not seen are placed. The caller owns it (the
 * engine cache) and a saved index saves it.
 */
export type StoryLedger = Map<string, string>;

interface OpenStory {
  readonly id: string;
  readonly centroid: Map<string, number>;
  norm2: number;
  readonly names: Map<string, number>;
  namesNorm2: number;
  /** Its articles per language: its language is the commonest. */
  readonly languages: Map<string, number>;
  first: number | null;
  last: number | null;
}

/**
 * Online story clustering. Articles go in date order (undated last, then in the given order);
 * an article the ledger already places joins its story as it was; a new one joins the story whose
 * centroid is nearest (cosine ≥ `threshold`) among the stories that share one of its heaviest
 * terms and whose dates come within `windowDays` of its own, or starts a story. The corpus is
 * never re-clustered: the ledger is updated in place (new articles added, articles gone removed)
 * and each new article costs a lookup among the few stories sharing its terms.
 */
export function clusterStories(
  items: readonly StoryItem[],
  ledger: StoryLedger,
  settings: ClusterSettings,
): StoryLedger {
  return runAtOnce(clusterSteps(items, ledger, settings));
}

/**
 * `clusterStories` as steps (`Steps`), one per article. The ledger is updated as articles are
 * placed: it is the caller's to keep away from readers until the steps end.
 */
export function* clusterSteps(
  items: readonly StoryItem[],
  ledger: StoryLedger,
  settings: ClusterSettings,
): Steps<StoryLedger> {
  const order = items
    .map((item, i) => ({ item, i }))
    .sort((a, b) => (a.item.day ?? Infinity) - (b.item.day ?? Infinity) || a.i - b.i)
    .map(({ item }) => item);
  const stories = new Map<string, OpenStory>();
  const postings: Postings = new Map();
  const present = new Set(items.map((i) => i.id));
  for (const id of [...ledger.keys()]) if (!present.has(id)) ledger.delete(id);

  for (const item of order) {
    place(item, ledger, stories, postings, settings);
    yield;
  }
  return ledger;
}

/** Puts one article in the story the ledger gives it, or the nearest, or a new one. */
function place(
  item: StoryItem,
  ledger: StoryLedger,
  stories: Map<string, OpenStory>,
  postings: Postings,
  settings: ClusterSettings,
): void {
  const placed = ledger.get(item.id);
  const storyId = placed ?? nearestStory(item, stories, postings, settings)?.id ?? null;
  const story = storyId === null ? openStory(item.id, stories) : stories.get(storyId);
  const target = story ?? openStoryWithId(storyId as string, stories);
  join(target, item, postings, settings.lookupTerms);
  ledger.set(item.id, target.id);
}

/**
 * Term → the stories that had it among an article's heaviest terms, with that article's day, in
 * the order articles joined (dated ones by date): a lookup walks back from the newest and stops
 * at the first entry older than the window, so its cost does not grow with the corpus.
 */
type Postings = Map<string, { readonly story: string; readonly day: number | null }[]>;

/** Entries an undated article looks at per term (it has no window to stop at). */
const UNDATED_LOOKBACK = 200;

function nearestStory(
  item: StoryItem,
  stories: ReadonlyMap<string, OpenStory>,
  postings: Postings,
  settings: ClusterSettings,
): OpenStory | null {
  const seen = new Set<string>();
  let best: OpenStory | null = null;
  let bestMargin = 0;
  let bestSame = false;
  const oldest = item.day === null ? null : item.day - settings.windowDays;
  const lookup = [
    ...heaviest(item.vector, settings.lookupTerms),
    ...heaviest(item.names, settings.lookupTerms),
  ];
  for (const term of lookup) {
    const entries = postings.get(term) ?? [];
    const stop = item.day === null ? Math.max(0, entries.length - UNDATED_LOOKBACK) : 0;
    for (let e = entries.length - 1; e >= stop; e--) {
      const entry = entries[e] as { story: string; day: number | null };
      if (oldest !== null && entry.day !== null && entry.day < oldest) break;
      const id = entry.story;
      if (seen.has(id)) continue;
      seen.add(id);
      const story = stories.get(id);
      if (!story || !withinWindow(story, item.day, settings.windowDays)) continue;
      const same = sameLanguage(item.language, story);
      const score = same
        ? similarity(item.vector, story.centroid, story.norm2)
        : similarity(item.names, story.names, story.namesNorm2);
      // Each kind of evidence against its own bar; a story in the article's own language, whose
      // words were compared, wins over one matched on names alone.
      const margin = score - (same ? settings.threshold : settings.crossThreshold);
      if (margin < 0 || (bestSame && !same)) continue;
      if (
        best === null ||
        (same && !bestSame) ||
        margin > bestMargin ||
        (margin === bestMargin && id < best.id)
      ) {
        best = story;
        bestMargin = margin;
        bestSame = same;
      }
    }
  }
  return best;
}

function withinWindow(story: OpenStory, day: number | null, window: number): boolean {
  if (day === null || story.first === null || story.last === null) return true;
  return day <= story.last + window && day >= story.first - window;
}

/** Cosine between an article's (unit) vector and a story's centroid (of squared norm `norm2`). */
function similarity(vector: SparseVector, centroid: Map<string, number>, norm2: number): number {
  if (norm2 === 0) return 0;
  let dot = 0;
  for (const [term, w] of vector) dot += w * (centroid.get(term) ?? 0);
  return dot / Math.sqrt(norm2);
}

/** Whether the article writes in the story's language (the commonest of its articles'). */
function sameLanguage(language: string, story: OpenStory): boolean {
  if (language === "und") return true;
  let commonest: string | null = null;
  let most = 0;
  for (const [lang, n] of story.languages) {
    if (n > most || (n === most && lang === language)) {
      commonest = lang;
      most = n;
    }
  }
  return commonest === null || commonest === "und" || commonest === language;
}

/** Adds a unit vector to a centroid; returns the centroid's new squared norm. */
function addTo(centroid: Map<string, number>, norm2: number, vector: SparseVector): number {
  let dot = 0;
  let self = 0;
  for (const [term, w] of vector) {
    const old = centroid.get(term) ?? 0;
    dot += old * w;
    self += w * w;
    centroid.set(term, old + w);
  }
  return norm2 + 2 * dot + self;
}

function join(story: OpenStory, item: StoryItem, postings: Postings, lookupTerms: number): void {
  story.norm2 = addTo(story.centroid, story.norm2, item.vector);
  story.namesNorm2 = addTo(story.names, story.namesNorm2, item.names);
  story.languages.set(item.language, (story.languages.get(item.language) ?? 0) + 1);
  if (item.day !== null) {
    story.first = story.first === null ? item.day : Math.min(story.first, item.day);
    story.last = story.last === null ? item.day : Math.max(story.last, item.day);
  }
  for (const term of [
    ...heaviest(item.vector, lookupTerms),
    ...heaviest(item.names, lookupTerms),
  ]) {
    const entries = postings.get(term);
    if (entries) entries.push({ story: story.id, day: item.day });
    else postings.set(term, [{ story: story.id, day: item.day }]);
  }
}

/** A new story named after the article that starts it: the same article gives the same id. */
function openStory(articleId: string, stories: Map<string, OpenStory>): OpenStory {
  const base = `s${createHash("sha256").update(articleId).digest("hex").slice(0, 7)}`;
  let id = base;
  for (let n = 2; stories.has(id); n++) id = `${base}-${n}`;
  return openStoryWithId(id, stories);
}

function openStoryWithId(id: string, stories: Map<string, OpenStory>): OpenStory {
  const story: OpenStory = {
    id,
    centroid: new Map(),
    norm2: 0,
    names: new Map(),
    namesNorm2: 0,
    languages: new Map(),
    first: null,
    last: null,
  };
  stories.set(id, story);
  return story;
}

/** The `count` heaviest terms: article vectors hold their terms heaviest first (`storyVectors`). */
function heaviest(vector: SparseVector, count: number): string[] {
  const result: string[] = [];
  for (const term of vector.keys()) {
    if (result.length === count) break;
    result.push(term);
  }
  return result;
}
