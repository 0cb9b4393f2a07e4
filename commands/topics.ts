import { defineCommand } from "./defineCommand.js";
import type { TopicSummary } from "./types.js";

/** `/topics` — the configured topics and how much the corpus says about each. */
export const topics = defineCommand({
  name: "topics",
  description: "List the topics briefbot follows",
  preconditions: ["flood-limits"],
  cli: {
    synopsis: "topics",
    summary: "list the topics and how much the corpus says about each",
    about: "Lists the configured topics with the number of sentences and articles on each.",
  },
  options: [],
  execute(_input, deps) {
    const summaries: TopicSummary[] = deps.index.topics.map((topic) => {
      const on = deps.index.sentences.filter((s) => s.topics.has(topic.id));
      return {
        id: topic.id,
        title: topic.title,
        description: topic.description,
        sentences: on.length,
        articles: new Set(on.map((s) => s.sentence.articleId)).size,
      };
    });
    return { kind: "topics", topics: summaries };
  },
});
