import type { BriefingRules } from "../../src/index/briefingRules.js";
import { BRIEFING_PRIORS } from "./priors.js";
import { keyQuoteScore, quoteSignificance } from "./quoteScores.js";

/**
 * The briefings' rules, as the index applies them when it precomputes the briefing lists. Passed
 * to the index by the wiring (src/app.ts) and by the bench's and tests' engine helpers.
 */
export const BRIEFING_RULES: BriefingRules = {
  priors: BRIEFING_PRIORS,
  keyQuoteScore,
  quoteSignificance,
};
