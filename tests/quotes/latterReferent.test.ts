import { describe, expect, it } from "vitest";
import { statementsOf } from "./excerpts.js";

describe("'ce dernier', 'cette dernière': the person named last, not the subject", () => {
  it("gives the words of 'Ce dernier a expliqué que «…»' to the man the sentence before ends on", () => {
    const text =
      "Paul Durand a longtemps travaillé dans l'émission présentée par Marc Lebrun. " +
      `Ce dernier a expliqué que "le départ de son ami était une perte".`;
    expect(statementsOf(text).direct).toEqual([
      { text: "le départ de son ami était une perte", speaker: "Marc Lebrun" },
    ]);
  });

  it("hands the next sentence's 'il' to him", () => {
    const text =
      "Paul Durand a longtemps travaillé dans l'émission présentée par Marc Lebrun. " +
      "Ce dernier avait annoncé en avril qu'il quittait la radio. " +
      `Il se dit "particulièrement heureux de cette nouvelle aventure".`;
    expect(statementsOf(text).direct).toEqual([
      { text: "particulièrement heureux de cette nouvelle aventure", speaker: "Marc Lebrun" },
    ]);
  });

  it("reads '», a confié cette dernière' as the woman named last", () => {
    const text =
      "Julie Morel a reçu le soutien de Claire Vidal. " +
      `"Nous ne lâcherons rien", a confié cette dernière.`;
    expect(statementsOf(text).direct).toEqual([
      { text: "Nous ne lâcherons rien", speaker: "Claire Vidal" },
    ]);
  });

  it("falls back on whom 'il' stands for when those sentences name nobody of its gender", () => {
    const text =
      "Paul Durand a longtemps animé une émission. " +
      "La chaîne a changé sa grille. " +
      `Ce dernier a expliqué que "le départ de son ami était une perte".`;
    expect(statementsOf(text).direct).toEqual([
      { text: "le départ de son ami était une perte", speaker: "Paul Durand" },
    ]);
  });
});
