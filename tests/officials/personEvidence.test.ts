import { describe, expect, it } from "vitest";
import { MentionFinder } from "../../src/officials/findMentions.js";
import { isLexiconGivenName } from "../../src/officials/givenNames.js";
import { NameMatcher } from "../../src/officials/nameMatcher.js";
import type { Person } from "../../src/officials/person.js";
import { PersonEvidence, type WordUses } from "../../src/officials/personEvidence.js";
import { discoveredPerson } from "../helpers/discoveredPerson.js";
import { statementsOf } from "../quotes/excerpts.js";

const common = new Set(["cette", "jeunes", "association", "alliance", "premier", "bleu", "pierre"]);
const uses = new Map<string, WordUses>([
  ["Paris", { first: 2, last: 40, lone: 300 }],
  ["Laurent", { first: 30, last: 2, lone: 1 }],
]);
const evidence = new PersonEvidence(common, new Set(["Pierre"]), uses);

describe("PersonEvidence: people told from other capitalised words by the corpus", () => {
  it.each([
    ["Catherine Deneuve", true],
    ["Laurent Fabius", true],
    ["Pierre Perret", true],
    ["Paris Hilton", false],
    ["Alliance Association", false],
    ["Premier Etat", false],
    ["Jeunes Agriculteurs", false],
    ["Var Matin", false],
  ])("plain name %s → %s", (name, person) => {
    expect(evidence.plainPerson(name)).toBe(person);
  });

  it("does not let a first word learned only from such names vouch for a common last word", () => {
    const learned = new PersonEvidence(
      new Set(["futé", "libre", "beau", "pierre"]),
      new Set(["Bison", "Electron", "Mgr", "Abbé", "Kaïs"]),
      new Map(),
    );
    expect(learned.plausible("Bison Futé")).toBe(false);
    // Accents aside: the corpus writes "futé", a name "Fûté".
    expect(learned.plausible("Bison Fûté")).toBe(false);
    expect(learned.plausible("Electron Libre")).toBe(false);
    // A lexicon given name, or a title before a surname, still vouches for it.
    expect(learned.plausible("Jérôme Beau")).toBe(true);
    expect(learned.plausible("Mgr Beau")).toBe(true);
    expect(learned.plausible("Abbé Pierre")).toBe(true);
    expect(learned.plausible("Kaïs Saïed")).toBe(true);
  });

  it("takes a one-word name the corpus writes after a noun of an outlet as often as it quotes it for no person", () => {
    const { people, direct } = statementsOf(
      "L'enquête paraît dans l'hebdomadaire Marianne. Elle cite, selon le magazine Marianne, des documents. " +
        "« Le salaire a dépassé le plafond », explique Marianne. " +
        "Sofiane, 17 ans, était sur place. « J'ai eu très peur ce soir-là », raconte Sofiane.",
    );
    expect(people).toEqual(["Sofiane"]);
    expect(direct).toEqual([
      { text: "Le salaire a dépassé le plafond", speaker: null },
      { text: "J'ai eu très peur ce soir-là", speaker: "Sofiane" },
    ]);
  });

  it("takes a given name that is also a common word when the corpus mostly opens names with it", () => {
    const counted = new PersonEvidence(
      new Set(["marine", "rose"]),
      new Set(),
      new Map<string, WordUses>([
        ["Marine", { first: 17, last: 0, lone: 1 }],
        ["Rose", { first: 2, last: 0, lone: 3 }],
      ]),
      new Map(),
      new Map([
        ["marine", 2],
        ["rose", 5],
      ]),
    );
    expect(counted.plainPerson("Marine Dupuis")).toBe(true);
    expect(counted.plainPerson("Rose Bonbon")).toBe(false);
  });

  it("refuses a plain name the corpus writes after chez, sur or dans in half its uses", () => {
    const { people } = statementsOf(
      "Jean Martin l'a répété sur Fox News. Fox News a diffusé l'entretien. " +
        "Le livre paraît chez Albin Michel. Jean Martin sera là.",
    );
    expect(people).toEqual(["Jean Martin"]);
  });

  it("refuses a name the corpus itself writes after a determiner ('l'Aston Martin DBX')", () => {
    const { people } = statementsOf(
      "L'Aston Martin DBX sera présentée à Pékin. Les acheteurs de l'Aston Martin DBX attendront. " +
        "« Le modèle est prêt », a annoncé Aston Martin mardi. Aude Lancelin, directrice du site, a réagi. " +
        "Les pluies ont inondé l'Aude. Dans l'Aude, les routes sont coupées.",
    );
    expect(people).toEqual(["Aude Lancelin"]);
  });

  it("refuses names ending on a word of outlets and firms, and a name 'de' a place", () => {
    const { people } = statementsOf(
      "« Il est parti », a affirmé Paris Match jeudi. « Nous restons », a déclaré le Jim Clark Trust. " +
        "« Un quart », a indiqué Harris Interactive. « Rien », a répondu Eole Conseil. " +
        "« Nous aussi », a expliqué Romane à France Bleu Bouches du Rhône. " +
        "Les pilotes sont arrivés au Castellet. Au Castellet, la course a commencé. " +
        "« Tout est prêt », a assuré Paul-Ricard du Castellet. « C'est beau », a dit Jean Dupont. " +
        "Il a parlé devant les étudiants de l'EM Lyon Business School et du Jordan Sports Academy.",
    );
    expect(people).toEqual(["Romane", "Jean Dupont"]);
  });

  it("refuses a plain name the corpus writes after 'à' or 'en' in a quarter of its uses", () => {
    const { people } = statementsOf(
      "La veillée à Hong Kong a été interdite. Les manifestants criaient pour Hong Kong. " +
        "À Hong Kong, la police veille. Le sort de Hong Kong inquiète. Jean Martin a écrit à Jean Martin.",
    );
    expect(people).toEqual(["Jean Martin"]);
  });

  it("refuses a speaker whose name opens on no given name and ends on a place", () => {
    const { people } = statementsOf(
      "Les pluies ont touché la Normandie. Les routes sont coupées en Normandie. " +
        "Le nuage a traversé la région de Normandie. « Le taux est élevé », a relevé Atmo Normandie. " +
        "« Nous demandons le respect des droits », a déclaré Amnesty International. " +
        "« Je reste », a dit George Normandie.",
    );
    expect(people).toEqual(["George Normandie"]);
  });

  it("refuses a name written as a title in quotation marks, or after 'dans', in half its uses", () => {
    const { people } = statementsOf(
      "Il a refusé de répondre à « Cash Investigation » sur sa campagne. Cash Investigation a enquêté. " +
        "« Elle est morte », révèle Ici Paris. Elle l'a dit dans Ici Paris. " +
        "« Je chante », a dit Johnny Cash.",
    );
    expect(people).toEqual(["Johnny Cash"]);
  });

  it("refuses a speaker opening on a word of the French dictionary that is no given name", () => {
    const { people } = statementsOf(
      "« Nous cessons nos vols », a annoncé Héron Argent dans un communiqué. " +
        "Roux de Bézieux, président du Medef, a réagi. « Rien ne change », a répondu Faucon Durand.",
    );
    expect(people).toEqual(["Roux de Bézieux"]);
  });

  it("refuses a one-word speaker the corpus writes after an organisation noun and an acronym or adjective", () => {
    const { people } = statementsOf(
      "« Les travaux reprennent », a expliqué Michelin. Le groupe industriel Michelin a signé. " +
        "Le cabinet de Marisol Touraine a répondu. « Nous verrons », a déclaré Marisol Touraine.",
    );
    expect(people).toEqual(["Marisol Touraine"]);
  });

  it("refuses a name opening on a saint's hyphenated name: a town, a church or a school", () => {
    const { people } = statementsOf(
      "« Nous fermons », a annoncé Saint-André de Cubzac. « Nous aussi », a dit Jean Dupont.",
    );
    expect(people).toEqual(["Jean Dupont"]);
  });

  it("learns no given name from the first word of an institution's name", () => {
    const { people } = statementsOf(
      "« Un harcèlement », dénonce Amnesty International. « Des vivres confisqués », estime Amnesty. " +
        "« Nous protestons », a déclaré Amnesty International.",
    );
    expect(people).toEqual([]);
  });

  it("refuses introduced names opening on a common word that is no given name", () => {
    expect(evidence.plausible("Cette Décision")).toBe(false);
    expect(evidence.plausible("Pernaut Association")).toBe(false);
    expect(evidence.plausible("Rachida Dati")).toBe(true);
  });

  it("takes a given name the corpus writes after a determiner when a role introduces it", () => {
    // "la Giulia" (a car) six times, "Giulia Roncarati" once.
    const cars = new PersonEvidence(
      new Set(),
      new Set(),
      new Map([["Giulia", { first: 1, last: 3, lone: 8, articled: 6 }]]),
    );
    expect(cars.plausible("Giulia Roncarati")).toBe(false);
    expect(cars.plausible("Giulia Roncarati", true)).toBe(true);
  });

  it("reads a compound given name only when each part is one", () => {
    expect(isLexiconGivenName("Jean-Marc")).toBe(true);
    expect(isLexiconGivenName("Marie-Thérèse")).toBe(true);
    expect(isLexiconGivenName("Nouvelle-Aquitaine")).toBe(false);
  });
});

