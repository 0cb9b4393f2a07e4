import { describe, expect, it } from "vitest";
import { statementsOf } from "./excerpts.js";

describe("a name and a colon before a quotation: the line of a list or a heading", () => {
  it("credits each line of a list of reactions to the name it opens on", () => {
    const text =
      "Les réactions se sont multipliées après l'annonce de sa mort. " +
      `- Julie Morel, ancienne ministre de la Culture (2012-2014) : "C'était une femme de courage et de fidélité". ` +
      `- Paul Durand, président du conseil régional : "Nous perdons une grande dame de la politique".`;
    expect(statementsOf(text).direct).toEqual([
      { text: "C'était une femme de courage et de fidélité", speaker: "Julie Morel" },
      { text: "Nous perdons une grande dame de la politique", speaker: "Paul Durand" },
    ]);
  });

  it("credits a heading that opens a sentence, with no apposition", () => {
    const text =
      "La réforme a été présentée mercredi aux syndicats. " +
      `Claire Vidal : "Notre système actuel est très inéquitable et il n'est pas pérenne".`;
    expect(statementsOf(text).direct).toEqual([
      {
        text: "Notre système actuel est très inéquitable et il n'est pas pérenne",
        speaker: "Claire Vidal",
      },
    ]);
  });

  it("does not make the heading's person the one the article's next pronouns stand for", () => {
    const text =
      `Paul Durand a défendu le projet de l'aéroport. "Les travaux vont démarrer avant la fin du quinquennat", s'engage-t-il. ` +
      `Marc Lebrun : "L'aérogare sera modernisée pour accueillir plus de passagers". ` +
      `Le trafic de l'aéroport a augmenté de 14,9 % en 2017. ` +
      `Le plan de financement "va s'établir dans les discussions avec les collectivités", détaille-t-il.`;
    expect(statementsOf(text).direct).toEqual([
      { text: "Les travaux vont démarrer avant la fin du quinquennat", speaker: "Paul Durand" },
      {
        text: "L'aérogare sera modernisée pour accueillir plus de passagers",
        speaker: "Marc Lebrun",
      },
      {
        text: "va s'établir dans les discussions avec les collectivités",
        speaker: "Paul Durand",
      },
    ]);
  });

  it("is no heading when the name does not open its sentence or a verb follows it", () => {
    const text =
      `Paul Durand reproche à son allié de fréquenter le "sulfureux" Marc Lebrun : "Je ne peux pas être accusé au titre de mes liens avec tel ou tel". ` +
      `Claire Vidal, elle, aurait un surnom désobligeant : "son altesse sénilissime".`;
    expect(statementsOf(text).direct).toEqual([
      { text: "sulfureux", speaker: "Paul Durand" },
      {
        text: "Je ne peux pas être accusé au titre de mes liens avec tel ou tel",
        speaker: "Paul Durand",
      },
      { text: "son altesse sénilissime", speaker: null },
    ]);
  });
});
