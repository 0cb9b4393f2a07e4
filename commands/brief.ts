import { describeTopicMiss, resolveTopic } from "../briefings/resolveTopic.js";
import { buildTopicBriefing } from "../briefings/topicBriefing.js";
import { defineCommand } from "./defineCommand.js";
import { SINCE_OPTION, sinceCutoff } from "./sinceOption.js";
import { userError } from "./types.js";

/** `/brief topic:<topic> [limit:<n>]` — the topic's briefing. */
export const brief = defineCommand({
  name: "brief",
  description: "Briefing on one topic, every sentence with its source",
  preconditions: ["briefing-cooldown"],
  cli: {
    synopsis: "brief <topic>",
    summary: "briefing on one topic (id, title or unambiguous prefix)",
    about:
      "Briefing on one topic: its most central, non-redundant sentences, each citing its source.\nThe topic may be its id (geneva-talks), its title or an unambiguous prefix (geneva).",
    lookUp: "briefbot topics",
  },
  options: [
    {
      name: "topic",
      description: "topic id, title or prefix (see /topics)",
      type: "string",
      required: true,
      maxLength: 100,
      autocomplete: "topics",
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
    if (!resolved.ok) return userError(describeTopicMiss(resolved, topics), resolved.suggestions);
    const now = deps.now();
    return {
      kind: "briefing",
      briefing: buildTopicBriefing(deps.index, resolved.topic, {
        now,
        summarizer: deps.summarizer,
        ...(input.limit === undefined ? {} : { maxSentences: input.limit }),
        ...(input.since === undefined ? {} : { since: sinceCutoff(input.since, now) }),
      }),
    };
  },
});
