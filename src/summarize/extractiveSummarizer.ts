import { summarize } from "./summarize.js";
import type { Summarizer } from "./summarizer.js";

/**
 * The briefings' summarizer: biased LexRank centrality times the prior, then MMR selection within
 * the budget (`summarize`). It reads the vectors and priors only, not the text or the position.
 */
export const extractiveSummarizer: Summarizer = Object.freeze<Summarizer>({
  id: "lexrank-mmr",
  summarize: (candidates, budget) => summarize(candidates, budget),
});
