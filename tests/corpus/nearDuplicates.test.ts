import { describe, expect, it } from "vitest";
import { chance, mulberry32, pick, randomInt } from "../../bench/perf/prng.js";
import { findNearDuplicates, NearDuplicateFinder } from "../../src/corpus/clean/nearDuplicates.js";
import { ScanningNearDuplicates } from "../helpers/scanningNearDuplicates.js";

/**
 * Term sets from a small vocabulary (so some terms pass the 400-sentence limit), a third of them
 * copies of an earlier set with a term or two taken out or added (near-duplicates both ways).
 */
function termSets(seed: number, count: number): Set<string>[] {
  const random = mulberry32(seed);
  const vocabulary = Array.from({ length: 90 }, (_, i) => `t${i}`);
  const sets: Set<string>[] = [];
  for (let i = 0; i < count; i++) {
    const earlier = sets.length > 0 && chance(random, 0.35) ? pick(random, sets) : null;
    const set = new Set(earlier ?? []);
    if (earlier) {
      for (let k = randomInt(random, 0, 2); k > 0 && set.size > 0; k--) {
        set.delete(pick(random, [...set]));
      }
      for (let k = randomInt(random, 0, 3); k > 0; k--) set.add(pick(random, vocabulary));
    } else {
      const size = randomInt(random, 3, 22);
      while (set.size < size) set.add(pick(random, vocabulary));
    }
    sets.push(set);
  }
  return sets;
}

describe("NearDuplicateFinder", () => {
  it("gives the verdicts of scanning every list, sentence by sentence", () => {
    for (const seed of [1, 2, 3]) {
      const sets = termSets(seed, 4000);
      const finder = new NearDuplicateFinder();
      const reference = new ScanningNearDuplicates();
      const verdicts = sets.map((set) => finder.add(set));
      expect(verdicts).toEqual(sets.map((set) => reference.add(set)));
      // The stream really exercises both outcomes, several drops at once included.
      expect(verdicts.filter((v) => !v.keep).length).toBeGreaterThan(300);
      expect(verdicts.filter((v) => v.drops.length > 0).length).toBeGreaterThan(100);
      expect(verdicts.some((v) => v.drops.length > 1)).toBe(true);
    }
  });

  it("goes on from a saved state with the verdicts of one finder", () => {
    const sets = termSets(7, 3000);
    const whole = new NearDuplicateFinder();
    const expected = sets.map((set) => whole.add(set));
    const first = new NearDuplicateFinder();
    for (const set of sets.slice(0, 1700)) first.add(set);
    const resumed = new NearDuplicateFinder(first.state());
    expect(sets.slice(1700).map((set) => resumed.add(set))).toEqual(expected.slice(1700));
    expect(resumed.count).toBe(3000);
  });

  it("keeps the richer of two sentences and drops the poorer ones met before a richer one", () => {
    const set = (s: string) => new Set(s.split(" "));
    const dropped = findNearDuplicates([
      set("a b c d e f"), // 0: dropped by 2
      set("a b c d e f g h i j"), // 1: kept, richer than 2
      set("a b c d e f g"), // 2: drops 0, then meets 1 and is dropped
    ]);
    expect([...dropped].sort()).toEqual([0, 2]);
  });
});
