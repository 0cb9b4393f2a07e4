import { describe, expect, it } from "vitest";
import { GenderedNouns, genderedNounsOf } from "../../src/officials/genderedNouns.js";
import { descriptionSubject } from "../../src/quotes/descriptionSubject.js";
import { statementsOf } from "./excerpts.js";

const nouns = new GenderedNouns();
for (const s of [
  "Un animateur et une animatrice sont venus.",
  "Le trentenaire et la trentenaire.",
  "Une élue et un élu.",
  "Le quotidien a publié la circulaire.",
]) {
  nouns.add(genderedNounsOf(s));
}

describe("GenderedNouns: nouns of people take both genders in the corpus", () => {
  it.each([
    ["animateur", true],
    ["animatrice", true],
    ["trentenaire", true],
    ["élue", true],
    ["quotidien", false],
    ["circulaire", false],
  ])("%s → %s", (noun, people) => {
    expect(nouns.namesPeople(noun)).toBe(people);
  });
});

describe("descriptionSubject: a described subject after an inverted speech verb", () => {
  it("reads the pronoun a description of a person stands for", () => {
    expect(descriptionSubject(" le nouvel animateur de M6.", nouns)).toEqual({
      phrase: "le nouvel animateur de M6",
      pronoun: "il",
    });
    expect(descriptionSubject(" dimanche l'élue sur une radio.", nouns)?.pronoun).toBe("elle");
  });

  it("refuses things, institutions, indefinites and complements", () => {
    expect(descriptionSubject(" le quotidien.", nouns)).toBeNull();
    expect(descriptionSubject(" l'un de ses collaborateurs.", nouns)).toBeNull();
    expect(descriptionSubject(" à l'animateur.", nouns)).toBeNull();
  });
});

describe("a quote credited to a description of the person the article is about", () => {
  it("gives '…, a reconnu le nouvel animateur' to the man who opened the previous sentence", () => {
    const text =
      "Un animateur est venu, une animatrice aussi. Après son malaise, David Ginola a été opéré en urgence. " +
      `"Il y avait neuf chances sur dix pour que je ne m'en sorte pas", a reconnu le nouvel animateur de la chaîne.`;
    expect(statementsOf(text).direct).toEqual([
      {
        text: "Il y avait neuf chances sur dix pour que je ne m'en sorte pas",
        speaker: "David Ginola",
      },
    ]);
  });

  it("leaves a quote credited to a newspaper without a person", () => {
    const text =
      "Le quotidien a publié la circulaire. Après son malaise, David Ginola a été opéré en urgence. " +
      `"Le ministère veut tout revoir en profondeur", explique le quotidien.`;
    expect(statementsOf(text).direct).toEqual([
      { text: "Le ministère veut tout revoir en profondeur", speaker: null },
    ]);
  });
});
