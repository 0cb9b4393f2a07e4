import { describe, expect, it } from "vitest";
import { mulberry32, pick, type Random, randomInt } from "../../bench/perf/prng.js";
import { TRAILING_SUBJECT, trailingSubject } from "../../src/officials/trailingSubject.js";

const byRegex = (text: string): string => TRAILING_SUBJECT.exec(text)?.[1] ?? "";

/** Lengths around the pattern's bounds (1, 2, 120) and some in between. */
const LENGTHS = [0, 1, 2, 3, 60, 118, 119, 120, 121, 122, 240, 241];
const STOPS = [",", ",", ",", ".", ";", ":", "«", "»", '"', "“", "”"];
const FILLERS = ["a", "B", "é", " ", " ", "\n", "\u00a0", "-", "'"];

/** A text of clauses and stops, ending in white space or not, sometimes with an emoji in it. */
function randomText(random: Random): string {
  let text = "";
  const clauses = randomInt(random, 0, 4);
  for (let c = 0; c < clauses; c++) {
    const length = random() < 0.6 ? pick(random, LENGTHS) : randomInt(random, 0, 130);
    for (let i = 0; i < length; i++) text += random() < 0.002 ? "😀" : pick(random, FILLERS);
    if (c < clauses - 1 || random() < 0.5) text += pick(random, STOPS);
  }
  const spaces = pick(random, [0, 0, 1, 2, 5, 130]);
  return text + " ".repeat(spaces);
}

describe("trailingSubject", () => {
  it.each([
    ["Pascal Pavageau, secrétaire général de FO, ", "Pascal Pavageau"],
    ["« Non », a répondu ", " a répondu "],
    ["Le ministre ", "Le ministre "],
    ["", ""],
    ["a", ""],
  ])("reads %j as the regex does", (before, subject) => {
    expect(trailingSubject(before)).toBe(subject);
    expect(byRegex(before)).toBe(subject);
  });

  it("agrees with the regex on generated texts", () => {
    const random = mulberry32(8);
    for (let n = 0; n < 5_000; n++) {
      const text = randomText(random);
      if (trailingSubject(text) !== byRegex(text))
        expect(trailingSubject(text)).toBe(byRegex(text));
    }
  });
});