const person = (name: string, source: Person["source"] = "discovered") =>
  discoveredPerson(name, [], source);

describe("MentionFinder: a surname alone names someone of the same article", () => {
  const finder = new MentionFinder(
    new NameMatcher([
      person("Rachida Dati"),
      person("Bleu Paris"),
      person("Emmanuel Macron"),
      person("Brigitte Macron"),
    ]),
  );

  it("takes 'Dati' for the Rachida Dati the article names in full", () => {
    const names = finder.articleNames(["Rachida Dati a parlé."]);
    expect(finder.find("Dati a insisté.", names).map((m) => m.personId)).toEqual(["rachida-dati"]);
  });

  it("does not take 'Dati' for anyone when the article never names her", () => {
    expect(finder.find("Dati a insisté.", new Set())).toEqual([]);
  });

  it("does not take a lone place for a person of another article", () => {
    expect(finder.find("Il vit à Paris.", new Set())).toEqual([]);
  });

  it("takes 'Macron' for the one Macron the article names in full", () => {
    const names = finder.articleNames(["Brigitte Macron est venue."]);
    expect(finder.find("Macron a souri.", names).map((m) => m.personId)).toEqual([
      "brigitte-macron",
    ]);
  });
});

describe("MentionFinder: a hyphenated surname alone is one surname", () => {
  const finder = new MentionFinder(
    new NameMatcher([person("Nicolas Dupont-Aignan"), person("Marc Aignan")]),
  );
  const names = finder.articleNames(["Nicolas Dupont-Aignan et Marc Aignan sont venus."]);

  it("takes 'Dupont-Aignan' for the person whose name ends with both parts", () => {
    expect(finder.find("Dupont-Aignan a refusé.", names).map((m) => m.personId)).toEqual([
      "nicolas-dupont-aignan",
    ]);
  });

  it("does not take 'Martin-Aignan' for anyone named Aignan", () => {
    expect(finder.find("Martin-Aignan a refusé.", names)).toEqual([]);
  });
});

