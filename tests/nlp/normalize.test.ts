import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { foldDiacritics, normalizeTypography } from "../../src/nlp/index.js";
import {
  foldDiacriticsByNormalize,
  normalizeTypographyByRegex,
} from "../helpers/normalizeByRegex.js";

/** Characters the one-scan normalisation and the fast fold treat specially, and neighbours. */
const TRICKY = [
  " ",
  "  ",
  "\u00a0",
  "\u202f",
  "\u2009",
  "\u1680",
  "\u3000",
  "\u2000",
  "\u2001",
  "\t",
  "\n",
  "\r",
  "\r\n",
  "\u2028",
  "\u2029",
  "\u0085",
  "\u000b",
  "\u0000",
  "\u007f",
  "\u00ad",
  "\u200b",
  "\u200d",
  "\u2060",
  "\ufeff",
  "’",
  "‘",
  "ʼ",
  "′",
  "´",
  "`",
  "'",
  '"',
  "“",
  "”",
  "„",
  "‟",
  "«",
  "»",
  "« ",
  " »",
  "é",
  "É",
  "e\u0301",
  "\u0301",
  "œ",
  "Œ",
  "æ",
  "Æ",
  "ç",
  "ß",
  "ø",
  "ǅ",
  "–",
  "—",
  "…",
  "‰",
  "😀",
  "🇫🇷",
  "\ud83d",
  "Ω",
  "İ",
  "ſ",
  "a",
  "Z",
  "1",
  ".",
];
const trickyText = fc
  .array(fc.oneof(fc.constantFrom(...TRICKY), fc.string({ maxLength: 3 })), { maxLength: 24 })
  .map((parts) => parts.join(""));

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

  it("handles invisibles inside space runs and next to guillemets as the replacements do", () => {
    expect(normalizeTypography("x \u00ad »")).toBe("x»");
    expect(normalizeTypography("«\u200b\u00a0y")).toBe("«y");
    expect(normalizeTypography("« »")).toBe("«»");
    expect(normalizeTypography("a \u200b b")).toBe("a b");
    expect(normalizeTypography("«\r\n x")).toBe("«\n x");
    expect(normalizeTypography("\r\r\n")).toBe("\n\n");
    expect(normalizeTypography("  a  ")).toBe(" a ");
    expect(normalizeTypography("")).toBe("");
    expect(normalizeTypography("😀 « x »")).toBe("😀 «x»");
  });

  it("returns already normalised text unchanged", () => {
    const text = 'Il a dit «Non» et l\'OTAN a répondu: "oui".\n\tFin';
    expect(normalizeTypography(text)).toBe(text);
  });

  it("equals the eight replacements on every code unit next to spaces and guillemets", () => {
    const mismatches: string[] = [];
    for (let code = 0; code < 0x10000; code++) {
      const ch = String.fromCharCode(code);
      for (const text of [ch, `« ${ch} »`, `a${ch} b`, `a ${ch}»`, `«${ch} b`]) {
        if (normalizeTypography(text) !== normalizeTypographyByRegex(text)) mismatches.push(text);
      }
    }
    expect(mismatches).toEqual([]);
  });

  it("equals the eight replacements on random mixes of tricky characters", () => {
    fc.assert(
      fc.property(trickyText, (text) => {
        expect(normalizeTypography(text)).toBe(normalizeTypographyByRegex(text));
      }),
      { numRuns: 3000 },
    );
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

  it("folds exact values on the fast path and off it", () => {
    expect(foldDiacritics("")).toBe("");
    expect(foldDiacritics("plain ascii")).toBe("plain ascii");
    expect(foldDiacritics("l’été – « ça »…")).toBe("l’ete – « ca »…");
    expect(foldDiacritics("ßøǅĳ")).toBe("ßøǅĳ");
    expect(foldDiacritics("Ångström ŒUVRE")).toBe("Angstrom OEUVRE");
    expect(foldDiacritics("café 😀 ά")).toBe("cafe 😀 α");
    expect(foldDiacritics("e\u0301\u0327 x")).toBe("e x");
    expect(foldDiacritics("a\u00a0b\u202fc")).toBe("a\u00a0b\u202fc");
    expect(foldDiacritics("\u2000\u2001")).toBe("\u2002\u2003");
  });

  it("equals NFD without marks for every code unit between folded characters", () => {
    const mismatches: string[] = [];
    for (let code = 0; code < 0x10000; code++) {
      const text = `é${String.fromCharCode(code)}œ`;
      if (foldDiacritics(text) !== foldDiacriticsByNormalize(text)) mismatches.push(text);
    }
    expect(mismatches).toEqual([]);
  });

  it("equals NFD without marks on random mixes of tricky characters", () => {
    fc.assert(
      fc.property(trickyText, (text) => {
        expect(foldDiacritics(text)).toBe(foldDiacriticsByNormalize(text));
      }),
      { numRuns: 3000 },
    );
  });
});
