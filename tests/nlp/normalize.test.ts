import { describe, expect, it } from "vitest";
import { foldDiacritics, normalizeTypography } from "../../src/nlp/index.js";

describe("normalizeTypography", () => {
  it("turns NBSP, narrow NBSP and thin spaces into plain spaces", () => {
    expect(normalizeTypography("100\u00a0000 et 3\u202f% et a\u2009b")).toBe(
      "100 000 et 3 % et a b",
    );
  });

  it("turns typographic apostrophes into '", () => {
    expect(normalizeTypography("l’OTAN ‘x ʼy z′ a´ b`")).toBe("l'OTAN 'x 'y z' a' b'");
  });

  it('turns curly and low double quotes into "', () => {
    expect(normalizeTypography("“What” „so‟")).toBe('"What" "so"');
  });

  it("keeps guillemets but removes the spacing inside them", () => {
    expect(normalizeTypography("dit « La\u00a0» puis «\u202fNon »")).toBe("dit «La» puis «Non»");
  });

  it("removes zero-width characters, soft hyphens, BOM and control characters but keeps tab and newline", () => {
    expect(
      normalizeTypography("\ufeffdé\u00adsescalade\u200b\u200d\u2060 a\u0001\u0085\tb\nc"),
    ).toBe("désescalade a\tb\nc");
  });

  it("turns CRLF, CR and line separators into newlines", () => {
    expect(normalizeTypography("a\r\nb\rc\u2028d")).toBe("a\nb\nc\nd");
  });

  it("collapses runs of spaces and keeps newlines", () => {
    expect(normalizeTypography("a  \u00a0 b\n\n  c")).toBe("a b\n\n c");
  });
});

describe("foldDiacritics", () => {
  it("strips accents and spells out œ and æ, keeping case", () => {
    expect(foldDiacritics("Élargissement, négociations, cœur, Œuvre, Æther, ç, Ü")).toBe(
      "Elargissement, negociations, coeur, OEuvre, AEther, c, U",
    );
  });

  it("also strips combining marks of decomposed input", () => {
    expect(foldDiacritics("ne\u0301gociation")).toBe("negociation");
  });
});
