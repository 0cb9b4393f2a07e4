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

describe("reported speech without 'que'", () => {
  it("reads an object of 'critiquer', an infinitive after 'indiquer' and an indirect question", () => {
    const text =
      "Pierre Durand a vivement critiqué les médias lundi. " +
      "Julie Bernard a indiqué avoir déjà reçu les candidats. " +
      "Marc Leroy a expliqué sur la radio pourquoi le club refusait l'offre. " +
      "Paul Martin a lancé un nouveau projet.";
    expect(statementsOf(text).indirect.map((s) => s.speaker)).toEqual([
      "Pierre Durand",
      "Julie Bernard",
      "Marc Leroy",
    ]);
  });
});
