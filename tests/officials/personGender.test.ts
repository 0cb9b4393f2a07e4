import { describe, expect, it } from "vitest";
import { buildCorpus } from "../../src/corpus/loadCorpus.js";
import { buildOfficialsIndex } from "../../src/index/buildOfficialsIndex.js";
import { discoverPeople } from "../../src/officials/discoverPeople.js";

/** Each person the articles name, with the gender the index gives them. */
function gendersOf(...texts: string[]): Record<string, string | null> {
  const corpus = buildCorpus(
    texts.map((text, i) => ({ file: `${i}.txt`, format: "txt" as const, text, record: 0 })),
  );
  const index = buildOfficialsIndex(corpus.articles, []);
  return Object.fromEntries(index.people.map((p) => [p.name, p.gender]));
}

describe("the gender a role phrase tells without a determiner", () => {
  it.each([
    ["Marion Maréchal-Le Pen, ancienne députée du Vaucluse, a dit non.", "f"],
    ["Anne Durand, sénatrice de Paris, a dit non.", "f"],
    ["l'ancien Premier ministre Dominique de Villepin a dit non.", "m"],
    ["l'ancienne ministre Dominique Voynet a dit non.", "f"],
    ["Paul Durand, ancien ministre de l'Agriculture, a dit non.", "m"],
    // An epicene post tells nothing by itself.
    ["Camille Durand, ministre de la Culture, a dit non.", null],
    // A relation tells it too, and introduces the person.
    ["Il s'en prend à sa nièce, Marion Maréchal-Le Pen, pour son retrait.", "f"],
    ["La Française a perdu son mari Jonathan Seex dans le crash.", "m"],
  ])("%s", (sentence, gender) => {
    expect(discoverPeople(sentence)[0]?.gender).toBe(gender);
  });
});

describe("a relation before a name", () => {
  it("leaves the person their own role when one follows the name", () => {
    expect(
      discoverPeople(
        "Elle a épousé son compagnon Carlos Ghosn, ancien patron de Renault, en 2016.",
      ),
    ).toEqual([{ name: "Carlos Ghosn", role: "ancien patron de Renault", gender: "m" }]);
  });
});

describe("a person's gender: most of their introductions, then their given name", () => {
  it("is not turned by one title that belonged to the person named before her", () => {
    expect(
      gendersOf(
        "La maire de Lille Martine Aubry a reçu des élus. « Nous avançons », a dit la maire de Lille Martine Aubry.",
        "Sont venus l'ancien ministre de l'Éducation Benoît Hamon ou encore Martine Aubry.",
      ),
    ).toMatchObject({ "Martine Aubry": "f", "Benoît Hamon": "m" });
  });

  it("reads no gender in a given name the corpus gives men and women alike", () => {
    const genders = gendersOf(
      "Le député Dominique Bussereau a parlé.",
      "Le ministre Dominique Perben a parlé.",
      "La sénatrice Dominique Estrosi a parlé.",
      "Le cycliste Dominique Arnould a parlé.",
      "On a aussi vu Dominique Martin à Lyon. Dominique Martin a ensuite quitté la salle.",
    );
    expect(genders["Dominique Bussereau"]).toBe("m");
    expect(genders["Dominique Estrosi"]).toBe("f");
    expect(genders["Dominique Martin"]).toBeNull();
  });
});
