import { describe, expect, it } from "vitest";
import { statementsOf } from "./excerpts.js";

describe("extractStatements on short French and English excerpts", () => {
  it("attributes a quote to the person named with a role after the speech verb", () => {
    expect(
      statementsOf("« Nous ne céderons pas », a déclaré le ministre de la Défense, Jean Dupont.")
        .direct,
    ).toEqual([{ text: "Nous ne céderons pas", speaker: "Jean Dupont" }]);
  });

  it("resolves an inverted pronoun ('estime-t-il') to the person just introduced", () => {
    const text = `Jean Dupont, maire de Lyon, a présenté son budget mardi. "La ville est prête", estime-t-il.`;
    expect(statementsOf(text).direct).toEqual([
      { text: "La ville est prête", speaker: "Jean Dupont" },
    ]);
  });

  it("attributes a quote followed by 'selon X'", () => {
    const text =
      "La réforme sera « longue et difficile », selon Marie Martin, ministre du Travail.";
    expect(statementsOf(text).direct).toEqual([
      { text: "longue et difficile", speaker: "Marie Martin" },
    ]);
  });

  it("resolves a role to the person who holds it in the article", () => {
    const text =
      "Le secrétaire général de l'ONU, António Guterres, était à Genève lundi. « La paix est possible », a ajouté le secrétaire général.";
    expect(statementsOf(text).direct).toEqual([
      { text: "La paix est possible", speaker: "António Guterres" },
    ]);
  });

  it("handles English quotes, titles before the name and 'she added'", () => {
    const text =
      "“We are ready,” Prime Minister Jane Doe said on Monday. “We will act,” she added.";
    expect(statementsOf(text).direct).toEqual([
      { text: "We are ready", speaker: "Jane Doe" },
      { text: "We will act", speaker: "Jane Doe" },
    ]);
  });

  it("starts a quote whose opening mark is missing at the start of its sentence", () => {
    const text =
      "Le ministre des Affaires étrangères Jean Dupont a parlé longuement. Nous sommes prêts à discuter. Mais pas à n'importe quel prix », a affirmé Jean Dupont.";
    expect(statementsOf(text).direct).toEqual([
      {
        text: "Nous sommes prêts à discuter. Mais pas à n'importe quel prix",
        speaker: "Jean Dupont",
      },
    ]);
  });

  it("gives every quote of a reported clause to its speaker, and records the indirect statement", () => {
    const text =
      "Jean Dupont, ministre de l'Intérieur, a assuré que la situation était « sous contrôle » et « stable ».";
    const found = statementsOf(text);
    expect(found.direct).toEqual([
      { text: "sous contrôle", speaker: "Jean Dupont" },
      { text: "stable", speaker: "Jean Dupont" },
    ]);
    expect(found.indirect).toEqual([{ text, speaker: "Jean Dupont" }]);
  });

  it("attributes a partial quote inside the sentence (La Russie veut «…», a averti X)", () => {
    const text =
      "La Russie veut «reconstituer l'empire», a averti Josep Borrell, chef de la diplomatie européenne.";
    expect(statementsOf(text).direct).toEqual([
      { text: "reconstituer l'empire", speaker: "Josep Borrell" },
    ]);
  });

  it("leaves words quoted from a document, or from a country, without a speaker", () => {
    const text =
      "Le texte évoque un partenariat qui « demeure la pierre angulaire » de l'alliance. La Russie a dénoncé des « provocations ».";
    expect(statementsOf(text).direct).toEqual([
      { text: "demeure la pierre angulaire", speaker: null },
      { text: "provocations", speaker: null },
    ]);
  });

  it("carries the speaker on to the quote that opens the next sentence", () => {
    const text =
      "« Je ne peux pas dire si nous avançons », a déclaré le ministre russe Sergueï Lavrov. « Nous le saurons bientôt. »";
    expect(statementsOf(text).direct.map((q) => q.speaker)).toEqual([
      "Sergueï Lavrov",
      "Sergueï Lavrov",
    ]);
  });
});
