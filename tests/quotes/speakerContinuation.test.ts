import { describe, expect, it } from "vitest";
import { findSpeechVerbs } from "../../src/nlp/speechVerbs.js";
import type { OfficialDefinition } from "../../src/officials/officialsConfig.js";
import { isSubjectMention } from "../../src/quotes/attributeSpeaker.js";
import { continuesSpeech } from "../../src/quotes/continuesSpeech.js";
import { joinsQuotes } from "../../src/quotes/extractStatements.js";
import { statementsOf } from "./excerpts.js";

describe("joinsQuotes: two quotations of a sentence joined without a verb share a speaker", () => {
  it.each([
    [" la ", true],
    [" : ", true],
    [", écrire ", false],
    [", avant de souscrire à des conclusions évoquant ", false],
  ])("'%s' → %s", (between, joined) => {
    expect(joinsQuotes(between)).toBe(joined);
  });
});

describe("continuesSpeech: a sentence that goes on with the last speaker's words", () => {
  it.each([
    ["Et d'ajouter : « Nous irons plus loin ».", true],
    ["Ajoutant que « rien n'est joué ».", true],
    ["Le maire ajoute que « rien n'est joué ».", false],
  ])("%s → %s", (sentence, continues) => {
    expect(continuesSpeech(sentence, findSpeechVerbs(sentence))).toBe(continues);
  });
});

describe("speakers carried over within and across sentences", () => {
  it("reads an incise inside the quotation ('…, assure-t-il. …') as its attribution", () => {
    const text =
      `Le chauffeur Paul Martin a parlé à l'assaillant. "Je prenais le moins de risque possible, assure-t-il. Je n'ai fait que discuter." ` +
      `Marie Durand était là aussi. "Il fallait, explique-t-elle, garder son calme."`;
    expect(statementsOf(text).direct).toEqual([
      {
        text: "Je prenais le moins de risque possible, assure-t-il. Je n'ai fait que discuter.",
        speaker: "Paul Martin",
      },
      { text: "Il fallait, explique-t-elle, garder son calme.", speaker: "Marie Durand" },
    ]);
  });

  it("passes a pronoun over a sentence that names nobody to the heading before it", () => {
    const text =
      `"Nous voulons une Europe sociale", a déclaré Manon Aubry. Le Piment d'Espelette de Nathalie Loiseau. ` +
      `La tête de liste a utilisé ce piment comme un symbole. "C'est une partie de mes racines", note-t-elle.`;
    expect(statementsOf(text).direct).toEqual([
      { text: "Nous voulons une Europe sociale", speaker: "Manon Aubry" },
      { text: "C'est une partie de mes racines", speaker: "Nathalie Loiseau" },
    ]);
  });

  it("does not take a pronoun's referent from a long sentence two back that names someone in passing", () => {
    const text =
      `"J'ai tout déclaré", a assuré Thomas Thévenoud. Selon la chaîne, la demande date de quelques jours après son départ du gouvernement de Manuel Valls pour des retards de déclaration. ` +
      `Le journal révélait par ailleurs un autre retard. "Je souffre de phobie administrative", a-t-il argué.`;
    expect(statementsOf(text).direct).toEqual([
      { text: "J'ai tout déclaré", speaker: "Thomas Thévenoud" },
      { text: "Je souffre de phobie administrative", speaker: "Thomas Thévenoud" },
    ]);
  });

  it("does not take a name in a new predicate after the inverted subject ('sans jamais citer X') for the speaker", () => {
    const text = `Emmanuel Macron a appelé au dialogue. "La loi du plus fort? Non!", a martelé le président français, sans jamais citer Donald Trump, appelant à éviter "les postures stériles".`;
    expect(statementsOf(text).direct).toEqual([
      { text: "La loi du plus fort? Non!", speaker: "Emmanuel Macron" },
      { text: "les postures stériles", speaker: "Emmanuel Macron" },
    ]);
  });

  it("gives the second quotation of a sentence to the speaker of the first", () => {
    const text = `Jean Dupont a pris la parole. Il dit condamner à titre "personnel" la "rhétorique clivante et dangereuse" du maire.`;
    expect(statementsOf(text).direct).toEqual([
      { text: "personnel", speaker: "Jean Dupont" },
      { text: "rhétorique clivante et dangereuse", speaker: "Jean Dupont" },
    ]);
  });

  it("gives a quotation after 'Ajoutant que' to the last speaker", () => {
    const text = `"Le peuple a besoin de témoignages", a déclaré Jean Dupont. Ajoutant que "l'accord n'a protégé personne".`;
    expect(statementsOf(text).direct).toEqual([
      { text: "Le peuple a besoin de témoignages", speaker: "Jean Dupont" },
      { text: "l'accord n'a protégé personne", speaker: "Jean Dupont" },
    ]);
  });

  it("reads a pronoun as the subject named earlier in its own sentence", () => {
    const text =
      `Le président Paul Martin a parlé de la Chine. ` +
      `Son ministre Pierre Durand est passé à l'attaque en publiant une tribune où il dénonce des persécutions "horribles et indignes".`;
    expect(statementsOf(text).direct).toEqual([
      { text: "horribles et indignes", speaker: "Pierre Durand" },
    ]);
  });

  it("reads a pronoun as the nearest person of its gender named in passing when no subject fits", () => {
    const text =
      `Le député a été mis en cause dimanche par la ministre de la Santé Claire Morel. ` +
      `"C'est un naufrage complet", a-t-elle regretté.`;
    expect(statementsOf(text).direct).toEqual([
      { text: "C'est un naufrage complet", speaker: "Claire Morel" },
    ]);
  });

  it("leaves a pronoun's quotation unattributed rather than giving it to a speaker of the other gender", () => {
    const text =
      `"Nous ne reculerons pas sur ce texte", a déclaré Claire Morel. ` +
      `"Les mesures seront votées avant l'été", a-t-il ajouté.`;
    expect(statementsOf(text).direct).toEqual([
      { text: "Nous ne reculerons pas sur ce texte", speaker: "Claire Morel" },
      { text: "Les mesures seront votées avant l'été", speaker: null },
    ]);
  });

  it("does not take the outlet a description spoke to for the speaker", () => {
    const text =
      `Marc Dubois, un habitant, a d'abord cru à un séisme. ` +
      `"Tout s'est effondré sous nos yeux", a raconté l'homme de 39 ans au journal Mumbai Mirror.`;
    expect(statementsOf(text).direct).toEqual([
      { text: "Tout s'est effondré sous nos yeux", speaker: "Marc Dubois" },
    ]);
  });

  it("does not take the restaurant a description runs for a person", () => {
    const text =
      `Nacho Garcia installe sa terrasse sur la plage. ` +
      `"Nous avions très envie de reprendre", raconte ce jeune directeur du restaurant Barna Beach.`;
    const { direct, people } = statementsOf(text);
    expect(direct).toEqual([
      { text: "Nous avions très envie de reprendre", speaker: "Nacho Garcia" },
    ]);
    expect(people).not.toContain("Barna Beach");
  });
});

