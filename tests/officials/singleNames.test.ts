import { describe, expect, it } from "vitest";
import { findSpeechVerbs } from "../../src/nlp/speechVerbs.js";
import { discoverSingleNames } from "../../src/officials/singleNames.js";
import { statementsOf } from "../quotes/excerpts.js";

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
    ["« On a payé 1.200 euros », s'époumonait auprès d'un bénévole Denis, venu de Paris.", []],
    [
      "« Comment ils n'ont pas anticipé ? », se demandait Yvan, également rescapé.",
      [{ name: "Yvan", gender: null }],
    ],
    [
      "« Nous refusons », a répondu Paris dans un communiqué officiel.",
      [{ name: "Paris", gender: null }],
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
    "« Avec des partenaires comme l'Australie, Israël, l'Inde, le Japon et d'autres », a-t-elle déclaré.",
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
