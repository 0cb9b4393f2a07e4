import { describe, expect, it } from "vitest";
import { FR_PLURAL_FINITE } from "../../src/nlp/speechVerbs.js";
import { statementsOf } from "./excerpts.js";

describe("a quotation opening its sentence after a connective", () => {
  it("goes to the person the sentence before opens on, or to the last speaker", () => {
    const text =
      "Marie Vernet, 77 ans, flânait sur la plage quand elle a vu les flammes. " +
      'Alors, "j\'ai pris un gilet chaud et je suis allée sur la plage", où un bus attendait. ' +
      '"Nous ne partirons pas", a déclaré Paul Garnier. Mais "on peut encore progresser" sur ce point.';
    expect(statementsOf(text).direct).toEqual([
      {
        text: "j'ai pris un gilet chaud et je suis allée sur la plage",
        speaker: "Marie Vernet",
      },
      { text: "Nous ne partirons pas", speaker: "Paul Garnier" },
      { text: "on peut encore progresser", speaker: "Paul Garnier" },
    ]);
  });

  it("is nobody's after a connective when no one spoke or was the subject before", () => {
    const text = 'Le village est calme. Alors, "tout va bien" pour le moment.';
    expect(statementsOf(text).direct).toEqual([{ text: "tout va bien", speaker: null }]);
  });
});

describe("a quotation a plural speech verb credits to a group", () => {
  it("knows the plural of the present, imperfect and future speech verbs", () => {
    for (const verb of ["soulignent", "rappellent", "disent", "écrivent", "estimaient", "diront"]) {
      expect(FR_PLURAL_FINITE.has(verb)).toBe(true);
    }
  });

  it("credits nobody, and hands nobody's turn on to the next quotation", () => {
    const text =
      '"Ces emplois étaient réels", a assuré Paul Garnier. ' +
      '"Les salaires ne faisaient que transiter" sur leur compte, soulignent les juges. ' +
      "Surtout, \"rien ne prouve un travail effectif\", rappellent l'Inserm et l'université.";
    expect(statementsOf(text).direct).toEqual([
      { text: "Ces emplois étaient réels", speaker: "Paul Garnier" },
      { text: "Les salaires ne faisaient que transiter", speaker: null },
      { text: "rien ne prouve un travail effectif", speaker: null },
    ]);
  });

  it("credits the first member the clause names as its subject, not a name after its pronoun", () => {
    const text =
      'Le débat a repris. "Nous n\'avons pas à rougir", écrivent dans Libération Régis Juanico et ' +
      'Mathieu Hanotin. "Nous refusons cette ligne", écrivent-ils, visant Laurent Wauquiez.';
    expect(statementsOf(text).direct).toEqual([
      { text: "Nous n'avons pas à rougir", speaker: "Régis Juanico" },
      { text: "Nous refusons cette ligne", speaker: null },
    ]);
  });

  it("leaves a comparison's plural verb to the words' own speaker", () => {
    const text =
      'Jean Morel a parlé hier. Il a assuré qu\'il ne méprisait "pas du tout" les chanteurs, ' +
      "comme le disent les gens malveillants.";
    expect(statementsOf(text).direct).toEqual([{ text: "pas du tout", speaker: "Jean Morel" }]);
  });
});
