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
