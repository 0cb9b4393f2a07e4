import { describe, expect, it } from "vitest";
import { articleOfText } from "../../briefings/summarizeDocument.js";
import { splitDashIntertitles } from "../../src/corpus/clean/dashIntertitles.js";

/** The paragraph sentences cleaning keeps of a text, as `briefbot summarize` reads it. */
function sentencesOf(text: string): string[] {
  return articleOfText({ id: "a", text })?.sentences.map((s) => s.display) ?? [];
}

describe("subheadings between dashes glued to the paragraphs around them", () => {
  it("cuts the subheading out of the sentences on either side", () => {
    // A quoted subheading stays a sentence of its own, read as quoted intertitles are.
    const text =
      'Le ministre a promis une hausse pour les internes en médecine.- "Pas à la hauteur" -Olivier Véran a jugé jeudi cet effort considérable. - Sanctuaire -Une annonce condamnée jeudi par Pékin.';
    expect(sentencesOf(text)).toEqual([
      "Le ministre a promis une hausse pour les internes en médecine.",
      '"Pas à la hauteur"',
      "Olivier Véran a jugé jeudi cet effort considérable.",
      "Une annonce condamnée jeudi par Pékin.",
    ]);
  });

  it("gives each subheading a block of its own, without its dashes", () => {
    expect(
      splitDashIntertitles(
        "La loi est votée.- Le Pérou dépasse le cap des 10.000 morts -Le Pérou a passé jeudi ce cap. - Les révoltés du réseau -",
      ),
    ).toEqual([
      "La loi est votée.",
      "Le Pérou dépasse le cap des 10.000 morts",
      "Le Pérou a passé jeudi ce cap.",
      "Les révoltés du réseau",
    ]);
  });

  it("leaves dashes inside a sentence alone", () => {
    const block = "Le ministre - selon son entourage - a dit non. Il partira - peut-être -Lundi.";
    expect(splitDashIntertitles(block)).toEqual([block]);
  });
});
