import { describeTopicMiss, resolveTopic } from "../briefings/resolveTopic.js";
import { buildStoryBriefing } from "../briefings/storyBriefing.js";
import { buildTopicBriefing } from "../briefings/topicBriefing.js";
import { findStories } from "../src/stories/findStories.js";
import { defineCommand } from "./defineCommand.js";
import { SINCE_OPTION, sinceCutoff } from "./sinceOption.js";
import { userError } from "./types.js";

/** `/brief topic:<topic or story> [limit:<n>]` — a topic's briefing, or a story's. */
export const brief = defineCommand({
  name: "brief",
  description: "Briefing on a topic or a story, every sentence with its source",
  preconditions: ["briefing-cooldown"],
  cli: {
    synopsis: "brief <topic or story>",
    summary: "briefing on a topic (id, title or prefix) or a story (id or words)",
    about:
      "Briefing on one topic: its most central, non-redundant sentences, each citing its source.\nThe topic may be its id (geneva-talks), its title or an unambiguous prefix (geneva).\nAnything else is looked up among the stories (`briefbot stories`): a story id (s1a2b3c4)\nor words of its headline brief the best matching story.",
    lookUp: "briefbot topics",
  },
  options: [
    {
      name: "topic",
      description: "topic (see /topics), or story id or words (see /stories)",
      type: "string",
      required: true,
      maxLength: 100,
      autocomplete: "briefable",
    },
    {
      name: "limit",
      description: "number of sentences (1-20)",
      type: "integer",
      required: false,
      min: 1,
      max: 20,
    },
    SINCE_OPTION,
  ],
  execute(input, deps) {
    const topics = deps.index.topics;
    const resolved = resolveTopic(input.topic, topics);
    const now = deps.now();
    const options = {
      now,
      summarizer: deps.summarizer,
      ...(input.limit === undefined ? {} : { maxSentences: input.limit }),
      ...(input.since === undefined ? {} : { since: sinceCutoff(input.since, now) }),
    };
    if (resolved.ok) {
      return {
        kind: "briefing",
        briefing: buildTopicBriefing(deps.index, resolved.topic, options),
      };
    }
    const miss = describeTopicMiss(resolved, topics);
    if (resolved.reason !== "unknown") return userError(miss, resolved.suggestions);
    const story = findStories(deps.index.stories, input.topic)[0];
    if (story) {
      return { kind: "briefing", briefing: buildStoryBriefing(deps.index, story, options) };
    }
    // A near miss of a topic name: the topic it resembles is the answer to offer.
    if (resolved.suggestions.length > 0) return userError(miss, resolved.suggestions);
    return userError(`${miss}; no story matches it either (see stories)`, resolved.suggestions);
  },
});
