import { describe, expect, it } from "vitest";
import { bcubed } from "../../bench/stories/bcubed.js";

describe("B-cubed", () => {
  const gold = new Map([
    ["a", "x"],
    ["b", "x"],
    ["c", "y"],
    ["d", "z"],
  ]);

  it("is perfect for the gold clustering itself", () => {
    expect(bcubed(gold, gold)).toEqual({ precision: 1, recall: 1, f1: 1, items: 4 });
  });

  it("scores a wrong merge and an unplaced item", () => {
    // {a,b,c} merged; d not placed (counts alone).
    const system = new Map([
      ["a", "1"],
      ["b", "1"],
      ["c", "1"],
    ]);
    const score = bcubed(gold, system);
    // Precision: a,b 2/3 each, c 1/3, d 1 → (2/3+2/3+1/3+1)/4 = 2/3. Recall: all 1.
    expect(score.precision).toBeCloseTo(2 / 3, 10);
    expect(score.recall).toBe(1);
    expect(score.f1).toBeCloseTo(0.8, 10);
  });

  it("scores all singletons by the gold clusters' sizes", () => {
    const score = bcubed(gold, new Map());
    expect(score.precision).toBe(1);
    expect(score.recall).toBeCloseTo((0.5 + 0.5 + 1 + 1) / 4, 10);
  });
});
