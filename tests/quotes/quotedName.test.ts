import { describe, expect, it } from "vitest";
import { isQuotedName } from "../../src/quotes/quotedName.js";
import { findQuoteSpans } from "../../src/quotes/quoteSpans.js";
import { statementsOf } from "./excerpts.js";

/** Whether the first quotation of `text` is read as a title or a name. */
function firstIsName(text: string): boolean {
  const span = findQuoteSpans(text)[0];
  if (!span) throw new Error("no quotation");
  return isQuotedName(text, span);
}

describe("isQuotedName: titles and names in quotation marks are nobody's words", () => {
  it.each([
    ["Elle joue dans la mini-série « Vestiaires » sur France 2.", true],
    ["Le constructeur prépare un concept baptisé « Mission 500 » pour 2025.", true],
    ["On le voit dans le film de 2013 « Bling Ring ».", true],
    ["Il signe une tribune dans la revue « First Things ».", true],
    // Words said: after a speech verb, opening the sentence, with punctuation or a first person.
    ["Elle part avant de déclarer « Merci pour ce moment ».", false],
    ["« Parlons du fond » a-t-il conclu.", false],
    ["Il a répondu par un « Nous ne céderons pas » très applaudi.", false],
    ["Le maire évoque une décision « Injuste, brutale et inutile ».", false],
    // Lower case: a phrase, not a name.
    ["Le ministre dénonce une « rhétorique clivante et dangereuse ».", false],
    // More than five words, unless after a noun of works (up to eight, first person allowed).
    ["Il brandit « Une Vie De Combats Pour La Justice » devant eux.", false],
    ["Le livre « Une Vie De Combats Pour La Justice » paraît demain.", true],
    ["Il était sur le plateau de « Touche pas à mon poste » hier.", true],
  ])("%s → %s", (text, name) => {
    expect(firstIsName(text)).toBe(name);
  });

  it("leaves titles out of the direct statements", () => {
    const text =
      "Jean Dupont a présenté jeudi l'émission « Questions pour un jardin » à Lyon. " +
      "« Je voulais partager ma passion avec les voisins », a déclaré Jean Dupont.";
    expect(statementsOf(text).direct).toEqual([
      { text: "Je voulais partager ma passion avec les voisins", speaker: "Jean Dupont" },
    ]);
  });
});
