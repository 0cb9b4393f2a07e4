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

  it("reads 'ancienne' whole, and its gender, before a noun the corpus writes as masculine", () => {
    const masculine = new GenderedNouns();
    masculine.add(genderedNounsOf("Le ministre a parlé. Le ministre est parti."));
    expect(descriptionSubject(" l'ancienne ministre et sénatrice.", masculine)).toEqual({
      phrase: "l'ancienne ministre et sénatrice",
      pronoun: "elle",
    });
    expect(descriptionSubject(" l'ancien ministre.", masculine)?.pronoun).toBe("il");
    expect(descriptionSubject(" l'ex-ministre.", masculine)?.phrase).toBe("l'ex-ministre");
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

  it("gives '…, avertit le pédopsychiatre' to the man just quoted: a noun seen twice with 'le' may still name people", () => {
    const text =
      "Le pédopsychiatre est formel. Le Dr Antoine Guedeney est du même avis. " +
      `"Cela peut laisser des traces", explique-t-il. Les enfants "reproduiront ça une fois adultes", avertit le pédopsychiatre.`;
    expect(statementsOf(text).direct).toEqual([
      { text: "Cela peut laisser des traces", speaker: "Antoine Guedeney" },
      { text: "reproduiront ça une fois adultes", speaker: "Antoine Guedeney" },
    ]);
  });

  it("gives '…, écrit le Premier ministre' to the man the article is about", () => {
    const text =
      "Le Premier ministre Jean Castex a signé une circulaire. " +
      `La présence de l'État "mérite aujourd'hui d'être analysée", écrit le Premier ministre.`;
    expect(statementsOf(text).direct).toEqual([
      { text: "mérite aujourd'hui d'être analysée", speaker: "Jean Castex" },
    ]);
  });
});

describe("GenderedNouns.seenAsThing: one gender only, and seldom before a person's name", () => {
  const corpus = new GenderedNouns();
  for (const s of [
    "Le quotidien a titré sur la réforme.",
    "Le nouvel animateur a parlé. L'animateur Thierry Ardisson a répondu.",
    "Le restaurant est fermé.",
    "Le restaurant a rouvert.",
    "Le restaurant est plein.",
    "Le pédopsychiatre a parlé.",
    "Le pédopsychiatre a conclu.",
    // Once before a name among five uses: "le circuit" stays a thing.
    "Le circuit Paul Ricard est loin.",
    "Le circuit est fermé.",
    "Le circuit a rouvert.",
    "Le circuit est plein.",
    "Le circuit est neuf.",
  ]) {
    corpus.add(genderedNounsOf(s));
  }
  it.each([
    ["quotidien", true],
    ["animateur", false],
    ["restaurant", true],
    ["pédopsychiatre", false],
    ["circuit", true],
  ])("%s → %s", (noun, thing) => {
    expect(corpus.seenAsThing(noun)).toBe(thing);
  });
});

describe("descriptionSubject: demonstratives", () => {
  it("reads 'cette' as feminine, not as 'ce' before a noun 'tte…'", () => {
    expect(descriptionSubject(" cette aide-soignante.", nouns)).toEqual({
      phrase: "cette aide-soignante",
      pronoun: "elle",
    });
  });

  it("reads 'celui qui' and 'celle qui' as the pronoun they stand for", () => {
    expect(descriptionSubject(" celui qui avait déjà côtoyé les bêtes.", nouns)?.pronoun).toBe(
      "il",
    );
    expect(descriptionSubject(" celle qui avait été la première femme.", nouns)?.pronoun).toBe(
      "elle",
    );
    expect(descriptionSubject(" celui-ci à la porte-parole.", nouns)?.pronoun).toBe("il");
  });

  it("credits '…, expliquait cette aide-soignante' to the woman of the sentences before", () => {
    const text =
      `"J'espère qu'ils vont changer", pestait Gilles Martin. ` +
      "Elisa, la trentaine, venue avec son mari, a mis sept heures. Elle a quitté Sanary à 9h. " +
      `"Au bout d'un moment, on a réussi à avancer", expliquait cette aide-soignante.`;
    expect(statementsOf(text).direct).toEqual([
      { text: "J'espère qu'ils vont changer", speaker: "Gilles Martin" },
      { text: "Au bout d'un moment, on a réussi à avancer", speaker: "Elisa" },
    ]);
  });
});

describe("a description after the adjuncts of an inverted clause", () => {
  it("is read past a time, a date and a medium", () => {
    const text =
      "Jean-Pierre Raffarin s'est montré critique à l'égard du président des Républicains Laurent Wauquiez. " +
      `"Je le trouve dans la même ligne que sa campagne", a déclaré jeudi matin 26 avril sur France Inter l'ex-Premier ministre de Jacques Chirac. ` +
      `"Le pays a besoin de réformes", a-t-il ajouté.`;
    expect(statementsOf(text).direct).toEqual([
      { text: "Je le trouve dans la même ligne que sa campagne", speaker: "Jean-Pierre Raffarin" },
      { text: "Le pays a besoin de réformes", speaker: "Jean-Pierre Raffarin" },
    ]);
  });

  it("is not looked for past an indefinite subject or in its relative clause", () => {
    const text =
      "Jean-Pierre Raffarin s'est montré critique envers François Hollande. " +
      `"Il le fait sciemment", a déclaré sans hésiter un élu qui côtoie l'ancien président.`;
    expect(statementsOf(text).direct).toEqual([{ text: "Il le fait sciemment", speaker: null }]);
  });
});

describe("a group around someone is nobody in particular", () => {
  it("credits '…, reconnaît l'entourage du président' to no one", () => {
    const text =
      "Le député Jean-Baptiste Moreau doit servir d'éclaireur au salon. " +
      `"Ça va secouer, même si on a bien déminé", reconnaît l'entourage du président.`;
    expect(statementsOf(text).direct).toEqual([
      { text: "Ça va secouer, même si on a bien déminé", speaker: null },
    ]);
  });
});
