import { defineCommand } from "./defineCommand.js";
import { topicCoverage } from "./topicCoverage.js";

/** `/topics` — the configured topics and how much the corpus says about each. */
export const topics = defineCommand({
  name: "topics",
  description: "List the topics briefbot follows",
  preconditions: ["flood-limits"],
  cli: {
    synopsis: "topics",
    summary: "list the topics and how much the corpus says about each",
    about:
      "Lists the configured topics with the sentences and articles on each, their share of the corpus's articles, and a weak-fit mark for a topic the corpus barely covers.",
  },
  options: [],
  execute(_input, deps) {
    return { kind: "topics", topics: topicCoverage(deps.index) };
  },
});