describe("a post named before its holder, and the holder's gender", () => {
  const formerPrime: OfficialDefinition = {
    name: "Paul Lancien",
    aliases: [],
    gender: "m",
    role: { fr: "Premier ministre", en: "Prime Minister" },
    roles: ["Premier ministre"],
    country: "FR",
  };

  it("gives 'écrit le Premier ministre' to the one holder the article names further on", () => {
    const text =
      `La présence de l'État "mérite aujourd'hui d'être analysée", écrit le Premier ministre. ` +
      `Le Premier ministre Jean Castel attend des "retours et des propositions" des préfets.`;
    expect(statementsOf(text, [formerPrime]).direct).toEqual([
      { text: "mérite aujourd'hui d'être analysée", speaker: "Jean Castel" },
      { text: "retours et des propositions", speaker: "Jean Castel" },
    ]);
  });

  it("does not give 'a dit la ministre' to a man who holds a post of minister", () => {
    const text =
      `La ministre du Travail Julie Bernard a présenté la réforme. Le Premier ministre Marc Perrin l'a soutenue. ` +
      `"C'est une réforme tournée vers l'emploi", a dit la ministre.`;
    expect(statementsOf(text).direct).toEqual([
      { text: "C'est une réforme tournée vers l'emploi", speaker: "Julie Bernard" },
    ]);
  });
});

