import { describe, expect, it } from "vitest";
import { significantWords, wordKey } from "../../src/officials/nameKey.js";
import { NameMatcher } from "../../src/officials/nameMatcher.js";
import { describeNameMiss, resolveName } from "../../src/officials/resolveName.js";
import { discoveredPerson } from "../helpers/discoveredPerson.js";

const person = (name: string, aliases: string[] = []) => discoveredPerson(name, aliases, "config");

const matcher = new NameMatcher([
  person("Antony Blinken"),
  person("Sergueï Lavrov", ["Sergey Lavrov"]),
  person("Sergueï Riabkov", ["Sergey Ryabkov"]),
  person("Vladimir Poutine", ["Vladimir Putin"]),
  person("Alexandre Grouchko", ["Alexander Grushko"]),
  person("Joe Biden"),
  person("Zbigniew Rau"),
  person("Ursula von der Leyen"),
]);

function resolved(query: string): string {
  const r = resolveName(query, matcher);
  return r.ok ? r.person.name : describeNameMiss(r);
}

describe("wordKey: transliteration-insensitive keys", () => {
  it.each([
    ["sergueï", "sergey"],
    ["riabkov", "ryabkov"],
    ["poutine", "putin"],
    ["grouchko", "grushko"],
    ["alexandre", "alexander"],
    ["dmitri", "dmitry"],
  ])("%s and %s share a key", (a, b) => {
    expect(wordKey(a.normalize("NFD").replace(/\p{M}/gu, ""))).toBe(wordKey(b));
  });
});

describe("resolveName", () => {
  it.each([
    ["Blinken", "Antony Blinken"],
    ["BLINKEN", "Antony Blinken"],
    ["M. Blinken", "Antony Blinken"],
    ["Secretary Blinken", "Antony Blinken"],
    ["Anthony Blinken", "Antony Blinken"],
    ["Bliken", "Antony Blinken"],
    ["Blinkin", "Antony Blinken"],
    ["sergei lavrov", "Sergueï Lavrov"],
    ["Ryabkov", "Sergueï Riabkov"],
    ["Putin", "Vladimir Poutine"],
    ["Grushko", "Alexandre Grouchko"],
    ["von der Leyen", "Ursula von der Leyen"],
    ["Rau", "Zbigniew Rau"],
  ])("%s → %s", (query, name) => {
    expect(resolved(query)).toBe(name);
  });

  it("returns the candidates for an ambiguous first name", () => {
    expect(resolved("Sergueï")).toBe(
      "'Sergueï' could be Sergueï Lavrov or Sergueï Riabkov — which one?",
    );
  });

  it("never answers with a wrong person: another first name, a short typo, an unknown name", () => {
    expect(resolved("Hunter Biden")).toBe("no official named 'Hunter Biden' — closest: Joe Biden");
    expect(resolved("Rao")).toBe("no official named 'Rao' — closest: Zbigniew Rau");
    expect(resolved("Zelensky")).toBe("no official named 'Zelensky'");
    expect(resolved("Blin")).toBe("no official named 'Blin' — closest: Antony Blinken");
  });

  it("treats an empty or very short query as a user error", () => {
    expect(resolved("")).toBe("'' is too short to look up — give at least 3 letters of a name");
    expect(resolved(" M. ")).toMatch(/too short/);
    expect(resolved("Bl")).toMatch(/too short/);
  });
});

describe("NameMatcher: one slip in a name, not two", () => {
  const family = new NameMatcher([
    discoveredPerson("Marion Maréchal-Le Pen"),
    discoveredPerson("Antony Blinken"),
  ]);
  const names = (query: string) =>
    family.match(significantWords(query)).map((m) => `${m.person.name} (${m.kind})`);

  it("does not take a given name one letter away with a middle name left out for the same person", () => {
    expect(names("Marine Le Pen")).toEqual([]);
  });

  it("still forgives one slip: a misspelt given name, or a middle name left out", () => {
    expect(names("Anthony Blinken")).toEqual(["Antony Blinken (fuzzy-full)"]);
    expect(names("Marion Le Pen")).toEqual(["Marion Maréchal-Le Pen (full)"]);
    expect(names("Marion Maréchal-Le Pen")).toEqual(["Marion Maréchal-Le Pen (full)"]);
  });
});