describe("MentionFinder: 'M. X' in an article that never names X in full", () => {
  const finder = new MentionFinder(
    new NameMatcher([
      person("Mark Esper"),
      { ...person("Anne Durand"), gender: "f" as const },
      person("Jean Macron"),
      person("Brigitte Macron"),
    ]),
  );
  const none = finder.articleNames(["Le ministre a parlé."]);

  it("takes the one person of the corpus with that surname", () => {
    expect(finder.find("M. Esper a justifié ce terme.", none).map((m) => m.personId)).toEqual([
      "mark-esper",
    ]);
  });

  it("not when the honorific contradicts their gender, nor when the surname is shared", () => {
    expect(finder.find("M. Durand a répondu.", none)).toEqual([]);
    expect(finder.find("M. Macron a répondu.", none)).toEqual([]);
    expect(finder.find("Esper a justifié ce terme.", none)).toEqual([]);
  });
});

describe("PersonEvidence: a given name one famous person bears as a surname", () => {
  it("counts different names, not uses: 'Philippe' opens names beside 'Édouard Philippe'", () => {
    const counted = new PersonEvidence(
      new Set(),
      new Set(),
      new Map<string, WordUses>([
        ["Philippe", { first: 2, last: 30, lone: 12, firstNames: 2, lastNames: 1 }],
        ["Clark", { first: 0, last: 5, lone: 2, firstNames: 0, lastNames: 1 }],
      ]),
    );
    expect(counted.plainPerson("Philippe Latombe")).toBe(true);
    expect(counted.plainPerson("Clark Kent")).toBe(false);
  });

  it("finds 'Philippe Latombe' in a corpus that names the Premier ministre Édouard Philippe", () => {
    const { people, direct } = statementsOf(
      "Le Premier ministre Édouard Philippe a reçu le ministre à Matignon. M. Philippe a parlé. " +
        "Édouard Philippe a tranché. Philippe Latombe (MoDem) a même voté contre, jugeant " +
        `"sans doute inconstitutionnelle" la "perte de souveraineté des plateformes".`,
    );
    expect(people).toContain("Philippe Latombe");
    expect(direct).toEqual([
      { text: "sans doute inconstitutionnelle", speaker: "Philippe Latombe" },
      { text: "perte de souveraineté des plateformes", speaker: "Philippe Latombe" },
    ]);
  });
});

