import { describe, expect, it } from "vitest";
import { findSpeechVerbs } from "../../src/nlp/speechVerbs.js";
import { statementsOf } from "./excerpts.js";

/** Speaker of each direct statement of the text, in order. */
function speakers(text: string): (string | null)[] {
  return statementsOf(text).direct.map((s) => s.speaker);
}

describe("participles of speech and the complements of nouns", () => {
  it("gives a quotation after a participle to the inverted verb's subject before it", () => {
    expect(
      speakers(
        "Yann Moix quitte l'émission de Laurent Ruquier diffusée sur France 2. " +
          "« La production m'a dit qu'une quatrième année était envisageable », explique " +
          "l'écrivain à Paris Match, confiant que « Raphaël Enthoven aurait été un bon candidat ».",
      ),
    ).toEqual(["Yann Moix", "Yann Moix"]);
  });

  it("gives a quotation after a sentence-opening participle to the main clause's subject", () => {
    expect(
      speakers(
        "Agnès Buzyn est arrivée à Bruxelles. Soulignant que « l'industrie pharmaceutique dépend de la Chine », " +
          "la Finlandaise Krista Kiuru a averti ses homologues.",
      ),
    ).toEqual(["Krista Kiuru"]);
  });

  it("gives it to the pronoun opening the participle's clause", () => {
    expect(
      speakers(
        "François Hollande était l'invité de franceinfo. Interrogé sur une candidature, il a " +
          "tenté d'éviter la question en répondant : « Je ne suis pas dans cette démarche ».",
      ),
    ).toEqual(["François Hollande"]);
  });

  it("gives nobody a participle whose subject is people nobody names", () => {
    expect(
      speakers(
        "Emmanuel Macron est arrivé à Péronne. Il a échangé avec des passants, certains " +
          "l'appelant à « tenir bon jusqu'au bout », d'autres réclamant sa « démission immédiate et totale ».",
      ),
    ).toEqual([null, null]);
  });

  it("passes over a preposition's complement for the clause's subject", () => {
    expect(
      speakers(
        "Vincent Lagaf se félicite de collaborer avec Cyril Hanouna dont l'équipe est « jeune, ambitieuse et va de l'avant ».",
      ),
    ).toEqual(["Vincent Lagaf"]);
  });

  it("gives the quotation to whose words a noun of speech names, not past a verb", () => {
    expect(
      speakers(
        "Donald Trump fait référence aux déclarations d'Emmanuel Macron concernant la création d'une « véritable armée européenne » cette semaine.",
      ),
    ).toEqual(["Emmanuel Macron"]);
    expect(
      speakers(
        "Les propos d'Emmanuel Macron ont suscité des critiques du Crif, qui s'est dit « choqué par ces propos ».",
      ),
    ).toEqual([null]);
  });
});

describe("multi-word participles and titles after nouns of works", () => {
  it("reads 'tout en faisant valoir que' as the same speaker going on", () => {
    expect(
      speakers(
        "Dans une interview, Gabriel Matzneff a affirmé « regretter ses pratiques passées », tout en faisant valoir qu'« à l'époque », « jamais personne ne parlait de crime ».",
      ),
    ).toEqual(["Gabriel Matzneff", "Gabriel Matzneff", "Gabriel Matzneff"]);
  });

  it("takes a title after 'le plateau de' or 'son album' for nobody's words, first person or not", () => {
    const { direct } = statementsOf(
      "« On va le faire ensemble », a-t-il déclaré sur le plateau de « Touche pas à mon poste ». " +
        "Marc Lavoine présente son dernier album « Je reviens à toi » depuis lundi.",
    );
    expect(direct.map((s) => s.text)).toEqual(["On va le faire ensemble"]);
  });
});

describe("a speech participle coordinated without its auxiliary", () => {
  it("keeps the speaker of the clause ('a rendu hommage à « … » et salué « … »')", () => {
    expect(
      speakers(
        "Le Premier ministre Édouard Philippe a rendu hommage dans un tweet à « un député animé par des convictions profondes » et salué « un homme sincère, courageux, bienveillant ».",
      ),
    ).toEqual(["Édouard Philippe", "Édouard Philippe"]);
  });
});

describe("speech verbs the news writes often", () => {
  it("reads 'a réagi', 'a renchéri', 'a rétorqué', 'relève', 'témoigne' as speech verbs", () => {
    expect(
      speakers(
        "Thierry Moser est arrivé. « Je suis convaincu que cet alibi est faux », a-t-il réagi auprès de l'AFP. " +
          "« On espère un procès rapide et complet » a renchéri Me Pauline Manesse, avocate d'une famille. " +
          "« Quand il y a Irma dans les Antilles, je reste », a rétorqué Thierry Solère. " +
          "« Le dossier est vide depuis le début », relève Jean Martin. " +
          "« J'ai eu très peur ce soir-là », témoigne Marie Durand.",
      ),
    ).toEqual([
      "Thierry Moser",
      "Pauline Manesse",
      "Thierry Solère",
      "Jean Martin",
      "Marie Durand",
    ]);
  });

  it("reads 'analyse-t-il' and 'souffle-t-elle' as speech, 'une analyse' and 'le souffle' not", () => {
    expect(
      speakers(
        "Jean Martin est arrivé lundi. « La situation est grave et inédite », analyse-t-il. " +
          "Marie Durand le suit. « Nous verrons bien demain matin », souffle-t-elle.",
      ),
    ).toEqual(["Jean Martin", "Marie Durand"]);
    expect(findSpeechVerbs("Une analyse fine du souffle de la campagne")).toEqual([]);
  });

  it("reads 's'est agacé', 's'est interrogée', 'décrypte', 'rassure' as speech verbs", () => {
    expect(
      speakers(
        "« Ce n'est pas sérieux du tout », s'est agacé Jean Martin. " +
          "« Que va-t-il se passer maintenant ? », s'est interrogée Marie Durand. " +
          "« Le marché a déjà tout intégré », décrypte Paul Petit. " +
          "« Il n'y a aucun danger pour vous », rassure Anne Leroy.",
      ),
    ).toEqual(["Jean Martin", "Marie Durand", "Paul Petit", "Anne Leroy"]);
  });

  it("reads imperfects the news uses after quotations ('regrettait', 'témoignait', 'reconnaissait')", () => {
    expect(
      speakers(
        "« C'est une grande perte pour nous », regrettait Jean Martin. " +
          "« J'ai tout vu depuis ma fenêtre », témoignait Marie Durand. " +
          "Paul Petit reconnaissait être « attaché à son terroir natal ».",
      ),
    ).toEqual(["Jean Martin", "Marie Durand", "Paul Petit"]);
  });

  it("does not take 'l'ancien président' for who holds the post now", () => {
    expect(
      speakers(
        "Le président de la République Emmanuel Macron est à Paris. François Hollande est à Brive. " +
          "L'ancien président de la République a dédicacé son livre. « Je vais revenir bientôt », a lancé l'ancien président.",
      ),
    ).toEqual(["François Hollande"]);
  });

  it("takes lower-case 'le premier' for an ordinal, not the Premier ministre", () => {
    expect(
      speakers(
        "Le Premier ministre Édouard Philippe est à Paris. Jean Dupont et Paul Martin se sont opposés. " +
          "Le premier a réagi : « Ce n'est pas acceptable du tout ».",
      ),
    ).not.toContain("Édouard Philippe");
  });
});
