import { describe, expect, it } from "vitest";
import { findQuoteSpans } from "../../src/quotes/quoteSpans.js";

const quoted = (text: string) => findQuoteSpans(text).map((s) => text.slice(s.start, s.end));

describe("findQuoteSpans: a straight quote glued to an elided 'que' opens a quotation", () => {
  it('reads qu\'"…" as a quotation', () => {
    expect(quoted(`Il a ajouté, assurant qu'"aucun acte de haine ne nous changera".`)).toEqual([
      "aucun acte de haine ne nous changera",
    ]);
  });
});

describe("findQuoteSpans: a term quoted inside a straight quotation", () => {
  it("keeps the outer quotation whole and the next one apart", () => {
    const text =
      `"C'est déjà "le bordel" quand il y a le Bol d'Or, comment ils n'ont pas anticipé?", se demandait Yvan. ` +
      `"A part faire le kakou, il sert à rien!", assenait ce Toulonnais.`;
    expect(quoted(text)).toEqual([
      `C'est déjà "le bordel" quand il y a le Bol d'Or, comment ils n'ont pas anticipé?`,
      "A part faire le kakou, il sert à rien!",
    ]);
  });

  it("does not nest past the first sentence of a quotation whose closing mark was lost", () => {
    const text = `"En général, je l'assume. La solution se dessine. Le Premier ministre s'est dit "attaché" jeudi au "plus haut niveau de sécurité routière possible". Fin.`;
    expect(quoted(text)).toEqual([
      "En général, je l'assume. La solution se dessine. Le Premier ministre s'est dit",
      "plus haut niveau de sécurité routière possible",
    ]);
  });
});
