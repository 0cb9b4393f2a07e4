import { describe, expect, it } from "vitest";
import { invertedClause, rolePronoun } from "../../src/nlp/invertedClause.js";

describe("invertedClause: an attribution clause by its shape", () => {
  it.each([
    [", s'est agacée Catherine Deneuve.", null, "Catherine Deneuve."],
    [", tranche l'actrice.", null, "l'actrice."],
    [", estimait-il, comme le relève", "il", ", comme le relève"],
    [" a critiqué l'élue sur Franceinfo.", null, "l'élue sur Franceinfo."],
    [", raillait-elle également", "elle", " également"],
  ])("%s", (tail, pronoun, subject) => {
    const clause = invertedClause(tail);
    expect(clause?.pronoun ?? null).toBe(pronoun);
    expect(tail.slice(clause?.subjectAt ?? 0)).toBe(subject);
  });

  it.each([
    ", et le gouvernement a",
    ", selon lui",
    ", dans un communiqué",
    " pour la première fois",
  ])("no clause: %s", (tail) => {
    expect(invertedClause(tail)).toBeNull();
  });

  it("reads the gender of a role noun from its determiner and ending", () => {
    expect(rolePronoun("l'actrice")).toBe("elle");
    expect(rolePronoun("la députée européenne")).toBe("elle");
    expect(rolePronoun("le ministre")).toBe("il");
    expect(rolePronoun("l'avocat")).toBe("il");
  });
});
