import { suggestTopics } from "../briefings/topicSuggestions.js";
import { defineCommand } from "./defineCommand.js";
import { topicCoverage } from "./topicCoverage.js";
import { userError } from "./types.js";

/**
 * `/topics [suggest]` — the configured topics and how much the corpus says about each; with
 * `suggest`, `topics.json` entries proposed from the biggest stories no topic covers.
 */
export const topics = defineCommand({
  name: "topics",
  description: "List the topics briefbot follows, or suggest new ones from the biggest stories",
  preconditions: ["flood-limits"],
  cli: {
    synopsis: "topics [suggest]",
    summary: "list the topics and how much the corpus says about each; suggest new ones",
    about:
      "Lists the configured topics with the sentences and articles on each, their share of the corpus's articles, and a weak-fit mark for a topic the corpus barely covers.\n`briefbot topics suggest` proposes topics.json entries built from the biggest stories no topic\ncovers (with --json, the entries themselves), for you to review and add to config/topics.json.",
  },
  options: [
    {
      name: "action",
      description: "suggest: propose topics from the biggest stories",
      type: "string",
      required: false,
      maxLength: 20,
      positional: true,
    },
  ],
  execute(input, deps) {
    const action = input.action?.trim().toLowerCase();
    if (action === undefined || action === "") {
      return { kind: "topics", topics: topicCoverage(deps.index) };
    }
    if (action !== "suggest") {
      return userError(`topics takes no '${input.action}' — try: topics suggest`, ["suggest"]);
    }
    return { kind: "topic-suggestions", suggestions: suggestTopics(deps.index) };
  },
});
