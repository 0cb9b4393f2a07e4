import { describe, expect, it } from "vitest";
import { detectLanguage } from "../../src/nlp/index.js";
import { corpusText, lineContaining } from "./corpusText.js";

const article000 = corpusText("000");

describe("detectLanguage", () => {
  it("classifies the English paragraph with French guillemets in corpus 000 as en", () => {
    const line = lineContaining(article000, "Baerbock said Europe and the United States");
    expect(detectLanguage(line)).toBe("en");
  });

  it("classifies the French paragraph with guillemets in corpus 000 as fr", () => {
    const line = lineContaining(article000, "Les Etats-Unis ne se laisseront pas");
    expect(detectLanguage(line)).toBe("fr");
  });

  it("classifies the English headline with an n't contraction as en", () => {
    const line = lineContaining(article000, "Blinken says nuclear talks halted");
    expect(detectLanguage(line)).toBe("en");
  });

  it("classifies a French headline with elisions as fr", () => {
    const line = lineContaining(article000, "Tsahal : l’Iran se rapproche");
    expect(detectLanguage(line)).toBe("fr");
  });

  it("uses diacritics to decide a short French heading", () => {
    expect(detectLanguage("Réponse rapide et intense")).toBe("fr");
  });

  it("returns the fallback for a single word or two words", () => {
    expect(detectLanguage("Blinken")).toBe("und");
    expect(detectLanguage("Blinken", "en")).toBe("en");
    expect(detectLanguage("Publié le", "fr")).toBe("fr");
    expect(detectLanguage("")).toBe("und");
  });

  it("returns the fallback when the evidence is weak", () => {
    expect(detectLanguage("Propositions de Moscou")).toBe("und");
    expect(detectLanguage("Charles de Gaulle airport closed", "en")).toBe("en");
    expect(detectLanguage("Stay Connected More Updates")).toBe("und");
  });

  it("classifies every paragraph of corpus 002 as fr", () => {
    const paragraphs = corpusText("002")
      .split("\n")
      .filter((line) => line.length > 80);
    expect(paragraphs.length).toBeGreaterThan(20);
    expect(new Set(paragraphs.map((p) => detectLanguage(p)))).toEqual(new Set(["fr"]));
  });
});
