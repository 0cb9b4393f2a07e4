import { describe, expect, it } from "vitest";
import { statementsOf } from "./excerpts.js";

const BEFORE =
  "Paul Durand a présenté mardi son plan pour la ville. " +
  `"Nous allons tout reprendre depuis le début", a-t-il assuré. `;

describe("an incise inside a quotation whose subject is no pronoun", () => {
  it("credits the name that follows the verb past an adjunct ('explique Michel Sapin au Monde')", () => {
    const text = `${BEFORE}"Là, c'est injuste, explique Claire Vidal au Monde. La deuxième année est difficile."`;
    expect(statementsOf(text).direct[1]).toEqual({
      text: "Là, c'est injuste, explique Claire Vidal au Monde. La deuxième année est difficile.",
      speaker: "Claire Vidal",
    });
  });

  it("credits the name in apposition to a description ('assure un employé, Daniel Real, mais')", () => {
    const text = `${BEFORE}"Bientôt on rouvrira, assure un employé, Marc Lebrun, mais pour l'instant tout est fermé."`;
    expect(statementsOf(text).direct[1]?.speaker).toBe("Marc Lebrun");
  });

  it("credits nobody for an unnamed source or a thing, not the one who spoke before", () => {
    const text =
      `${BEFORE}"Nous n'avons aucune opposition de principe, a assuré une source à la présidence. Tout reste à discuter." ` +
      `"C'est un réel avertissement, a confirmé samedi au journal l'entourage du maire. Et il vaut pour tous."`;
    expect(statementsOf(text).direct.slice(1)).toEqual([
      {
        text: "Nous n'avons aucune opposition de principe, a assuré une source à la présidence. Tout reste à discuter.",
        speaker: null,
      },
      {
        text: "C'est un réel avertissement, a confirmé samedi au journal l'entourage du maire. Et il vaut pour tous.",
        speaker: null,
      },
    ]);
  });

  it("credits the person a described subject stands for ('a confié le maire')", () => {
    const text = `Alain Juppé, le maire de Bordeaux, a mis fin à la cérémonie. "Je suis scandalisé, a confié le maire devant les caméras. C'est irresponsable."`;
    expect(statementsOf(text).direct).toEqual([
      {
        text: "Je suis scandalisé, a confié le maire devant les caméras. C'est irresponsable.",
        speaker: "Alain Juppé",
      },
    ]);
  });
});

describe("an inverted pronoun incise past its adjuncts", () => {
  it("reads '…, a-t-il déclaré mercredi au Parisien. …' as the incise it is", () => {
    const text =
      "Paul Durand est toujours aussi inquiet pour son parti. " +
      `"Je pense que la concurrence est réelle, a-t-il déclaré mercredi au Parisien. Par le passé, il y en a eu d'autres."`;
    expect(statementsOf(text).direct).toEqual([
      {
        text: "Je pense que la concurrence est réelle, a-t-il déclaré mercredi au Parisien. Par le passé, il y en a eu d'autres.",
        speaker: "Paul Durand",
      },
    ]);
  });
});

describe("words in the first person standing on their own", () => {
  it("go to the person the sentence before opens on, not to whoever spoke last", () => {
    const text =
      `"Je regrette ce résultat", a déclaré Marc Lebrun. ` +
      "De son côté, la nouvelle députée Claire Vidal n'a pas souhaité entretenir la polémique avec Paul Durand. " +
      `"Je tiens à remercier mon prédécesseur pour son travail."`;
    expect(statementsOf(text).direct).toEqual([
      { text: "Je regrette ce résultat", speaker: "Marc Lebrun" },
      { text: "Je tiens à remercier mon prédécesseur pour son travail.", speaker: "Claire Vidal" },
    ]);
  });

  it("leave a quotation in no person where nobody was spoken of", () => {
    const text =
      "La Garde-Freinet a été frappée par la grêle mardi soir. " +
      `"Je n'avais jamais vu un orage aussi violent."`;
    expect(statementsOf(text).direct).toEqual([
      { text: "Je n'avais jamais vu un orage aussi violent.", speaker: null },
    ]);
  });
});

describe("pronominal verbs of speech in the present ('s'indigne', 'se défend')", () => {
  it("credit the name after them, and the subject before them", () => {
    const text =
      `"Elle a refusé de nous recevoir", se défend Marc Lebrun, maire de la ville. ` +
      `Claire Vidal s'interroge : "Qui a donné l'ordre ?"`;
    expect(statementsOf(text).direct).toEqual([
      { text: "Elle a refusé de nous recevoir", speaker: "Marc Lebrun" },
      { text: "Qui a donné l'ordre ?", speaker: "Claire Vidal" },
    ]);
  });

  it("credit nobody for 'un proche de X' in an incise, not X", () => {
    const text =
      "Paul Durand a quitté le parti mardi. " +
      `"Il y a toute une partie des troupes qui continue à lorgner ailleurs, confie un proche de Paul Durand. Les gens sont perdus."`;
    expect(statementsOf(text).direct).toEqual([
      {
        text: "Il y a toute une partie des troupes qui continue à lorgner ailleurs, confie un proche de Paul Durand. Les gens sont perdus.",
        speaker: null,
      },
    ]);
  });
});