describe("a relative clause of speech on the speaker, the imperfect, an inhabitant", () => {
  it("gives '…, qui promet « … »' after an attribution clause to the same speaker", () => {
    const text = `Jean Castel dirige la police de Paris. La finale aura lieu dans un contexte de "menace terroriste avérée", a souligné le préfet de police de Paris, qui promet "un important dispositif de sécurité".`;
    expect(statementsOf(text).direct).toEqual([
      { text: "menace terroriste avérée", speaker: "Jean Castel" },
      { text: "un important dispositif de sécurité", speaker: "Jean Castel" },
    ]);
  });

  it("reads speech verbs in the imperfect ('prédisait', 'assenait') and 'ce Toulonnais' as a person", () => {
    const text =
      `"Ça va être animé", prédisait mardi la députée Julie Bernard. ` +
      `Marc Perrin, venu de Toulon, attendait depuis midi. "Le maire ne sert à rien!", assenait ce Toulonnais.`;
    expect(statementsOf(text).direct).toEqual([
      { text: "Ça va être animé", speaker: "Julie Bernard" },
      { text: "Le maire ne sert à rien!", speaker: "Marc Perrin" },
    ]);
  });
});

describe("where the inverted subject said it: a thing of their own", () => {
  it("gives '», ajoute dans son livre Serge Castel' to him, not '», confie à son avocat Jean Dupont le détenu'", () => {
    const text =
      `Serge Castel publie un livre. "Nous avions le bon projet", ajoute dans son livre Serge Castel. ` +
      `Marc Perrin est en prison. "Il va mal", confie à son avocat Jean Dupont le détenu. ` +
      `"Le tribunal a rejeté la demande", a déploré pour sa part Me Céline Alinot.`;
    expect(statementsOf(text).direct).toEqual([
      { text: "Nous avions le bon projet", speaker: "Serge Castel" },
      { text: "Il va mal", speaker: null },
      { text: "Le tribunal a rejeté la demande", speaker: "Céline Alinot" },
    ]);
  });
});

describe("an inverted pronoun after an auxiliary ending in t ('avait-elle', 's'est-il')", () => {
  it("reads 'avait-elle ajouté', 's'est-il félicité' and 'leur avait-il lancé' as attributions", () => {
    const text =
      `Julie Bernard était à Lyon. "Nous verrons bien", avait-elle ajouté. ` +
      `Marc Perrin a visité Tbilissi en mai. Depuis, le flux a chuté de "près de la moitié", s'est-il félicité. ` +
      `Paul Castel a salué les maires. "J'ai tant appris de vous", leur avait-il lancé.`;
    expect(statementsOf(text).direct).toEqual([
      { text: "Nous verrons bien", speaker: "Julie Bernard" },
      { text: "près de la moitié", speaker: "Marc Perrin" },
      { text: "J'ai tant appris de vous", speaker: "Paul Castel" },
    ]);
  });
});

describe("relative clauses, views held by a described person, named incises", () => {
  it("credits 'X, qui y a vu « … »', 'Pour la procureure, … « … »' and '« …, a reconnu M. X. … »'", () => {
    const text =
      `La procureure Aude Martin a requis des amendes. Ces réquisitions ont déçu l'avocat Charles Dupont, qui y a vu "une incitation à recommencer". ` +
      `Pour la procureure, l'agence a "gravement failli dans sa mission". ` +
      `Dominique Castel préside le département. "Je sais que c'est une dépense, a reconnu M. Castel. C'est une piste sérieuse."`;
    expect(statementsOf(text).direct).toEqual([
      { text: "une incitation à recommencer", speaker: "Charles Dupont" },
      { text: "gravement failli dans sa mission", speaker: "Aude Martin" },
      {
        text: "Je sais que c'est une dépense, a reconnu M. Castel. C'est une piste sérieuse.",
        speaker: "Dominique Castel",
      },
    ]);
  });

  it("takes no speaker from 'Pour l'avenir, …' or 'D'après l'acte d'accusation, …'", () => {
    const text =
      `Jean Castel a parlé lundi. Pour l'avenir, les priorités sont claires : "accès universel à la santé pour tous". ` +
      `D'après l'acte d'accusation, "les suspects sont responsables de près de cent meurtres".`;
    expect(statementsOf(text).direct).toEqual([
      { text: "accès universel à la santé pour tous", speaker: null },
      { text: "les suspects sont responsables de près de cent meurtres", speaker: null },
    ]);
  });
});

describe("a quotation as the speaker's apposition", () => {
  it("credits '», explique X, 83 ans, « … »' and 'X, 77 ans, « … »' to X", () => {
    const text =
      `Un millier de personnes ont été évacuées. "C'était la panique", explique son arrière-grand-mère Maryse Escuder, 83 ans, "rassurée d'être arrivée dans le gymnase". ` +
      `Marie-Thérèse Vilbois, 77 ans, "flânait sur la plage" près du camping.`;
    expect(statementsOf(text).direct).toEqual([
      { text: "C'était la panique", speaker: "Maryse Escuder" },
      { text: "rassurée d'être arrivée dans le gymnase", speaker: "Maryse Escuder" },
      { text: "flânait sur la plage", speaker: "Marie-Thérèse Vilbois" },
    ]);
  });
});

