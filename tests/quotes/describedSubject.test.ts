import { describe, expect, it } from "vitest";
import { rolePronoun } from "../../src/nlp/invertedClause.js";
import { GenderedNouns, genderedNounsOf } from "../../src/officials/genderedNouns.js";
import { descriptionSubject } from "../../src/quotes/descriptionSubject.js";
import { statementsOf } from "./excerpts.js";

const nouns = new GenderedNouns();
// "quotidien" inflects for gender ("quotidienne"): once with "le" is enough to tell a thing; a
// noun of one form for both genders ("circulaire") must be seen so three times.
for (const s of [
  "Le quotidien a publié la circulaire.",
  "La circulaire est parue.",
  "La circulaire a été signée.",
]) {
  nouns.add(genderedNounsOf(s));
}

describe("descriptionSubject: a noun the corpus never writes with a gendered determiner", () => {
  it("is presumed a person's", () => {
    expect(descriptionSubject(", tranche l'actrice.".slice(9), nouns)).toEqual({
      phrase: "l'actrice",
      pronoun: "elle",
    });
    expect(descriptionSubject(" l'épouse du président.", nouns)?.pronoun).toBe("elle");
  });

  it("is not when the corpus writes it with one gender only", () => {
    expect(descriptionSubject(" le quotidien.", nouns)).toBeNull();
    expect(descriptionSubject(" la circulaire.", nouns)).toBeNull();
  });
});

describe("rolePronoun: the gender of an elided noun by its ending", () => {
  it.each([
    ["l'épouse", "elle"],
    ["l'actrice", "elle"],
    ["l'élu", "il"],
    ["l'élue", "elle"],
    ["l'archevêque", "il"],
    ["l'évêque", "il"],
    ["l'islamologue", "il"],
  ])("%s → %s", (phrase, pronoun) => {
    expect(rolePronoun(phrase)).toBe(pronoun);
  });
});

describe("a quote credited to a description of the article's person", () => {
  it("gives '…, tranche l'actrice' to the woman who spoke before", () => {
    const text =
      `"Je trouve cela choquant", s'est agacée Julie Morel. Plus tard, elle poursuit. ` +
      `"C'est vraiment abusif et nous le disons", tranche l'actrice.`;
    expect(statementsOf(text).direct).toEqual([
      { text: "Je trouve cela choquant", speaker: "Julie Morel" },
      { text: "C'est vraiment abusif et nous le disons", speaker: "Julie Morel" },
    ]);
  });

  it("reads the subject before the verb past a name that complements a noun", () => {
    const text =
      `Paul Durand a une nouvelle fois critiqué les médias. ` +
      `Interrogé sur la polémique née des propos de Claire Vidal, le député de La France insoumise n'a pas apprécié et a dénoncé les médias qui cherchent "le buzz et encore le buzz".`;
    expect(statementsOf(text).direct).toEqual([
      { text: "le buzz et encore le buzz", speaker: "Paul Durand" },
    ]);
  });
});

describe("a described subject opening its sentence", () => {
  it("reads 'Le député-maire d'Yerres affirme que «…»' as the man named the sentence before", () => {
    const text =
      "Nicolas Dupont-Aignan a expliqué sur une radio pourquoi son parti restait seul. " +
      `Le député-maire d'Yerres affirme ainsi que "son parti a décidé de rester libre".`;
    expect(statementsOf(text).direct).toEqual([
      { text: "son parti a décidé de rester libre", speaker: "Nicolas Dupont-Aignan" },
    ]);
  });

  it("does not give a description followed by a name nobody knows to another person", () => {
    const text =
      "La juge Pernille Wold Ellingsen a tranché. " +
      "La représentante de l'accusation, Anne Karoline Bakken Staff, a indiqué qu'une extradition était possible.";
    expect(statementsOf(text).indirect).toEqual([]);
  });
});

describe("a sentence whose main clause opens on a description, after an opening phrase", () => {
  it("hands the next pronoun to the person the description stands for, not the last man named", () => {
    const text =
      `Le maire de Nice Paul Durand a lancé mardi son propre parti. Jacques Martin est parti. ` +
      `Mardi soir, le maire de Nice (Alpes-Maritimes) a décidé de rester dans sa famille politique. ` +
      `"Je ne quitterai pas ma famille politique", a-t-il assuré.`;
    expect(statementsOf(text).direct).toEqual([
      { text: "Je ne quitterai pas ma famille politique", speaker: "Paul Durand" },
    ]);
  });
});

describe("an outlet or an organisation as the subject of a speech verb", () => {
  it("credits nobody with what 'écrit l'hebdomadaire', not the person the article is about", () => {
    const text =
      "Paul Durand a reçu les journalistes dans son bureau. " +
      `"Le secret a du bon", écrit l'hebdomadaire. "Une interrogation relayée par ses proches", précise le site.`;
    expect(statementsOf(text).direct).toEqual([
      { text: "Le secret a du bon", speaker: null },
      { text: "Une interrogation relayée par ses proches", speaker: null },
    ]);
  });
});

describe("a relative clause between the subject and its speech verb", () => {
  it("leaves the names inside it: 'X, qui a vu Y il y a un an, confie que « … »' is X's", () => {
    const text = `Marc Lebrun, qui a vu pour la dernière fois Paul Durand il y a un an, confie que sa fille "ne souhaitait pas qu'on le voie malade".`;
    expect(statementsOf(text).direct).toEqual([
      { text: "ne souhaitait pas qu'on le voie malade", speaker: "Marc Lebrun" },
    ]);
  });

  it("reads a described subject before it: 'Le ministre, qui a rencontré Y, a déclaré que'", () => {
    const text =
      "Le ministre de l'Agriculture Paul Durand a visité le salon mardi. " +
      `Le ministre, qui a rencontré la présidente Claire Vidal, a déclaré que "la seule chose qui compte, c'est d'avancer".`;
    expect(statementsOf(text).direct).toEqual([
      { text: "la seule chose qui compte, c'est d'avancer", speaker: "Paul Durand" },
    ]);
  });
});
