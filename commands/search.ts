import { searchCorpus } from "../briefings/searchResults.js";
import { defineCommand } from "./defineCommand.js";

/** `/search words:<words>` — the stories and sentences about some words. */
export const search = defineCommand({
  name: "search",
  description: "Search the news: the stories and cited sentences about some words",
  preconditions: ["briefing-cooldown"],
  cli: {
    synopsis: "search <words>",
    summary: "the stories and cited sentences about some words",
    about:
      "Searches the corpus: the stories whose headlines or sentences hold the words, and the best\nsentences holding them, each citing its source. French and English words both work.",
  },
  options: [
    {
      name: "words",
      description: "what to look for (sanctions, Lavrov Genève)",
      type: "string",
      required: true,
      minLength: 2,
      maxLength: 100,
    },
    {
      name: "limit",
      description: "number of sentences (1-10)",
      type: "integer",
      required: false,
      min: 1,
      max: 10,
    },
  ],
  execute(input, deps) {
    const limit = input.limit;
    return {
      kind: "search",
      results: searchCorpus(
        deps.index,
        input.words,
        typeof limit === "number"
          ? { now: deps.now(), summarizer: deps.summarizer, maxSentences: limit }
          : { now: deps.now(), summarizer: deps.summarizer },
      ),
    };
  },
});
