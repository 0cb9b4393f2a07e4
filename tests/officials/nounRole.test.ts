import { describe, expect, it } from "vitest";
import { discoverPeople } from "../../src/officials/discoverPeople.js";
import { GenderedNouns, genderedNounsOf } from "../../src/officials/genderedNouns.js";
import { nounRole } from "../../src/officials/nounRole.js";

/** What a corpus with these sentences says about nouns. */
function corpusNouns(...sentences: string[]): GenderedNouns {
  const nouns = new GenderedNouns();
  for (const s of sentences) nouns.add(genderedNounsOf(s));
  return nouns;
}

const NOUNS = corpusNouns(
  "Un acteur et une actrice sont arrivés.",
  "Le réalisateur a parlé à la réalisatrice.",
  "Le footballeur blessé et la footballeuse titulaire.",
  "Un joueur et une joueuse du club.",
  "Le fils et la fille du maire.",
  "Le quotidien a publié un sondage.",
  "Le premier tour et la première manche.",
);

/** The role `nounRole` finds for the name `name` inside `sentence`. */
function roleOf(sentence: string, name: string): string | null {
  const at = sentence.indexOf(name);
  return nounRole(sentence.slice(0, at), sentence.slice(at + name.length), NOUNS);
}

describe("nounRole: roles given by nouns the corpus uses for people", () => {
  it.each([
    ["L'actrice Marie Durand a répondu aux critiques.", "Marie Durand", "actrice"],
    [
      "Le jeune réalisateur québécois Paul Tremblay s'est exprimé.",
      "Paul Tremblay",
      "réalisateur québécois",
    ],
    [
      "Selon l'ancien joueur du PSG Marc Leroy, le club a changé.",
      "Marc Leroy",
      "ancien joueur du PSG",
    ],
    [
      "Paul Tremblay, réalisateur québécois, était présent.",
      "Paul Tremblay",
      "réalisateur québécois",
    ],
    ["Il a joué avec le futur acteur Paul Tremblay.", "Paul Tremblay", "futur acteur"],
  ])("%s -> %s", (sentence, name, role) => {
    expect(roleOf(sentence, name)).toBe(role);
  });

  it.each([
    ["Son fils Marc Leroy est venu.", "Marc Leroy", "a relation is not a role"],
    ["Le quotidien Marc Leroy a titré.", "Marc Leroy", "a noun of things (one gender only)"],
    ["Au premier tour, Marie Durand est arrivée en tête.", "Marie Durand", "an ordinal"],
    ["Marie Durand, qui a répondu, était présente.", "Marie Durand", "a relative clause"],
    ["Une interview retweetée par Marie Durand a circulé.", "Marie Durand", "an agent after 'par'"],
    [
      "La réalisatrice pourra aussi entendre Marie Durand si elle le souhaite.",
      "Marie Durand",
      "a verb and an adverb end the noun phrase",
    ],
    [
      "Il a été tué par leur collègue radicalisé, Marc Leroy, jeudi.",
      "Marc Leroy",
      "a colleague is a relation",
    ],
    [
      "Elle devait siéger dans la future Commission européenne, Marie Durand, a été écartée.",
      "Marie Durand",
      "'future' is an adjective, not a noun of people",
    ],
  ])("%s: none (%s)", (sentence, name) => {
    expect(roleOf(sentence, name)).toBeNull();
  });
});

describe("discoverPeople: 'premier' heads a title only as a title is written", () => {
  it("takes 'Première dame' and 'Premier ministre', not 'premier tour'", () => {
    expect(discoverPeople("La Première dame Valérie Dupuis a visité l'école.")[0]?.role).toBe(
      "Première dame",
    );
    expect(
      discoverPeople("Après le premier tour des législatives, Rachel Morin a parlé.").map(
        (p) => p.role,
      ),
    ).toEqual([]);
  });
});

describe("discoverPeople: a post before a verb is no title of the name after it", () => {
  it("gives no role across a verb or a conjunction", () => {
    expect(
      discoverPeople(
        "L'entourage du président de la République avait jugé que Mme Goulard avait perdu.",
      ).map((p) => p.role),
    ).toEqual([null]);
    expect(
      discoverPeople("Le président de la République Emmanuel Macron a parlé.").map((p) => p.role),
    ).toEqual(["président de la République"]);
  });
});

describe("discoverPeople: a clause or an adjective is no role", () => {
  it("gives no role from a phrase running into a conditional, or from 'générale' alone", () => {
    expect(
      discoverPeople(
        "Via sa société Marc Leroy, le ministre de l'Ecologie toucherait des royalties sur les ventes.",
      ).map((p) => p.role),
    ).toEqual([]);
    expect(
      discoverPeople(
        "Avant de parler du discours de politique générale, Christian Jacob s'est lancé dans une diatribe.",
      ).map((p) => p.role),
    ).toEqual([]);
    expect(
      discoverPeople("La secrétaire générale de la CGT, Marie Durand, a parlé.").map((p) => p.role),
    ).toEqual(["secrétaire générale de la CGT"]);
  });
});

describe("discoverPeople: a post held beside another", () => {
  it("heads the role with the post before 'auprès du/de la'", () => {
    expect(
      discoverPeople(
        "Invité de CNews, le secrétaire d'État auprès du ministre de l'Intérieur, Laurent Nuñez, a confirmé.",
      ).map((p) => p.role),
    ).toEqual(["secrétaire d'État auprès du ministre de l'Intérieur"]);
    expect(
      discoverPeople(
        "La secrétaire d'État auprès de la ministre des Armées Geneviève Darrieussecq a parlé.",
      ).map((p) => p.role),
    ).toEqual(["secrétaire d'État auprès de la ministre des Armées"]);
  });
});
