import { describe, expect, it } from "vitest";
import { findSpeechVerbs } from "../../src/nlp/speechVerbs.js";
import { discoverSingleNames } from "../../src/officials/singleNames.js";
import { directQuotesOf, statementsOf } from "../quotes/excerpts.js";

const singles = (sentence: string) => discoverSingleNames(sentence, findSpeechVerbs(sentence));

describe("discoverSingleNames: people a sentence names by one word", () => {
  it.each([
    [
      "À ses côtés, Sofiane, un Villeurbannais de 17 ans, a aidé.",
      [{ name: "Sofiane", gender: "m" }],
    ],
    ["Denis, 52 ans, est venu de Lyon.", [{ name: "Denis", gender: null }]],
    [
      "« Il est mort paisiblement », a indiqué son fils Quentin à l'AFP.",
      [{ name: "Quentin", gender: "m" }],
    ],
    ["« C'était l'enfer », raconte Elisa.", [{ name: "Elisa", gender: null }]],
    ["Selon Monica, rien n'a changé.", [{ name: "Monica", gender: null, bySelon: true }]],
    [
      "Elisa, la trentaine, venue avec son mari, a mis sept heures.",
      [{ name: "Elisa", gender: null }],
    ],
    [
      "Alerté par les cris, Abdelkader, chauffeur de bus, se précipite dehors.",
      [{ name: "Abdelkader", gender: null }],
    ],
    ["Nadia, une habitante du quartier, a tout vu.", [{ name: "Nadia", gender: "f" }]],
    [
      "« Trois personnes de ma famille sont coincées », a confié à l'AFP Gazala, une médecin.",
      [{ name: "Gazala", gender: null }],
    ],
    // A verb the speech-verb list does not know, in the shape of an inverted clause.
    [
      "« On a payé 1.200 euros », s'époumonait auprès d'un bénévole Denis, venu de Paris.",
      [{ name: "Denis", gender: null }],
    ],
    [
      "« Quand j'ai vu l'incendie, j'ai appelé la police », précise son mari, Hervé, âgé de 50 ans.",
      [{ name: "Hervé", gender: "m" }],
    ],
    ["Sa voisine, Lucie, âgée de 30 ans, a tout vu.", [{ name: "Lucie", gender: "f" }]],
    [
      '"Vous ne pouvez pas utiliser Dieu pour blesser" a posté de son côté Madonna, avant de publier des photos.',
      [{ name: "Madonna", gender: null }],
    ],
    [
      "« Comment ils n'ont pas anticipé ? », se demandait Yvan, également rescapé.",
      [{ name: "Yvan", gender: null }],
    ],
    [
      "« Nous refusons », a répondu Paris dans un communiqué officiel.",
      [{ name: "Paris", gender: null }],
    ],
    [
      "Fin septembre, la princesse Anne, sœur du prince Charles, avait adressé une pique.",
      [
        { name: "Anne", gender: "f" },
        { name: "Charles", gender: "m" },
      ],
    ],
  ])("%s", (sentence, expected) => {
    expect(singles(sentence)).toEqual(expected);
  });

  it.each([
    "Le Premier ministre Édouard Philippe a annoncé la mesure.",
    "« Nous refusons », a déclaré le ministre Jean Dupont.",
    "Elle a vécu 20 ans à Paris.",
    "Or, cette condition préalable, comme dit un diplomate, reste floue.",
    "Paris, cette ville, reste belle.",
    // A description that opens on an adverb describes a place or a thing.
    "Or, comme le constate le journal, Damas, toujours en guerre, affiche un bilan terrifiant.",
    "« Avec des partenaires comme l'Australie, Israël, l'Inde, le Japon et d'autres », a-t-elle déclaré.",
    // The age of a person named in full, or of the head of a noun phrase, is not a lone name's.
    "La grand-mère de l'écrivain Yann Moix, âgée de 92 ans, accable son frère.",
    "L'ancien maire de Lyon, âgé de 70 ans, serait régulièrement attaqué sur son âge.",
    // A title before a name of two words or more: the name is read whole elsewhere.
    "Le roi Mohammed VI a reçu le ministre.",
    // An opening straight quotation mark starts no attribution clause.
    'Le gouvernement est "favorable à l\'autonomie de la Corse, mais dans la République".',
    // A list after a quotation names no speaker.
    'De la 10e à la 20e place, "L\'officiel des prénoms" liste Mia, Inès, Ambre et Julia.',
    // A relation before a full name: the given name is not someone's only name.
    "Il n'épargne pas sa fille Marine Le Pen.",
    "Elle a quitté la vie politique après l'échec de sa tante Marine Le Pen.",
    "Son frère Jean de La Fontaine a écrit.",
  ])("finds none in: %s", (sentence) => {
    expect(singles(sentence)).toEqual([]);
  });
});

