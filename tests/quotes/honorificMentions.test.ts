import { describe, expect, it } from "vitest";
import { directQuotesOf, statementsOf } from "./excerpts.js";

describe("a surname after an honorific written without a full stop ('Mme', 'Me', 'Dr')", () => {
  it("names the one person of that surname the article names in full, though the corpus has others", () => {
    const article = `La présidente de la FNSEA Christiane Lambert était au salon. "Nicolas Hulot nous a dit qu'il viendrait", a raconté Mme Lambert sur une radio.`;
    const other = `Viviane Lambert a déclaré que "son fils doit vivre". Rachel Lambert a dit qu'elle "respecte la décision".`;
    expect(
      directQuotesOf([
        { file: "a.jsonl", format: "jsonl", text: article, title: "Salon", record: 0 },
        { file: "a.jsonl", format: "jsonl", text: other, title: "Justice", record: 1 },
      ]),
    ).toEqual([
      { text: "Nicolas Hulot nous a dit qu'il viendrait", speaker: "Christiane Lambert" },
      { text: "son fils doit vivre", speaker: "Viviane Lambert" },
      { text: "respecte la décision", speaker: "Rachel Lambert" },
    ]);
  });

  it("is a complement after 'de' ('le cabinet de M. Guillaume', 'l'avocat de Mme Vidal')", () => {
    const text =
      "Le ministre Paul Guillaume s'est rendu sur place mardi. " +
      `"Le zonage est en cours, il devrait être fait dans les 48 heures", a indiqué le cabinet de M. Guillaume à la radio.`;
    expect(statementsOf(text).direct).toEqual([
      { text: "Le zonage est en cours, il devrait être fait dans les 48 heures", speaker: null },
    ]);
  });
});
