import { describe, expect, it } from "vitest";
import { lexiconGender, listsGender } from "../../src/officials/givenNames.js";
import { PersonEvidence } from "../../src/officials/personEvidence.js";
import { statementsOf } from "../quotes/excerpts.js";

describe("listsGender: the gender a given name tells by the lexicon's lists", () => {
  it.each([
    ["Julien", "m"],
    ["Sara", "f"],
    ["Danièle", "f"],
    ["Jean-Pierre", "m"],
    ["Marie-Laure", "f"],
    ["Claude", null],
    ["Stéphane", null],
    ["Hérault", null],
  ])("%s → %s", (name, gender) => {
    expect(listsGender(name)).toBe(gender);
  });
});

describe("lexiconGender: the lists, else the shared corpus's bearers of names the lists give both", () => {
  it.each([
    ["Julien", "m"],
    ["Stéphane", "m"],
    ["Aude", "f"],
    ["Claude", null],
    ["Geneviève", "f"],
    ["Hérault", null],
  ])("%s → %s", (name, gender) => {
    expect(lexiconGender(name)).toBe(gender);
  });
});

describe("PersonEvidence.genderOf: the corpus's introductions before the lexicon", () => {
  it("takes the gender the corpus introduces a given name's bearers with", () => {
    const evidence = PersonEvidence.fromDiscoveries([
      {
        people: [
          { name: "Valérie Durand", role: "ministre", gender: "f" },
          { name: "Jean Petit", role: "député", gender: "m" },
        ],
        speakers: [],
        singles: [],
        names: [],
        loneCapitalised: "",
        articledCapitalised: "",
        locatedCapitalised: "",
        placedNames: [],
        articledNames: [],
        locatedNames: [],
        lowerCaseWords: "",
        verbs: [],
        genderedNouns: "",
      },
    ]);
    expect(evidence.genderOf("Valérie Martin")).toBe("f");
    expect(evidence.genderOf("Jean Moulin")).toBe("m");
    expect(evidence.genderOf("Sara Zhang")).toBe("f");
    expect(evidence.genderOf("Zhang")).toBeNull();
  });
});

describe("pronouns follow the gender of the given name", () => {
  it("credits 'remarque-t-elle' to the woman, not to the man quoted last", () => {
    const text =
      `Sara Zhang appelle à changer le règlement. "Je pense que la décision est mauvaise", écrit David Gillis. ` +
      `"La décision de la direction ignore d'autres options", remarque-t-elle.`;
    expect(statementsOf(text).direct).toEqual([
      { text: "Je pense que la décision est mauvaise", speaker: "David Gillis" },
      { text: "La décision de la direction ignore d'autres options", speaker: "Sara Zhang" },
    ]);
  });
});
