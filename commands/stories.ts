import { storySummary } from "../briefings/storySummary.js";
import { defineCommand } from "./defineCommand.js";

/** Stories listed when no limit is given. */
export const DEFAULT_STORY_LIMIT = 10;

/** `/stories [limit:<n>]` — the corpus's stories, biggest and newest first. */
export const stories = defineCommand({
  name: "stories",
  description: "The stories in the news: articles about the same event, biggest first",
  preconditions: ["flood-limits"],
  cli: {
    synopsis: "stories [--limit n]",
    summary: "the stories in the corpus, biggest and newest first",
    about:
      "Lists the stories: articles about the same event or running development, grouped across\noutlets and languages, biggest and newest first. Brief one with `briefbot brief <story id>`.",
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
  ],
  execute(input, deps) {
    const { index } = deps;
    const limit = typeof input.limit === "number" ? input.limit : DEFAULT_STORY_LIMIT;
    return {
      kind: "stories",
      total: index.stories.stories.length,
      stories: index.stories.stories.slice(0, limit).map((s) => storySummary(index, s)),
    };
  },
});
