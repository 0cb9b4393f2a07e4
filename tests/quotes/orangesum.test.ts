import { describe, expect, it } from "vitest";
import { statementsOf } from "./excerpts.js";

/**
 * Excerpts from the OrangeSum articles (bench/data, CC BY-SA 4.0), checked by hand: straight
 * quotes, quotes glued to the previous sentence, reflexive and inverted speech verbs written
 * "a t-il", "selon", and attributions that name someone who is not the speaker.
 */
describe("quotes in OrangeSum excerpts", () => {
  it("article 0: straight quotes with a reflexive speech verb and a name after it", () => {
    const text = `Pour le journaliste de la radio publique, "cette séquence (...) normalise un comportement qui ne l'est pas. Humilier quelqu'un, le harceler au travail, c'est interdit par la loi", s'était insurgé Bruno Donnet après la diffusion de cette séquence.`;
    expect(statementsOf(text).direct).toEqual([
      {
        text: "cette séquence (...) normalise un comportement qui ne l'est pas. Humilier quelqu'un, le harceler au travail, c'est interdit par la loi",
        speaker: "Bruno Donnet",
      },
    ]);
  });

  it("article 1: two quotes in one reported clause, then a quote continuing it", () => {
    const text = `Interrogé par le palmipède, Pascal Pavageau, secrétaire général de FO, a expliqué qu'il s'agissait d'une "belle connerie" et d'une "grave erreur". "Pour moi, c'était un mémo, de l'ordre de la prise de notes".`;
    expect(statementsOf(text).direct.map((q) => [q.text, q.speaker])).toEqual([
      ["belle connerie", "Pascal Pavageau"],
      ["grave erreur", "Pascal Pavageau"],
      ["Pour moi, c'était un mémo, de l'ordre de la prise de notes", "Pascal Pavageau"],
    ]);
  });

  it("article 4: 'confie t-il' and 'a t-il souligné' written without the first hyphen", () => {
    const text = `L'ancien président de la République Nicolas Sarkozy rend hommage à Simone Veil. "Chez Antoine Veil, j'ai toujours été ému par l'amour qu'il vouait à sa femme", confie t-il. "Au fond, la solidité de leur union a été la réponse à l'horreur", a t-il souligné au JDD.`;
    expect(statementsOf(text).direct.map((q) => q.speaker)).toEqual([
      "Nicolas Sarkozy",
      "Nicolas Sarkozy",
    ]);
  });

  it("article 5: a name after a role in the attribution, then pronouns", () => {
    const text = `Elles ont toutes reçu un "certificat de non contagiosité", a précisé un responsable de la Croix-Rouge Marc Zyltman. "Ce sont des citoyens comme vous et moi", a-t-il commenté au sujet des rapatriés.`;
    expect(statementsOf(text).direct).toEqual([
      { text: "certificat de non contagiosité", speaker: "Marc Zyltman" },
      { text: "Ce sont des citoyens comme vous et moi", speaker: "Marc Zyltman" },
    ]);
  });

  it("article 6: 'qu'il a qualifié de' inside a clause reported by someone else", () => {
    const text = `Pour justifier l'ordre de le tuer, le président américain Donald Trump avait assuré après son décès que Soleimani, qu'il a qualifié de "terroriste numéro un" dans le monde, préparait des attaques "imminentes" contre des diplomates.`;
    expect(statementsOf(text).direct.map((q) => [q.text, q.speaker])).toEqual([
      ["terroriste numéro un", "Donald Trump"],
      ["imminentes", "Donald Trump"],
    ]);
  });

  it("article 10: a quote glued to the previous sentence, 'a-t-elle expliqué'", () => {
    const text = `Le président a reçu un portrait en bronze.Puis "C'est un objet qui lui est très personnel", a confirmé Claude Chirac. "Mais au-delà, le président Chirac voulait marquer la continuité de la République", a-t-elle expliqué.`;
    expect(statementsOf(text).direct.map((q) => q.speaker)).toEqual([
      "Claude Chirac",
      "Claude Chirac",
    ]);
  });

  it("article 11: 'assure le frère de X' is not X speaking, but the brother the sentence before named", () => {
    const text = `Pour Sven Lelandais, ces deux morts ne peuvent être qu'accidentelles. "Je ne le vois pas capable de vouloir commettre une chose aussi horrible", assure le frère de Nordahl Lelandais.`;
    const found = statementsOf(text);
    expect(found.direct).toEqual([
      {
        text: "Je ne le vois pas capable de vouloir commettre une chose aussi horrible",
        speaker: "Sven Lelandais",
      },
    ]);
  });

  it("article 7: an institution is not a speaker ('prévient Matignon')", () => {
    const text = `"Pour autant, cette sortie de l'état d'urgence sanitaire doit être organisée rigoureusement et progressivement", prévient Matignon.`;
    expect(statementsOf(text).direct.map((q) => q.speaker)).toEqual([null]);
    expect(statementsOf(text).people).toEqual([]);
  });
});
