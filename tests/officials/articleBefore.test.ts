import { describe, expect, it } from "vitest";
import { nameTakesArticle } from "../../src/officials/articleBefore.js";
import { discoverPeople } from "../../src/officials/discoverPeople.js";
import { discoverSpeakers } from "../../src/officials/discoverSpeakers.js";
import { PersonEvidence } from "../../src/officials/personEvidence.js";
import { capitalisedWords } from "../../src/officials/plainNames.js";
import { discoverInSentence } from "../../src/officials/sentenceDiscovery.js";

/** Where `name` starts in `sentence`, as a run of capitalised words would. */
function takesArticle(sentence: string, run: string, offset = 0): boolean {
  return nameTakesArticle(sentence, sentence.indexOf(run), run, offset);
}

describe("nameTakesArticle: a name written after a determiner is no person's", () => {
  it.each([
    ["Il a acheté la Renault Clio de son frère.", "Renault Clio", 0, true],
    ["Il conduisait l'Ariane Cinq depuis deux ans.", "Ariane Cinq", 0, true],
    ["Elle a vu une Simca Aronde au salon.", "Simca Aronde", 0, true],
    ["La Tour Eiffel brille ce soir.", "La Tour Eiffel", 3, true],
    ["Marie Dupont a parlé hier.", "Marie Dupont", 0, false],
    ["Le ministre Paul Martin a parlé.", "Paul Martin", 0, false],
    ["Il cite Jean de La Fontaine.", "La Fontaine", 0, false],
    ["Il a rencontré La Van Minh hier.", "La Van Minh", 3, false],
    ["La présentation du nouvel Atlas Cross Sport aura lieu lundi.", "Atlas Cross Sport", 0, true],
    ["On attend la nouvelle Renault Clio.", "Renault Clio", 0, true],
  ])("%s (%s) → %s", (sentence, run, offset, expected) => {
    expect(takesArticle(sentence, run, offset)).toBe(expected);
  });

  it("keeps such names out of the candidates and counts their first word", () => {
    const words = capitalisedWords("On a vu la Renault Clio, puis le Gers et Marie Dupont.");
    expect(words.names).toEqual(["Marie Dupont"]);
    expect(words.articled).toEqual(["Renault", "Gers"]);
  });

  it("counts a name after a place noun's 'de' as written where places stand", () => {
    expect(
      capitalisedWords("Les combats ont touché la ville de Tal Abyad et Ras Koto.").locatedNames,
    ).toEqual(["Tal Abyad"]);
    expect(capitalisedWords("Des tirs ont visé la région de Mossoul hier.").located).toEqual([
      "Mossoul",
    ]);
  });

  it("does not introduce a car or a place by an apposition", () => {
    expect(
      discoverPeople("Le constructeur lance la Renault Clio, son premier modèle hybride."),
    ).toEqual([]);
  });
});

describe("complements are not people", () => {
  it("takes no name after a preposition for a role's apposition", () => {
    expect(discoverPeople("a dit le directeur du bureau des affaires de Saint Kitts hier")).toEqual(
      [],
    );
  });

  it("takes no name after a preposition for the speaker of an inverted verb", () => {
    expect(discoverSpeakers(`"C'est fini", a déclaré le ministre sur Radio Nova.`)).toEqual([]);
    expect(discoverSpeakers(`"C'est fini", explique le maire joint par Ouest Info.`)).toEqual([]);
    expect(discoverSpeakers(`"C'est fini", a déclaré Paul Martin.`)).toEqual(["Paul Martin"]);
  });
});

describe("PersonEvidence: a word that takes a determiner is no given name", () => {
  const evidence = PersonEvidence.fromDiscoveries(
    [
      "La Renault Clio est sortie.",
      "On a vu la Renault Clio.",
      "Il aime le Renault Trafic.",
      `"C'est bien", a déclaré Renault Martin.`,
      `"C'est bien", a déclaré Aurélien Martin.`,
    ].map(discoverInSentence),
  );

  it("refuses it although a speech verb introduced it", () => {
    expect(evidence.takesArticle("Renault")).toBe(true);
    expect(evidence.isGivenName("Renault")).toBe(false);
    expect(evidence.plausible("Renault Martin")).toBe(false);
  });

  it("keeps the given names the corpus never writes after a determiner", () => {
    expect(evidence.takesArticle("Aurélien")).toBe(false);
    expect(evidence.plausible("Aurélien Martin")).toBe(true);
  });
});

describe("PersonEvidence: a given name that is also a place's", () => {
  const sentences = (names: readonly string[]) =>
    PersonEvidence.fromDiscoveries(
      [
        "La tempête a frappé la Caroline du Nord.",
        "Les secours sont arrivés en Caroline du Sud après la Caroline du Nord.",
        "La Caroline du Sud vote mardi.",
        ...names.map((name) => `"Nous sommes prêts", a déclaré la députée ${name}.`),
      ].map(discoverInSentence),
    );

  it("stays a given name when it opens more different full names than it takes determiners", () => {
    const evidence = sentences([
      "Caroline Fiat",
      "Caroline Roux",
      "Caroline Janvier",
      "Caroline Cayeux",
    ]);
    expect(evidence.takesArticle("Caroline")).toBe(true);
    expect(evidence.isGivenName("Caroline")).toBe(true);
    expect(evidence.plausible("Caroline Fiat")).toBe(true);
  });

  it("is a place's name when it takes determiners as often as it opens different names", () => {
    const evidence = sentences(["Caroline Fiat", "Caroline Fiat", "Caroline Roux"]);
    expect(evidence.isGivenName("Caroline")).toBe(false);
    expect(evidence.plausible("Caroline Fiat")).toBe(false);
  });
});
