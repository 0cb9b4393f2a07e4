import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { type GoldSet, scoreQuotes } from "../../bench/quoteScoring.js";
import { bundled } from "../helpers/engine.js";

const gold = JSON.parse(
  readFileSync(new URL("../gold/bundled-corpus.json", import.meta.url), "utf8"),
) as GoldSet;

describe("quotes and names against the hand-made gold set of the bundled corpus", () => {
  it("attributes (speaker, quote) pairs with precision and recall of at least 0.9", async () => {
    const { index } = await bundled();
    const scores = scoreQuotes(index, gold);
    expect(scores.quotesFound).toBeGreaterThanOrEqual(scores.goldQuotes - 3);
    expect(scores.attribution.precision).toBeGreaterThanOrEqual(0.9);
    expect(scores.attribution.recall).toBeGreaterThanOrEqual(0.9);
  });

  it("resolves every name variant and query of the gold set, and no non-official", async () => {
    const { index } = await bundled();
    const scores = scoreQuotes(index, gold);
    expect(scores.names.precision).toBe(1);
    expect(scores.names.recall).toBeGreaterThanOrEqual(0.95);
    expect(scores.mentionRecall).toBe(1);
  });
});
