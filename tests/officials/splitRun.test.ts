import { describe, expect, it } from "vitest";
import { MentionFinder } from "../../src/officials/findMentions.js";
import { NameMatcher } from "../../src/officials/nameMatcher.js";
import { namePart, splitRun } from "../../src/officials/splitRun.js";
import { discoveredPerson } from "../helpers/discoveredPerson.js";

describe("splitRun: the person's name inside a run of capitalised words", () => {
  it.each([
    ["Marie Dupont", "", "Marie Dupont"],
    ["Ursula von der Leyen", "", "Ursula von der Leyen"],
    ["Kremlin Dmitri Peskov", "du ", "Dmitri Peskov"],
    ["Paul Henri Martin", "", "Paul Henri Martin"],
    ["Paul Henri Martin", "de ", "Henri Martin"],
    ["Justice Anne Durand", "de la ", "Anne Durand"],
    ["Elysée Paul Martin", "de l'", "Paul Martin"],
    ["Si Paul Martin", "", "Paul Martin"],
    ["Or Paul Martin", "", "Paul Martin"],
    ["Toutefois Paul Martin", "", "Paul Martin"],
    ["Julien Morel de Saint Lô", "", "Julien Morel"],
    ["Assemblée de Corse Paul Martin", "", "Paul Martin"],
    ["Pernille Wold Ellingsen", "la juge ", "Pernille Wold Ellingsen"],
    ["Gabriel García Márquez", "", "Gabriel García Márquez"],
    ["Intérieur Pernille Wold", "de l'", "Pernille Wold"],
    ["Marine Le Pen", "", "Marine Le Pen"],
    ["Jean-Yves Le Drian", "de ", "Jean-Yves Le Drian"],
    ["Robert De Niro", "", "Robert De Niro"],
    ["Luigi Di Maio", "", "Luigi Di Maio"],
    ["Ursula Von der Leyen", "", "Ursula Von der Leyen"],
  ])("%s (after '%s') → %s", (run, before, name) => {
    expect(splitRun(run, before)?.name).toBe(name);
  });

  it.each([["France Bleu Isère"], ["Radio Nova Lyon"], ["Secretary Blinken"], ["Monde Le Figaro"]])(
    "%s → no person",
    (run) => {
      expect(splitRun(run)).toBeNull();
    },
  );

  it("cuts a run at a preposition only after a full name opening on a given name", () => {
    expect(namePart("Julien Morel de Saint Lô")).toBe("Julien Morel");
    expect(namePart("Charles de Gaulle")).toBe("Charles de Gaulle");
    expect(namePart("Assemblée de Corse Paul Martin")).toBe("Assemblée de Corse Paul Martin");
  });

  it("leaves out a capitalised function word the run ends on (a full stop lost before it)", () => {
    expect(namePart("Emmanuel Macron Ces")).toBe("Emmanuel Macron");
    expect(namePart("Christophe Castaner Mais")).toBe("Christophe Castaner");
    expect(namePart("Marine Le Pen")).toBe("Marine Le Pen");
    expect(namePart("Jean Le")).toBe("Jean Le");
  });
});

const person = (name: string) => discoveredPerson(name);

