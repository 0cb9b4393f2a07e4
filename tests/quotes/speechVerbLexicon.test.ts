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

describe("imperfect forms of the speech verbs the lexicon has in the present", () => {
  const forms =
    "exigeait martelait regrettait répétait observait confirmait réclamait lâchait niait saluait exhortait tranchait glissait souhaitait signalait rétorquait raillait protestait concédait ironisait abondait soupirait plaisantait tempérait développait considérait clamait énumérait assenait assénait fustigeait argumentait accusait rassurait conseillait exposait suggérait questionnait proposait promettait soutenait prétendait concluait prédisait décrivait pestait".split(
      " ",
    );

  // A relative clause after an attribution clause carries the speaker only for a speech verb
  // (an unknown verb there leaves the quotation to nobody).
  it.each(forms)("'…, a souligné le préfet, qui %s « … »' is the préfet's", (verb) => {
    const text = `Jean Castel dirige la police. La finale aura lieu dans un contexte de "menace avérée", a souligné le préfet de police, qui ${verb} "un important dispositif de sécurité".`;
    expect(statementsOf(text).direct.map((s) => s.speaker)).toEqual(["Jean Castel", "Jean Castel"]);
  });

  it("does not read 'appelait' (a phone call, mostly) as speech", () => {
    const text = `Marc Perrin était malade. Il appelait pour dire qu'il avait froid. "Nous irons manger une pizza", écrit sa fille.`;
    expect(statementsOf(text).direct.map((s) => s.speaker)).toEqual([null]);
  });
});
