import { describe, expect, it } from "vitest";
import { tokenize } from "../../src/nlp/index.js";

describe("tokenize", () => {
  it("strips French elisions written with ' or ’", () => {
    expect(
      tokenize(
        "l’OTAN d'Israël j’ai qu’il n’a s’est c’est m’a t’a jusqu’à lorsqu’il puisqu’on quoiqu’elle",
        "fr",
      ),
    ).toEqual(["otan", "israël", "ai", "il", "a", "est", "est", "a", "a", "à", "il", "on", "elle"]);
  });

  it("drops an elided word left alone before a space or a stray quote", () => {
    expect(tokenize("la menace d’ »autres options »", "fr")).toEqual([
      "la",
      "menace",
      "autres",
      "options",
    ]);
  });

  it("keeps aujourd'hui whole, also after an elision", () => {
    expect(tokenize("Aujourd’hui, jusqu’aujourd’hui", "fr")).toEqual([
      "aujourd'hui",
      "aujourd'hui",
    ]);
  });

  it("splits verb-pronoun inversions and drops the euphonic t", () => {
    expect(tokenize("a-t-il précisé, va-t-on, dit-elle, a-t-elle", "fr")).toEqual([
      "a",
      "il",
      "précisé",
      "va",
      "on",
      "dit",
      "elle",
      "a",
      "elle",
    ]);
  });

  it("splits hyphenated compound names", () => {
    expect(tokenize("le conseil OTAN-Russie, les États-Unis, COVID-19", "fr")).toEqual([
      "le",
      "conseil",
      "otan",
      "russie",
      "les",
      "états",
      "unis",
      "covid",
      "19",
    ]);
  });

  it("drops English possessive 's and the apostrophe of plural possessives", () => {
    expect(tokenize("Russia’s build-up, ministers’ meeting", "en")).toEqual([
      "russia",
      "build",
      "up",
      "ministers",
      "meeting",
    ]);
  });

  it("keeps English contractions whole and drops single quotes around them", () => {
    expect(tokenize("Iran ‘doesn’t seem serious’", "en")).toEqual([
      "iran",
      "doesn't",
      "seem",
      "serious",
    ]);
  });

  it("joins digit groups separated by spaces, NBSP or apostrophes", () => {
    expect(
      tokenize(
        "100 000 soldats, 100\u00a0000, 100\u202f000, 100'000, 100’000 et 14 000 personnes",
        "fr",
      ),
    ).toEqual([
      "100000",
      "soldats",
      "100000",
      "100000",
      "100000",
      "100000",
      "et",
      "14000",
      "personnes",
    ]);
  });

  it("does not glue a year to the number after it", () => {
    expect(tokenize("en 2014 100 soldats", "fr")).toEqual(["en", "2014", "100", "soldats"]);
  });

  it("keeps decimals whole and joins English comma groups only for English", () => {
    expect(tokenize("3.5 ans, 1,5 kg", "fr")).toEqual(["3.5", "ans", "1,5", "kg"]);
    expect(tokenize("100,000 troops", "en")).toEqual(["100000", "troops"]);
    expect(tokenize("100,000 soldats", "fr")).toEqual(["100,000", "soldats"]);
  });

  it("drops punctuation, symbols and emoji", () => {
    expect(tokenize("🇫🇷🇦🇺 Bon… à travers 🌎 — « vraiment » ?! (@trussliz) #OTAN", "fr")).toEqual([
      "bon",
      "à",
      "travers",
      "vraiment",
      "trussliz",
      "otan",
    ]);
  });

  it("returns no token for empty or punctuation-only text", () => {
    expect(tokenize("", "und")).toEqual([]);
    expect(tokenize(" . « » — ", "und")).toEqual([]);
  });
});
