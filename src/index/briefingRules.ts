import { createHash } from "node:crypto";
import type { Statement } from "../quotes/statement.js";
import type { PriorWeights } from "../summarize/priors.js";

/**
 * The rules that decide what a briefing shows, which the index applies once per corpus version
 * to precompute the briefing lists (`BriefingIndex`). The index owns this shape; the rules
 * themselves are the briefings' (`BRIEFING_RULES` in briefings/rules/) and are passed in by
 * whoever wires the engine, so the index never imports briefings.
 */
export interface BriefingRules {
  /** Position and wording priors of a topic's candidate sentences (`sentencePrior`). */
  readonly priors: PriorWeights;
  /** Key-quote score of a statement for a topic (`whoSpoke`), from its substance and relevance. */
  readonly keyQuoteScore: (substance: number, relevance: number, statement: Statement) => number;
  /** Significance of a statement for its speaker's profile, from its substance and centrality. */
  readonly quoteSignificance: (
    substance: number,
    centrality: number,
    statement: Statement,
  ) => number;
}

/**
 * A hash of the rules (the prior weights and the source text of the scores): work saved by a
 * process with other rules (the briefing priors of a warm state) is not taken back. Hex, 16
 * characters.
 */
export function briefingRulesFingerprint(rules: BriefingRules): string {
  return createHash("sha256")
    .update(JSON.stringify(rules.priors))
    .update(rules.keyQuoteScore.toString())
    .update(rules.quoteSignificance.toString())
    .digest("hex")
    .slice(0, 16);
}
