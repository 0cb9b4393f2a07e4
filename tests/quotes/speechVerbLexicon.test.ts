import { describe, expect, it } from "vitest";
import { statementsOf } from "./excerpts.js";

describe("speech verbs in the imperfect and the ones the corpus uses most with 'que'", () => {
  it("reads 'estimait que', 'a révélé que' as reported speech", () => {
    const text =
      "Pierre Durand estimait que la loi n'allait pas assez loin. " +
      "Julie Bernard a révélé que le projet serait abandonné.";
    expect(statementsOf(text).indirect.map((s) => s.speaker)).toEqual([
      "Pierre Durand",
      "Julie Bernard",
    ]);
  });

  it("carries the speaker over 'en incitant à'", () => {
    const text = `« Nous sommes très heureux de rouvrir enfin », dit Marc Leroy, tout en incitant à la "prudence la plus grande".`;
    expect(statementsOf(text).direct).toEqual([
      { text: "Nous sommes très heureux de rouvrir enfin", speaker: "Marc Leroy" },
      { text: "prudence la plus grande", speaker: "Marc Leroy" },
    ]);
  });
});
