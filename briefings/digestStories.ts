import type { CorpusIndex } from "../src/index/corpusIndex.js";
import type { IndexedSentence } from "../src/index/indexedSentence.js";
import type { Story } from "../src/stories/story.js";
import type { Summarizer } from "../src/summarize/summarizer.js";
import type { SparseVector } from "../src/summarize/vectors.js";
import { candidatePool, summarizePool } from "./candidatePool.js";
import type { RankedSentence } from "./rankTopic.js";
import { storyCandidates } from "./storyBriefing.js";
import { articleDatedSince } from "./timeWindow.js";

export interface StoryLead {
  readonly story: Story;
  readonly ranked: RankedSentence;
}

/** Stories looked at per top story wanted (some have no sentence left to show). */
const LOOK_AHEAD = 4;
/** The same for a digest of some topics only (most stories say nothing on them). */
const TOPIC_LOOK_AHEAD = 100;

/**
 * The digest's top stories: the biggest new or growing stories — those with the most articles in
 * scope (the channel's unseen articles; all articles without a scope), newest first among
 * equals, shown newest first — each with the best sentence of its articles in scope (on the digest's topics, when it
 * has some), so a story posted before comes back only with what is new in it. No two leads say
 * the same thing.
 */
export function digestStoryLeads(
  index: CorpusIndex,
  options: {
    readonly summarizer: Summarizer;
    readonly count: number;
    readonly maxChars: number;
    readonly articleIds?: ReadonlySet<string>;
    /** Only sentences on these topics (a subscription's); any sentence when absent. */
    readonly topicIds?: readonly string[];
    /** Only articles dated on or after this day (`--since`); undated ones left out then. */
    readonly since?: string;
  },
): StoryLead[] {
  const { articleIds, topicIds, since } = options;
  const recent = (id: string) => since === undefined || articleDatedSince(index, id, since);
  const onTopic = (entry: IndexedSentence) =>
    topicIds === undefined || topicIds.some((id) => entry.topics.has(id));
  const inScope = (id: string) => (articleIds === undefined || articleIds.has(id)) && recent(id);
  const growth = new Map<Story, number>();
  if (articleIds === undefined) {
    for (const story of index.stories.stories) {
      const count =
        since === undefined ? story.articleIds.length : story.articleIds.filter(recent).length;
      if (count > 0) growth.set(story, count);
    }
  } else {
    for (const id of articleIds) {
      if (!recent(id)) continue;
      const story = index.stories.byArticle.get(id);
      if (story) growth.set(story, (growth.get(story) ?? 0) + 1);
    }
  }
  const ranked = [...growth]
    .sort(
      ([a, na], [b, nb]) =>
        nb - na || (b.lastDate ?? "").localeCompare(a.lastDate ?? "") || (a.id < b.id ? -1 : 1),
    )
    .slice(0, options.count * (topicIds === undefined ? LOOK_AHEAD : TOPIC_LOOK_AHEAD));
  const leads: StoryLead[] = [];
  const shown: SparseVector[] = [];
  for (const [story] of ranked) {
    if (leads.length === options.count) break;
    const pool = candidatePool(index, storyCandidates(index, story, inScope), onTopic);
    const best = summarizePool(index, pool, options.summarizer, {
      maxSentences: 1,
      maxChars: options.maxChars,
      exclude: shown,
    })[0];
    if (!best) continue;
    leads.push({ story, ranked: best });
    shown.push(best.entry.vector);
  }
  // The biggest make the top stories; among them the newest leads (stable: equal dates stay
  // biggest first, undated last), so a digest never opens on its oldest story.
  return leads.sort((a, b) => newerFirst(a.ranked.entry.source.date, b.ranked.entry.source.date));
}

/** Comparator: the later date first, an undated one after every dated one. */
function newerFirst(a: string | null, b: string | null): number {
  if (a === b) return 0;
  if (a === null) return 1;
  if (b === null) return -1;
  return a < b ? 1 : -1;
}
