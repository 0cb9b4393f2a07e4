import { describe, expect, it } from "vitest";
import { statementsOf } from "../quotes/excerpts.js";

describe("bishops by title", () => {
  it("reads 'Mgr X' and 'Monseigneur X' as the bishop the corpus names in full", () => {
    const text =
      "L'archevêque de Paris, Michel Aupin, a célébré la messe. " +
      '"La cathédrale est vivante", a déclaré Mgr Aupin. "Nous reviendrons", a ajouté Monseigneur Aupin.';
    const found = statementsOf(text);
    expect(found.people).toEqual(["Michel Aupin"]);
    expect(found.direct.map((q) => q.speaker)).toEqual(["Michel Aupin", "Michel Aupin"]);
  });

  it("merges a bishop met by title first into the one the corpus names in full later", () => {
    const text =
      '"La cathédrale est vivante", a déclaré Monseigneur Aupin. ' +
      "L'archevêque de Paris, Michel Aupin, a célébré la messe.";
    const other = '"Nous reviendrons", a ajouté Mgr Aupin dans la soirée.';
    const found = statementsOf(`${text} Plus tard. ${other}`);
    expect(found.people).toEqual(["Michel Aupin"]);
    expect(found.direct.map((q) => q.speaker)).toEqual(["Michel Aupin", "Michel Aupin"]);
  });
});
