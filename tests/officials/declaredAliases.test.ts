import { describe, expect, it } from "vitest";
import { declaredAliases } from "../../src/officials/declaredAliases.js";
import { statementsOf } from "../quotes/excerpts.js";

describe("declaredAliases: another name the text gives a person right after their name", () => {
  it.each([
    [
      'Le "gilet jaune" Paul Nicolet alias Fly Rider met en doute l\'attaque.',
      [{ name: "Paul Nicolet", alias: "Fly Rider" }],
    ],
    [
      "Caitlyn Jenner, née Bruce Jenner, a réagi.",
      [{ name: "Caitlyn Jenner", alias: "Bruce Jenner" }],
    ],
    // A birth surname alone is the person's given name with it.
    [
      "Jeannine Perrin, née Garnaud, vit à Briey.",
      [{ name: "Jeannine Perrin", alias: "Jeannine Garnaud" }],
    ],
    [
      "Max Valin, de son vrai nom Régis Hausse, a caché la chouette.",
      [{ name: "Max Valin", alias: "Régis Hausse" }],
    ],
    ['Basile Fortin, dit "Tino", explique la méthode.', [{ name: "Basile Fortin", alias: "Tino" }]],
    [
      "Michelle Marin, surnommée « Mimi », côtoie le couple.",
      [{ name: "Michelle Marin", alias: "Mimi" }],
    ],
  ])("%s", (sentence, expected) => {
    expect(declaredAliases(sentence)).toEqual(expected);
  });

  it.each([
    "Emmanuel Macron dit « Nous allons gagner cette bataille ».",
    "Jean Dupont, né à Paris en 1950, est mort.",
    "Jean Dupont, dit-il, reviendra.",
    "« Nous partons », dit Jean Dupont.",
  ])("finds none in: %s", (sentence) => {
    expect(declaredAliases(sentence)).toEqual([]);
  });
});

describe("people with declared aliases", () => {
  it("credits the alias's mentions to the person, and lists no one under the alias", () => {
    const text =
      "Caitlyn Jenner, née Bruce Jenner, a réagi à l'attaque. " +
      '"Je suis choquée", a déclaré Bruce Jenner sur Twitter.';
    const found = statementsOf(text);
    expect(found.people).toEqual(["Caitlyn Jenner"]);
    expect(found.direct).toEqual([{ text: "Je suis choquée", speaker: "Caitlyn Jenner" }]);
  });

  it("drops a person discovered under the other name, keeping the name the article uses", () => {
    const text =
      "Max Valin, de son vrai nom Régis Hausse, a caché la chouette en 1993. " +
      'Régis Hausse, 60 ans, est mort en 2009. "Elle est introuvable", avait déclaré Max Valin.';
    const found = statementsOf(text);
    expect(found.people).toEqual(["Max Valin"]);
    expect(found.direct).toEqual([{ text: "Elle est introuvable", speaker: "Max Valin" }]);
  });
});
