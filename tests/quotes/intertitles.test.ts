import { describe, expect, it } from "vitest";
import { findQuoteSpans } from "../../src/quotes/quoteSpans.js";
import { statementsOf } from "./excerpts.js";

describe("intertitles: quoted subheadings glued to the paragraphs around them", () => {
  it("credits an intertitle to whoever says its words elsewhere in the article", () => {
    const text =
      "Le pédopsychiatre Paul Martin a réagi. \"C'est grave. Si le bébé a l'air content, c'est encore pire\", " +
      'a déclaré Paul Martin. Julie Bernard, la mère, a répondu : "Nous avons ri".' +
      "\"Si le bébé a l'air content, c'est encore pire\"Elle explique que le jeu est courant.";
    expect(statementsOf(text).direct).toEqual([
      {
        text: "C'est grave. Si le bébé a l'air content, c'est encore pire",
        speaker: "Paul Martin",
      },
      { text: "Nous avons ri", speaker: "Julie Bernard" },
      { text: "Si le bébé a l'air content, c'est encore pire", speaker: "Paul Martin" },
    ]);
  });

  it("leaves unattributed an intertitle nobody says, and gives its speaker to no next quote", () => {
    const text =
      'Julie Bernard a parlé hier. "Nous resterons", a-t-elle dit.' +
      '"Une ville en colère""Nous ne partirons pas", répète Paul Martin.';
    expect(statementsOf(text).direct).toEqual([
      { text: "Nous resterons", speaker: "Julie Bernard" },
      { text: "Une ville en colère", speaker: null },
      { text: "Nous ne partirons pas", speaker: "Paul Martin" },
    ]);
  });

  it("reads a straight mark glued to the one closing a quotation as the next one's opening", () => {
    const text = 'Il a dit "Un GP exceptionnel""Il nous faut gagner", hier.';
    expect(findQuoteSpans(text).map((s) => text.slice(s.start, s.end))).toEqual([
      "Un GP exceptionnel",
      "Il nous faut gagner",
    ]);
  });
});
