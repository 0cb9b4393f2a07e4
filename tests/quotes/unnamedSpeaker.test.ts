import { describe, expect, it } from "vitest";
import { hyphenatedPronounGender, unnamedSpeakerGender } from "../../src/quotes/unnamedSpeaker.js";
import { statementsOf } from "./excerpts.js";

describe("a speaker the article introduces without a name", () => {
  it("keeps the pronouns of the next sentences from falling to the last person named", () => {
    const text =
      `Aïda Namazov, 39 ans, est décédée mardi à l'hôpital. ` +
      `"C'est une famille tranquille", a déclaré à la radio une habitante du quartier. ` +
      `"Elle, je la voyais parfois sur le balcon", a-t-elle ajouté. ` +
      `"Tout le monde est choqué", poursuit-elle.`;
    expect(statementsOf(text).direct).toEqual([
      { text: "C'est une famille tranquille", speaker: null },
      { text: "Elle, je la voyais parfois sur le balcon", speaker: null },
      { text: "Tout le monde est choqué", speaker: null },
    ]);
  });

  it("hands a pronoun of the other gender on as before", () => {
    const text =
      `Marie Durand, 39 ans, a porté plainte mardi. ` +
      `"C'est une famille tranquille", a déclaré un voisin. ` +
      `"Je n'ai rien à me reprocher", a-t-elle répondu.`;
    expect(statementsOf(text).direct).toEqual([
      { text: "C'est une famille tranquille", speaker: null },
      { text: "Je n'ai rien à me reprocher", speaker: "Marie Durand" },
    ]);
  });
});

describe("unnamedSpeakerGender", () => {
  it.each([
    [", lâche un voisin interrogé par la radio.", "m"],
    [", a déclaré à la Dépêche du Midi une habitante du quartier.", "f"],
    [", a déclaré sans hésiter un élu qui le côtoie.", "m"],
    // A definite description takes up someone named; a complement is no speaker.
    [", précise le chauffeur de bus.", null],
    [", insiste Matignon dans un communiqué.", null],
    [" un peu plus haut.", null],
  ])("%s", (clause, gender) => {
    expect(unnamedSpeakerGender(clause)).toBe(gender);
  });

  it("reads the gender of a hyphenated pronoun", () => {
    expect(hyphenatedPronounGender(", a-t-elle ajouté.")).toBe("f");
    expect(hyphenatedPronounGender(", ajoute-t-il.")).toBe("m");
    expect(hyphenatedPronounGender(", dit Marc.")).toBeNull();
  });
});
