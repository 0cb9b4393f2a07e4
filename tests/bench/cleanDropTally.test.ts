import { describe, expect, it } from "vitest";
import { countArticle, emptyTally, lengthClass } from "../../bench/cleanDropTally.js";

describe("cleanDrops tally", () => {
  it("labels body lengths by class", () => {
    expect([0, 1, 99, 100, 299, 300, 999, 1000, 2999, 3000, 50_000].map(lengthClass)).toEqual([
      "0",
      "1-99",
      "1-99",
      "100-299",
      "100-299",
      "300-999",
      "300-999",
      "1000-2999",
      "1000-2999",
      "3000+",
      "3000+",
    ]);
  });

  it("counts kept and dropped articles, and keeps examples of dropped real ones", () => {
    const tally = emptyTally();
    countArticle(tally, "kept", "Une phrase.", null);
    countArticle(tally, "short", "  Trop   court  ", "no sentence left after cleaning");
    countArticle(tally, "long", `${"Un mot ".repeat(60)}fin.`, "no sentence left after cleaning");
    expect(tally.articles).toBe(3);
    expect(tally.dropped).toBe(2);
    expect(tally.droppedWithRealBody).toBe(1);
    expect(tally.reasons).toEqual({ "no sentence left after cleaning": 2 });
    expect(tally.droppedByBodyChars).toEqual({
      "0": 0,
      "1-99": 1,
      "100-299": 0,
      "300-999": 1,
      "1000-2999": 0,
      "3000+": 0,
    });
    expect(tally.examples).toEqual([
      { id: "long", bodyChars: 424, start: `${"Un mot ".repeat(28)}Un m` },
    ]);
  });
});