describe("PersonEvidence: organisations and places that look like names", () => {
  it("takes neither 'Unsa-Police Paris' after a role noun nor 'Paris Ier' for people", () => {
    const { people } = statementsOf(
      "Le ministre est allé à Paris. À Paris, rien. Il vit à Paris. " +
        `"On ne peut pas stationner", juge Nicolas Pucheu, secrétaire départemental adjoint Unsa-Police Paris. ` +
        "La police était là. Andy passait par la station de Châtelet (Paris Ier). Paris Match et Paris Saint-Germain en parlent. " +
        "Édouard Philippe a réagi. La ville de Paris aussi.",
    );
    expect(people).toEqual(["Nicolas Pucheu", "Édouard Philippe"]);
  });
});

describe("PersonEvidence: a given name that is also a noun", () => {
  it("takes 'Roman Polanski', written again and again, but not 'Rose Bonbon' nor 'Ma Reduc'", () => {
    const counted = new PersonEvidence(
      new Set(["roman", "rose", "bonbon", "ma"]),
      new Set(),
      new Map<string, WordUses>([
        ["Roman", { first: 3, last: 0, lone: 0 }],
        ["Rose", { first: 3, last: 0, lone: 0 }],
        ["Ma", { first: 3, last: 0, lone: 0 }],
      ]),
      new Map(),
      new Map([
        ["roman", 40],
        ["rose", 10],
        ["bonbon", 3],
        ["ma", 50],
      ]),
      new Map([
        ["Roman Polanski", { all: 3, placed: 0 }],
        ["Rose Bonbon", { all: 3, placed: 0 }],
        ["Ma Reduc", { all: 3, placed: 0 }],
        ["Roman Dupuis", { all: 1, placed: 0 }],
      ]),
    );
    expect(counted.plainPerson("Roman Polanski")).toBe(true);
    expect(counted.plainPerson("Roman Dupuis")).toBe(false);
    expect(counted.plainPerson("Rose Bonbon")).toBe(false);
    expect(counted.plainPerson("Ma Reduc")).toBe(false);
  });
});

describe("PersonEvidence: names written after a noun of an outlet or a firm", () => {
  it("takes neither 'le quotidien Yediot Aharonoth' nor 'du cabinet Joseph Saveri' for people", () => {
    const { people } = statementsOf(
      `"Ce gouvernement ne semble pas avoir d'idéologie", note jeudi le quotidien Yediot Aharonoth. ` +
        `"C'est inimaginable", a déclaré Steve Williams, du cabinet Joseph Saveri. ` +
        "Le pilote d'essai de la marque Dario Benuzzi était là.",
    );
    expect(people).toEqual(["Steve Williams", "Dario Benuzzi"]);
  });
});

describe("a surname with an honorific of the other gender", () => {
  it("does not make Carlos Ghosn a woman because the corpus writes 'Mme Ghosn' for his wife", () => {
    const text =
      "Carlos Ghosn avait été libéré sous caution. La justice a émis un mandat d'arrêt contre son épouse. " +
      "Mme Ghosn était en première ligne pour défendre son mari. " +
      `Carlos Ghosn est apparu en public à Beyrouth. "C'est un jour très important pour moi", débute-t-il.`;
    expect(statementsOf(text).direct).toEqual([
      { text: "C'est un jour très important pour moi", speaker: "Carlos Ghosn" },
    ]);
  });
});
