import { describe, expect, it } from "vitest";
import { allMatches, CAPITALISED_RUN, HONORIFIC_NAME } from "../../src/officials/namePatterns.js";

/** What `matchAll` gives, as plain data: each match's groups and index. */
const plain = (matches: Iterable<RegExpMatchArray>) =>
  [...matches].map((m) => ({ groups: [...m], index: m.index }));

describe("allMatches", () => {
  const texts = [
    "Selon M. Sergueï Lavrov, Ursula von der Leyen et Jean-Yves Le Drian ont parlé.",
    "",
    "a😀b",
    "Mme Truss et Mr. Blinken",
  ];

  it.each([CAPITALISED_RUN, HONORIFIC_NAME, /x*/gu, /x*/g, /(?:)/gu, /\p{L}+/gu])(
    "gives what matchAll gives for %s",
    (pattern) => {
      for (const text of texts) {
        expect(plain(allMatches(pattern, text))).toEqual(plain(text.matchAll(pattern)));
        expect(pattern.lastIndex).toBe(0);
      }
    },
  );

  it("refuses a regex without the global flag, as matchAll does", () => {
    expect(() => allMatches(/a/, "a")).toThrow(TypeError);
  });
});