describe("a person known by one word speaks, a place of the same word does not", () => {
  it("credits the quotations of a witness named by a given name alone", () => {
    const text =
      `Sofiane, un Villeurbannais de 17 ans, a aidé les policiers. ` +
      `"J'ai eu peur mais je ne regrette rien", explique Sofiane. ` +
      `"Il fallait le faire", ajoute-t-il.`;
    expect(statementsOf(text).direct).toEqual([
      { text: "J'ai eu peur mais je ne regrette rien", speaker: "Sofiane" },
      { text: "Il fallait le faire", speaker: "Sofiane" },
    ]);
  });

  it("does not take a city the corpus writes after 'à' for a person", () => {
    const text =
      `Le festival s'est tenu à Paris, puis à Paris encore, et à Paris enfin. ` +
      `"Nous refusons cette décision", a répondu Paris dans un communiqué.`;
    expect(statementsOf(text).direct).toEqual([
      { text: "Nous refusons cette décision", speaker: null },
    ]);
  });
});

describe("a one-word source of 'selon'", () => {
  it("is a person only when the corpus introduces that word as someone's name elsewhere", () => {
    const text =
      `La rémunération n'était pas due, selon Renault. "Il fallait la déclarer", selon Renault. ` +
      `"C'était l'enfer", raconte Monica. Rien n'a changé, selon Monica.`;
    expect(statementsOf(text).people).toEqual(["Monica"]);
  });
});

/** Direct quotations and their speakers over several articles, one text each. */
function quotesOf(...texts: string[]) {
  return directQuotesOf(
    texts.map((text, i) => ({ file: `a${i}.txt`, format: "txt" as const, text, record: 0 })),
  );
}

describe("a one-word name the corpus also writes after a determiner", () => {
  it("is still a person where the corpus introduces it as often as it writes it so", () => {
    expect(
      quotesOf(
        "La Zoé pointe à la 9e place des ventes de voitures électriques ce mois-ci.",
        `"J'ai été évacuée avec ma mamie", explique Zoé, 12 ans, couchée sur un lit de camp.`,
      ),
    ).toEqual([{ text: "J'ai été évacuée avec ma mamie", speaker: "Zoé" }]);
  });
});

describe("an honorific before a word makes it a surname", () => {
  it("never credits 'M. Philippe' to someone known by the given name Philippe alone", () => {
    expect(
      quotesOf(
        "Philippe, 52 ans, a été grièvement blessé dans la fusillade de samedi soir.",
        `"La circulation des trains peut être perturbée", a souligné M. Philippe jeudi.`,
      ),
    ).toEqual([{ text: "La circulation des trains peut être perturbée", speaker: null }]);
  });
});

describe("a royal known by a title and a given name", () => {
  it("speaks under that name", () => {
    expect(
      quotesOf(
        "Fin septembre, la princesse Anne, sœur du prince Charles, avait elle aussi adressé une pique à la famille. " +
          `"La théorie était que vous ne pouviez pas serrer la main à tout le monde", a-t-elle expliqué.`,
      ),
    ).toEqual([
      {
        text: "La théorie était que vous ne pouviez pas serrer la main à tout le monde",
        speaker: "Anne",
      },
    ]);
  });
});
