import { type Command, type TopicSummary, userError } from "./types.js";
import { validateInput } from "./validateInput.js";

/** `/topics` — the configured topics and how much the corpus says about each. */
export const topics: Command = {
  definition: { name: "topics", description: "List the topics briefbot follows", options: [] },
  execute(input, deps) {
    const checked = validateInput(this.definition, input);
    if (!checked.ok) return userError(checked.message);
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
};
