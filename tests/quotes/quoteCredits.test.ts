import { describe, expect, it } from "vitest";
import { documentQuoteSpeakers } from "../../briefings/documentQuoteSpeakers.js";
import { cleanDocument } from "../../briefings/summarizeDocument.js";

/** Sentence display → speaker to show, for the sentences `quoteCredits` flags in a text. */
function flagged(text: string): Record<string, string | null> {
  const articles = cleanDocument({ id: "a", text });
  const speakers = documentQuoteSpeakers(articles);
  const out: Record<string, string | null> = {};
  for (const article of articles) {
    for (const passage of article.passages) {
      for (const s of passage.sentences) {
        const speaker = speakers.quoted.get(s.id);
        if (speaker !== undefined) out[s.display] = speaker;
      }
    }
  }
  return out;
}

const INTRO =
  "La ministre de la Santé, Agnès Buzyn, a présenté mardi son plan pour les urgences à Paris.";

describe("quoteCredits: quotes that would be shown without their speaker", () => {
  it("leaves alone a sentence that names the speaker outside the quotation marks", () => {
    expect(
      flagged(
        `${INTRO} « Nous allons ouvrir des lits supplémentaires cet hiver », a déclaré Agnès Buzyn devant la presse.`,
      ),
    ).toEqual({});
  });

  it("names the speaker of a quote whose clause is a pronoun ('a-t-elle ajouté')", () => {
    const quote = "« Les soignants attendent des actes concrets », a-t-elle ajouté.";
    expect(
      flagged(
        `${INTRO} « Nous allons ouvrir des lits supplémentaires », a déclaré Agnès Buzyn. ${quote}`,
      ),
    ).toEqual({ [quote]: "Agnès Buzyn" });
  });

  it("names the speaker of a quote that goes on from their previous statement", () => {
    const quote = "« Les hôpitaux n'attendront plus les crédits du printemps. »";
    expect(
      flagged(`${INTRO} Agnès Buzyn a annoncé que le plan serait financé dès janvier. ${quote}`),
    ).toEqual({ [quote]: "Agnès Buzyn" });
  });

  it("flags with no speaker a quotation nobody is credited with", () => {
    const bare = "« Il faut tout reprendre depuis le début ».";
    expect(flagged(`${INTRO} ${bare}`)).toEqual({ [bare]: null });
  });

  it("ignores scare quotes and titles of fewer than three words", () => {
    expect(
      flagged(`${INTRO} Le texte parle d'un « choc d'attractivité » pour les services.`),
    ).toEqual({});
  });

  it("accepts an attribution clause that names someone the engine does not know", () => {
    expect(
      flagged(`${INTRO} « La situation reste très tendue », a confié un médecin de l'hôpital.`),
    ).toEqual({});
  });
});
