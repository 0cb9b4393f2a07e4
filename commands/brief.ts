import { describeTopicMiss, resolveTopic } from "../briefings/resolveTopic.js";
import { buildTopicBriefing } from "../briefings/topicBriefing.js";
import { type Command, userError } from "./types.js";
import { validateInput } from "./validateInput.js";

/** `/brief topic:<topic> [limit:<n>]` — the topic's briefing. */
export const brief: Command = {
  definition: {
    name: "brief",
    description: "Briefing on one topic, every sentence with its source",
    options: [
      {
        name: "topic",
        description: "topic id, title or prefix (see /topics)",
        type: "string",
        required: true,
        maxLength: 100,
        autocomplete: true,
      },
      {
        name: "limit",
        description: "number of sentences (1-20)",
        type: "integer",
        required: false,
        min: 1,
        max: 20,
      },
    ],
  },
  execute(input, deps) {
    const checked = validateInput(this.definition, input);
    if (!checked.ok) return userError(checked.message);
    const topics = deps.index.topics;
    const resolved = resolveTopic(String(checked.values.topic), topics);
    if (!resolved.ok) return userError(describeTopicMiss(resolved, topics), resolved.suggestions);
    const limit = checked.values.limit;
    return {
      kind: "briefing",
      briefing: buildTopicBriefing(
        deps.index,
        resolved.topic,
        typeof limit === "number" ? { now: deps.now(), maxSentences: limit } : { now: deps.now() },
      ),
    };
  },
};
