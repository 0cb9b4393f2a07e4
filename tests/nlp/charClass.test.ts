import { describe, expect, it } from "vitest";
import { charClass } from "../../src/nlp/charClass.js";

const PATTERNS = [/\s/, /\p{Ll}/u, /\p{Lu}/u, /[\p{L}\p{M}\p{N}]/u, /[\p{P}\p{S}]/u];

describe("charClass", () => {
  it("answers like the regular expression for every BMP code unit, asked twice", () => {
    for (const pattern of PATTERNS) {
      const cached = charClass(pattern);
      for (let round = 0; round < 2; round++) {
        let mismatches = 0;
        for (let code = 0; code < 0x10000; code++) {
          if (cached.hasCodeUnit(code) !== pattern.test(String.fromCharCode(code))) mismatches++;
        }
        expect(mismatches).toBe(0);
      }
    }
  });

  it("answers exact values on tricky characters and code points", () => {
    const upper = charClass(/\p{Lu}/u);
    expect(upper.hasCodeUnit(0x45)).toBe(true); // E
    expect(upper.hasCodeUnit(0xc9)).toBe(true); // É
    expect(upper.hasCodeUnit(0x152)).toBe(true); // Œ
    expect(upper.hasCodeUnit(0xe9)).toBe(false); // é
    expect(upper.hasCodeUnit(0xd835)).toBe(false); // lone high surrogate
    expect(upper.hasCodePoint(0x1d400)).toBe(true); // MATHEMATICAL BOLD CAPITAL A
    expect(upper.hasCodePoint(0x1f600)).toBe(false); // emoji
    const space = charClass(/\s/);
    expect(space.hasCodeUnit(0xa0)).toBe(true);
    expect(space.hasCodeUnit(0x202f)).toBe(true);
    expect(space.hasCodeUnit(0x200b)).toBe(false); // zero-width space is not \s
  });

  it("refuses global and sticky patterns, whose lastIndex would leak between tests", () => {
    expect(() => charClass(/a/g)).toThrow();
    expect(() => charClass(/a/y)).toThrow();
  });
});
