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

  it("keeps the attributed quotation a glued heading repeats, and credits the heading", () => {
    // The heading glued to the next paragraph's quotation made a sentence richer than the one
    // saying its words with an attribution, which near-duplicate cleaning then dropped.
    const text =
      'Paul Martin a répondu samedi."Il faut sortir de la culture de l\'excuse, cela suffit""Il y a une perte ' +
      'de repères qui est inquiétante", a regretté Paul Martin dimanche. Il a aussi parlé du budget. ' +
      '"Il faut sortir de la culture de l\'excuse, cela suffit", a-t-il jugé.';
    expect(statementsOf(text).direct).toEqual([
      { text: "Il faut sortir de la culture de l'excuse, cela suffit", speaker: "Paul Martin" },
      { text: "Il y a une perte de repères qui est inquiétante", speaker: "Paul Martin" },
      { text: "Il faut sortir de la culture de l'excuse, cela suffit", speaker: "Paul Martin" },
    ]);
  });

  it("reads a heading ending on a quotation, parted from the next paragraph's quotation, as an intertitle", () => {
    const text =
      '"Nous appliquons la loi sur l\'obstination déraisonnable", a déclaré Julie Bernard. ' +
      'Une "obstination déraisonnable""La décision a été prise par les médecins", ajoute-t-elle.';
    expect(statementsOf(text).direct).toEqual([
      { text: "Nous appliquons la loi sur l'obstination déraisonnable", speaker: "Julie Bernard" },
      { text: "obstination déraisonnable", speaker: "Julie Bernard" },
      { text: "La décision a été prise par les médecins", speaker: "Julie Bernard" },
    ]);
  });

  it("reads a quotation glued to the full stop before it, ending its sentence, as an intertitle", () => {
    const text =
      "La délégation s'est rendue auprès de l'ancien président.\"LA COLONISATION DOIT CESSER\"" +
      "La France tente de relancer le processus. Il a dit vouloir parler " +
      '"avec franchise : oui, la colonisation doit cesser", a déclaré Manuel Valls.';
    expect(statementsOf(text).direct).toEqual([
      { text: "LA COLONISATION DOIT CESSER", speaker: "Manuel Valls" },
      { text: "avec franchise : oui, la colonisation doit cesser", speaker: "Manuel Valls" },
    ]);
  });

  it("credits an intertitle that shortens someone's words to whoever says most of them", () => {
    const text =
      '"C\'était la panique, on voyait les flammes se rapprocher", explique Maryse Escuder.' +
      '"On voyait les flammes de la route"La famille Gribovalle va passer la nuit ici. ' +
      '"On voyait les flammes depuis la route, on avait peur", lance Patricia Gribovalle.';
    expect(statementsOf(text).direct.map((q) => q.speaker)).toEqual([
      "Maryse Escuder",
      "Patricia Gribovalle",
      "Patricia Gribovalle",
    ]);
  });

  it("does not credit an intertitle for a common phrase alone", () => {
    const text =
      '"Je ne dirai rien de plus pour cette affaire", a déclaré Jean Dupont.' +
      '"J\'ai déjà beaucoup payé pour cette affaire"La suite est prévue en mai.';
    expect(statementsOf(text).direct.map((q) => q.speaker)).toEqual(["Jean Dupont", null]);
  });

  it("reads a straight mark glued to the one closing a quotation as the next one's opening", () => {
    const text = 'Il a dit "Un GP exceptionnel""Il nous faut gagner", hier.';
    expect(findQuoteSpans(text).map((s) => text.slice(s.start, s.end))).toEqual([
      "Un GP exceptionnel",
      "Il nous faut gagner",
    ]);
  });
});
