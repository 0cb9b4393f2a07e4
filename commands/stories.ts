import { storySummary } from "../briefings/storySummary.js";
import { articleDatedSince, type SinceReport } from "../briefings/timeWindow.js";
import type { Story } from "../src/stories/story.js";
import { defineCommand } from "./defineCommand.js";
import { SINCE_OPTION, sinceCutoff } from "./sinceOption.js";

/** Stories listed when no limit is given. */
export const DEFAULT_STORY_LIMIT = 10;

/**
 * `/stories [limit:<n>] [since:<when>]` — the corpus's stories, biggest and newest first; with
 * `since`, the stories with articles dated since then, by how many.
 */
export const stories = defineCommand({
  name: "stories",
  description: "The stories in the news: articles about the same event, biggest first",
  preconditions: ["flood-limits"],
  cli: {
    synopsis: "stories [--limit n]",
    summary: "the stories in the corpus, biggest and newest first",
    about:
      "Lists the stories: articles about the same event or running development, grouped across\noutlets and languages, biggest and newest first. Brief one with `briefbot brief <story id>`.\nWith --since, the stories with articles dated since then, most such articles first.",
  },
  options: [
    {
      name: "limit",
      description: "number of stories (1-50)",
      type: "integer",
      required: false,
      min: 1,
      max: 50,
    },
    SINCE_OPTION,
  ],
  execute(input, deps) {
    const { index } = deps;
    const limit = typeof input.limit === "number" ? input.limit : DEFAULT_STORY_LIMIT;
    const since = input.since === undefined ? null : sinceCutoff(input.since, deps.now());
    let listed: readonly Story[] = index.stories.stories;
    let report: SinceReport | null = null;
    if (since !== null) {
      const recent = (id: string) => articleDatedSince(index, id, since);
      listed = index.stories.stories
        .map((story) => ({ story, count: story.articleIds.filter(recent).length }))
        .filter((s) => s.count > 0)
        .sort(
          (a, b) =>
            b.count - a.count || (b.story.lastDate ?? "").localeCompare(a.story.lastDate ?? ""),
        )
        .map((s) => s.story);
      const undated = index.articles.filter((a) => a.date === null).length;
      report = { from: since, undatedLeftOut: undated };
    }
    return {
      kind: "stories",
      total: listed.length,
      stories: listed.slice(0, limit).map((s) => storySummary(index, s)),
      since: report,
    };
  },
});
