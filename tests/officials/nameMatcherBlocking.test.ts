import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { deletionVariants, NameMatcher } from "../../src/officials/nameMatcher.js";
import type { Person } from "../../src/officials/person.js";
import { discoveredPerson } from "../helpers/discoveredPerson.js";
import { scanningMatch } from "../helpers/scanningNameMatcher.js";

const person = (name: string, aliases: string[] = []) => discoveredPerson(name, aliases);

const ids = (ms: readonly { person: Person; kind: string }[]) =>
  ms.map((m) => `${m.person.id}:${m.kind}`);

// Few letters, so random words are often within one or two edits of each other.
const word = fc.stringMatching(/^[abeilnorsu]{2,12}$/);

describe("NameMatcher blocking", () => {
  it("deletionVariants: the word, then every word one or two letters shorter", () => {
    expect([...deletionVariants("abc", 1)].sort()).toEqual(["ab", "abc", "ac", "bc"]);
    expect(deletionVariants("abcd", 2).size).toBe(1 + 4 + 6);
  });

  it("gives the same matches, in the same order, as comparing the query with every person", () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(word, word), { minLength: 1, maxLength: 40 }),
        fc.array(fc.array(word, { minLength: 1, maxLength: 2 }), { minLength: 1, maxLength: 30 }),
        (names, queries) => {
          const byId = new Map(names.map(([f, s]) => [`${f}-${s}`, person(`${f} ${s}`)]));
          const persons = [...new Map([...byId.values()].map((p) => [p.id, p])).values()];
          const half = Math.floor(persons.length / 2);
          // Half given at construction, half added one by one as the corpus reveals them.
          const matcher = new NameMatcher(persons.slice(0, half));
          for (const p of persons.slice(half)) matcher.add(p);
          for (const q of [...queries, ...names.map(([f, s]) => [f, `${s}x`])]) {
            expect(ids(matcher.match(q))).toEqual(ids(scanningMatch(persons, q)));
          }
        },
      ),
      { seed: 42, numRuns: 300 },
    );
  });

  it("finds a person added after a query was answered (no stale remembered answer)", () => {
    const matcher = new NameMatcher([person("Antony Blinken")]);
    expect(matcher.match(["drouet"])).toEqual([]);
    matcher.add(person("Éric Drouet"));
    expect(ids(matcher.match(["drouet"]))).toEqual(["-ric-drouet:surname"]);
    expect(ids(matcher.match(["drouel"]))).toEqual([]);
    expect(ids(matcher.matchFirstName("eric"))).toEqual(["-ric-drouet:first-name"]);
  });
});
