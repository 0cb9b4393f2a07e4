import { describe, expect, it } from "vitest";
import { isStopword, stem, terms } from "../../src/nlp/index.js";

describe("isStopword", () => {
  it("uses natural's French list plus the news extras", () => {
    expect(
      ["a", "été", "être", "avoir", "cette", "ces", "plus", "selon", "déclaré"].map((w) =>
        isStopword(w, "fr"),
      ),
    ).toEqual([true, true, true, true, true, true, true, true, true]);
    expect(isStopword("otan", "fr")).toBe(false);
    expect(isStopword("the", "fr")).toBe(false);
  });

  it("uses natural's English list plus the news extras, and not the pronoun us", () => {
    expect(
      ["the", "said", "would", "also", "says", "told", "doesn't"].map((w) => isStopword(w, "en")),
    ).toEqual([true, true, true, true, true, true, true]);
    expect(isStopword("us", "en")).toBe(false);
    expect(isStopword("les", "en")).toBe(false);
  });

  it("ignores case and uses both lists for und", () => {
    expect(isStopword("The", "und")).toBe(true);
    expect(isStopword("Selon", "und")).toBe(true);
    expect(isStopword("Ukraine", "und")).toBe(false);
  });
});

describe("stem", () => {
  it("uses the French Snowball stemmer for fr", () => {
    expect(
      ["négociations", "négociation", "soldats", "ukrainienne", "OTAN"].map((w) => stem(w, "fr")),
    ).toEqual(["négoci", "négoci", "soldat", "ukrainien", "otan"]);
  });

  it("uses the Porter stemmer for en", () => {
    expect(["negotiations", "talks", "Running", "troops"].map((w) => stem(w, "en"))).toEqual([
      "negoti",
      "talk",
      "run",
      "troop",
    ]);
  });

  it("picks the French stemmer for und only when the word has a French diacritic", () => {
    expect(stem("négociations", "und")).toBe("négoci");
    expect(stem("states", "und")).toBe("state");
    expect(stem("states", "fr")).toBe("stat");
  });
});

describe("terms", () => {
  it("gives one term for négociations, négociation and negociations, and for OTAN and otan", () => {
    expect(
      terms("Les négociations, la négociation, des negociations avec l’OTAN et l'otan", "fr"),
    ).toEqual(["negoci", "negoci", "negoci", "otan", "otan"]);
  });

  it("drops stopwords and one-letter tokens and folds diacritics in French text", () => {
    expect(
      terms(
        "« Le risque d’un nouveau conflit armé est réel », a déclaré, vendredi 7 janvier, le chef de l’OTAN.",
        "fr",
      ),
    ).toEqual(["risqu", "nouveau", "confl", "arme", "reel", "vendred", "janvi", "chef", "otan"]);
  });

  it("drops stopwords and stems English text", () => {
    expect(
      terms("Blinken said the talks were halted because Iran doesn't seem serious.", "en"),
    ).toEqual(["blinken", "talk", "halt", "iran", "seem", "seriou"]);
  });

  it("returns no term for text made of stopwords and punctuation", () => {
    expect(terms("Il a été, selon elle, plus que cela.", "fr")).toEqual([]);
  });
});
