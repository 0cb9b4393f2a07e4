import { describe, expect, it } from "vitest";
import { BRIEFING_RULES } from "../../briefings/rules/briefingRules.js";
import { type BriefingRules, briefingRulesFingerprint } from "../../src/index/briefingRules.js";
import { buildIndex } from "../../src/index/buildIndex.js";
import { bundled } from "../helpers/engine.js";

describe("briefing rules given to the index", () => {
  it("decide the precomputed briefing lists: a constant key-quote score ranks every speaker at it", async () => {
    const { corpus, config, officials, index } = await bundled();
    const flat: BriefingRules = { ...BRIEFING_RULES, keyQuoteScore: () => 0.25 };
    const other = buildIndex(corpus, config, officials, flat);
    const scores = [...other.briefing.speakers.values()].flat().map((t) => t.bestScore);
    expect(scores.length).toBeGreaterThan(0);
    expect(new Set(scores)).toEqual(new Set([0.25]));
    expect(other.briefing.topics).toEqual(index.briefing.topics);
  });

  it("have a fingerprint that changes with the weights and the scores, and only with them", () => {
    const same = briefingRulesFingerprint({ ...BRIEFING_RULES });
    expect(same).toBe(briefingRulesFingerprint(BRIEFING_RULES));
    expect(same).toMatch(/^[0-9a-f]{16}$/);
    const lead = { ...BRIEFING_RULES, priors: { ...BRIEFING_RULES.priors, lead: 0.4 } };
    expect(briefingRulesFingerprint(lead)).not.toBe(same);
    const kind: BriefingRules = { ...BRIEFING_RULES, quoteSignificance: (s, c) => s * c };
    expect(briefingRulesFingerprint(kind)).not.toBe(same);
  });
});