describe("a name before a preposition is no subject ('Paul Castel selon lesquelles …')", () => {
  it.each([
    [
      "les déclarations faites par le ministre Jean Roux selon lesquelles la France reconnaîtrait",
      false,
    ],
    ["une lecture du député Jean Roux comme celle de son parti", false],
    ["Jean Roux rend hommage aux victimes", true],
    ["Jean Roux (LR) avait parlé de la militante", true],
  ])("%s → %s", (text, subject) => {
    const start = text.indexOf("Jean Roux");
    expect(isSubjectMention(text, { start, end: start + "Jean Roux".length })).toBe(subject);
  });
});

describe("a family name written first ('M. Feng' after 'Feng Zhigang')", () => {
  it("names the person of the article named in full with it", () => {
    const text =
      `Reprendre les cours était nécessaire, estime le proviseur Feng Zhigang. ` +
      `"C'est une décision responsable pour les enfants", déclare M. Feng au cours d'une visite.`;
    expect(statementsOf(text).direct).toEqual([
      { text: "C'est une décision responsable pour les enfants", speaker: "Feng Zhigang" },
    ]);
  });
});

describe("a subject pronoun after the quotation ('« … », il a assuré')", () => {
  it("reads it as the subject, not as an inverted clause with no subject", () => {
    const text = `Le procureur Éric Castel a parlé dimanche. Faisant part de son "inquiétude extrêmement grande", il a assuré que les recherches continuaient.`;
    expect(statementsOf(text).direct).toEqual([
      { text: "inquiétude extrêmement grande", speaker: "Éric Castel" },
    ]);
  });
});

describe("what the session's rules must not do (review)", () => {
  it.each([
    [
      'La Première ministre Élisabeth Borne a présenté la réforme. "Nous irons jusqu\'au bout", a déclaré le Premier ministre.',
      "Élisabeth Borne",
    ],
    [
      '"Ce texte est une honte", a lancé le député. Le député Jean Dupont lui a répondu sèchement.',
      null,
    ],
    [
      'Les frères Pierre Martin et Paul Martin sont arrivés. Le directeur Martin Hirsch les attendait. "Nous sommes prêts", a déclaré M. Martin.',
      null,
    ],
    ['Marc Perrin est en prison. "Il va mal", confie à son fils Jean Dupont le détenu.', null],
    ['Jean Dupont, selon le parquet, "a menti à plusieurs reprises".', null],
    ['Le message de Marie Castel était court. "Si tu passes à Lyon, salue Jean Dupont !"', null],
    [
      'Jean Dupont a présidé la réunion. "Le projet sera abandonné", il a été annoncé à l\'issue de la séance.',
      null,
    ],
    [
      'Le Premier ministre Édouard Philippe a parlé. Pour le Premier ministre, la réforme est "indispensable pour le pays".',
      "Édouard Philippe",
    ],
  ])("%s → %s", (text, speaker) => {
    expect(statementsOf(text).direct.map((s) => s.speaker)).toEqual([speaker]);
  });
});

describe("a later quotation of a sentence that brings in nobody else", () => {
  it("is the speaker's of the quotation before it", () => {
    const text =
      "Ces réquisitions ont déçu l'un des avocats des parties civiles, Charles Joseph-Oudin, " +
      `qui y a vu "une incitation à recommencer", le total des amendes correspondant ` +
      `"à moins d'un tiers d'une année de chiffre d'affaires" du laboratoire.`;
    expect(statementsOf(text).direct).toEqual([
      { text: "une incitation à recommencer", speaker: "Charles Joseph-Oudin" },
      {
        text: "à moins d'un tiers d'une année de chiffre d'affaires",
        speaker: "Charles Joseph-Oudin",
      },
    ]);
  });

  it.each([
    ["certains y voyant", "a view of others"],
    ["le texte de Marie Durand prévoyant", "another person"],
    ["écrire", "an infinitive clause"],
  ])("is nobody's when '%s' (%s) comes in between", (between) => {
    const text =
      "Ces réquisitions ont déçu l'avocat Charles Joseph-Oudin, " +
      `qui y a vu "une incitation à recommencer", ${between} "une baisse des amendes pour tous".`;
    expect(statementsOf(text).direct.map((q) => q.speaker)).toEqual(["Charles Joseph-Oudin", null]);
  });
});
