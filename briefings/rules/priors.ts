import type { PriorWeights } from "../../src/summarize/priors.js";

/**
 * Briefing priors, on the same function as single-article summaries (`sentencePrior`): a mild lead
 * prior (1.3 for the lead down to ~1, the topic score matters more across articles) and a lower
 * prior for sentences opening on a pronoun pointing back ("Il a ajouté…").
 */
export const BRIEFING_PRIORS: PriorWeights = {
  lead: 0.3,
  leadDecay: 1,
  anaphoraPenalty: 0.6,
  connectivePenalty: 0.5,
  quotePenalty: 0.5,
  title: 0,
  shortWords: 0,
  shortFloor: 1,
};