describe("MentionFinder: middle names and prepositions inside runs", () => {
  const finder = new MentionFinder(
    new NameMatcher([person("Paul Henri Martin"), person("Julien Morel"), person("Anne Durand")]),
  );

  it("finds a three-word name whole, and its surname alone afterwards", () => {
    const sentence = "Paul Henri Martin a chanté.";
    const names = finder.articleNames([sentence]);
    expect(finder.find(sentence, names)).toEqual([
      { personId: "paul-henri-martin", start: 0, end: 17, surface: "Paul Henri Martin" },
    ]);
    expect(finder.find("Martin a souri.", names).map((m) => m.personId)).toEqual([
      "paul-henri-martin",
    ]);
  });

  it("finds the name before a preposition, where it is written", () => {
    const sentence = "Le cardinal Julien Morel de Saint Lô a parlé.";
    expect(finder.find(sentence, new Set())).toEqual([
      { personId: "julien-morel", start: 12, end: 24, surface: "Julien Morel" },
    ]);
  });

  it("finds a surname after a capitalised word and a particle that open the sentence", () => {
    const names = finder.articleNames(["Julien Morel est venu."]);
    expect(finder.find("Autour de Morel, il y avait du monde.", names)).toEqual([
      { personId: "julien-morel", start: 10, end: 15, surface: "Morel" },
    ]);
  });

  it("finds a handle spelling the full name of a person of the article", () => {
    const names = finder.articleNames(["Julien Morel est venu."]);
    expect(finder.find("Il a salué @JulienMorel et @Julien_Morel hier.", names)).toEqual([
      { personId: "julien-morel", start: 11, end: 23, surface: "@JulienMorel" },
      { personId: "julien-morel", start: 27, end: 40, surface: "@Julien_Morel" },
    ]);
    expect(finder.find("Il a salué @JulienMorel hier.", new Set())).toEqual([]);
  });

  it("finds a surname opening on its article, in full and alone ('Marine Le Pen', 'Le Pen')", () => {
    const withArticle = new MentionFinder(
      new NameMatcher([person("Marine Le Pen"), person("Jean-Marie Le Pen")]),
    );
    const sentence = "Samedi, Marine Le Pen a réagi.";
    const names = withArticle.articleNames([sentence]);
    expect(withArticle.find(sentence, names)).toEqual([
      { personId: "marine-le-pen", start: 8, end: 21, surface: "Marine Le Pen" },
    ]);
    expect(withArticle.find("Le Pen a insisté.", names).map((m) => m.personId)).toEqual([
      "marine-le-pen",
    ]);
    const particles = new MentionFinder(
      new NameMatcher([person("Robert De Niro"), person("Ursula Von der Leyen")]),
    );
    const both = "Robert De Niro a salué Ursula Von der Leyen.";
    expect(particles.find(both, particles.articleNames([both])).map((m) => m.surface)).toEqual([
      "Robert De Niro",
      "Ursula Von der Leyen",
    ]);
  });

  it("finds a surname joined to the Arabic article ('Bachar al-Assad'), in full and alone", () => {
    const joined = new MentionFinder(new NameMatcher([person("Bachar al-Assad")]));
    const sentence = "Le président Bachar al-Assad a parlé.";
    const names = joined.articleNames([sentence]);
    expect(joined.find(sentence, names)).toEqual([
      { personId: "bachar-al-assad", start: 13, end: 28, surface: "Bachar al-Assad" },
    ]);
    expect(joined.find("Assad a insisté.", names).map((m) => m.personId)).toEqual([
      "bachar-al-assad",
    ]);
  });

  it("finds the person after a place in the same run", () => {
    const sentence = "La maire de Paris Anne Durand a parlé.";
    expect(finder.find(sentence, new Set()).map((m) => m.surface)).toEqual(["Anne Durand"]);
  });
});

describe("MentionFinder: a first name alone names the one person of the article who bears it", () => {
  const finder = new MentionFinder(
    new NameMatcher([person("Hélène Vasseur"), person("Louis Vasseur"), person("Louis Caron")]),
  );

  it("takes 'Hélène' for Hélène Vasseur, named in full in the article", () => {
    const names = finder.articleNames(["Hélène Vasseur et Louis Vasseur sont venus."]);
    expect(finder.find("Il a remercié Hélène pour son aide.", names)).toEqual([
      {
        personId: person("Hélène Vasseur").id,
        start: 14,
        end: 20,
        surface: "Hélène",
      },
    ]);
  });

  it("takes 'Hélène' after the function word opening a sentence ('Pour Hélène, …')", () => {
    const names = finder.articleNames(["Hélène Vasseur et Louis Vasseur sont venus."]);
    expect(finder.find("Pour Hélène, tout a commencé en juin.", names)).toEqual([
      { personId: person("Hélène Vasseur").id, start: 5, end: 11, surface: "Hélène" },
    ]);
  });

  it("takes nobody when the article names two people with that first name, or none", () => {
    const both = finder.articleNames(["Louis Vasseur et Louis Caron sont venus."]);
    expect(finder.find("Il a remercié Louis.", both)).toEqual([]);
    expect(finder.find("Il a remercié Hélène.", new Set())).toEqual([]);
  });

  it("takes nobody after a title: a king's or a pope's name", () => {
    const names = finder.articleNames(["Louis Caron est venu."]);
    expect(finder.find("Sous le roi Louis, tout a changé.", names)).toEqual([]);
    expect(finder.find("Caron a parlé de Louis.", names).map((m) => m.surface)).toEqual([
      "Caron",
      "Louis",
    ]);
  });
});
