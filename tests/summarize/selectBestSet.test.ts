import { describe, expect, it } from "vitest";
import { selectBestSet } from "../../src/summarize/selectBestSet.js";

const item = (score: number, words: number, term: string) => ({
  score,
  words,
  chars: words * 6,
  vector: new Map([[term, 1]]),
});

describe("selectBestSet", () => {
  const items = [item(1, 30, "a"), item(0.9, 10, "b"), item(0.8, 12, "c"), item(0.7, 30, "a")];
  const options = { maxSentences: 2, maxChars: Number.POSITIVE_INFINITY, maxWords: 32 };

  it("takes the pair with the best score less the length term, not the best one first", () => {
    // {0,1}: 1.9 − 0.5·8/32 = 1.775; {1,2}: 1.7 − 0.5·10/32 = 1.54; {0}: 1 − 0.5·2/32.
    expect(selectBestSet(items, { ...options, lengthPenalty: 0.5, pool: 4 })).toEqual([0, 1]);
    // A heavy length term: the single 30-word item is nearest to 32 words.
    expect(selectBestSet(items, { ...options, lengthPenalty: 10, pool: 4 })).toEqual([0]);
  });

  it("never pairs two items above the similarity limit", () => {
    const twins = [item(1, 16, "a"), item(1, 16, "a"), item(0.1, 16, "z")];
    expect(selectBestSet(twins, { ...options, lengthPenalty: 0, pool: 3 })).toEqual([0, 2]);
  });

  it("combines only the best `pool` items", () => {
    expect(selectBestSet(items, { ...options, lengthPenalty: 0, pool: 1 })).toEqual([0]);
  });
});
