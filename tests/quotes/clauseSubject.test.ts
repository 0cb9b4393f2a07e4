import { describe, expect, it } from "vitest";
import { statementsOf } from "./excerpts.js";

describe("a quotation with no speech verb: the name it glosses or its clause's subject", () => {
  it("gives a bracketed quotation to the name right before it", () => {
    const text =
      "Des artistes ont réagi, à l'instar de Paul Martin (« Mon cœur est brisé par cette nouvelle »), " +
      "et de Julie Bernard, 45 ans, (« Je pense à toutes les familles »).";
    expect(statementsOf(text).direct).toEqual([
      { text: "Mon cœur est brisé par cette nouvelle", speaker: "Paul Martin" },
      { text: "Je pense à toutes les familles", speaker: "Julie Bernard" },
    ]);
  });

  it("gives a quotation to the subject of its clause", () => {
    const text =
      "Pierre Durand attend des « retours et des propositions » des préfets. " +
      "Marc Leroy, le gérant, a dû « réduire l'affluence de moitié » cet été.";
    expect(statementsOf(text).direct).toEqual([
      { text: "retours et des propositions", speaker: "Pierre Durand" },
      { text: "réduire l'affluence de moitié", speaker: "Marc Leroy" },
    ]);
  });

  it("reads past a short parenthesis after the subject's name ('Julie Bernard (LR) avait parlé de …')", () => {
    const text =
      "Auparavant, Julie Bernard (LR) avait parlé de la militante comme d'une « jeune activiste sous emprise ». " +
      "Pierre Durand (RN) réclame « un peu de respect » pour l'Assemblée.";
    expect(statementsOf(text).direct).toEqual([
      { text: "jeune activiste sous emprise", speaker: "Julie Bernard" },
      { text: "un peu de respect", speaker: "Pierre Durand" },
    ]);
  });

  it("does not give it to a name after a preposition or before a colon", () => {
    const text =
      "Le rapport de Pierre Durand parle d'une « crise sans précédent dans la région ». " +
      "Marc Leroy est arrivé hier ; la foule scandait « nous voulons du travail ».";
    expect(statementsOf(text).direct).toEqual([
      { text: "crise sans précédent dans la région", speaker: null },
      { text: "nous voulons du travail", speaker: null },
    ]);
  });
});

describe("a clause ending in a colon: its subject, even in a relative clause", () => {
  it("credits the quotation to the name a 'qui' clause opens on", () => {
    const text =
      "Pierre Durand chante depuis 1957. " +
      "C'est aussi le cas de Pierre Durand qui s'est exprimé sur le site du journal : « C'est un ras-le-bol ».";
    expect(statementsOf(text).direct).toEqual([
      { text: "C'est un ras-le-bol", speaker: "Pierre Durand" },
    ]);
  });
});

describe("'selon lui', 'selon elle': the pronoun's referent", () => {
  it("credits a quotation in a 'Selon lui' sentence and after '», selon elle'", () => {
    const text =
      "Pierre Durand a quitté le parti en 2016. Selon lui, la réforme était « mal conçue dès le départ ». " +
      "Julie Bernard a répondu jeudi. « Nous ne reculerons pas sur ce point », selon elle.";
    const { direct, indirect } = statementsOf(text);
    expect(direct).toEqual([
      { text: "mal conçue dès le départ", speaker: "Pierre Durand" },
      { text: "Nous ne reculerons pas sur ce point", speaker: "Julie Bernard" },
    ]);
    expect(indirect.map((s) => s.speaker)).toEqual(["Pierre Durand"]);
  });
});

describe("a role or description before a colon: its holder", () => {
  it("credits 'le patron ironise : « … »' to the person the article calls the patron", () => {
    const text =
      "David Martin, patron de la maison Ladoux, se désolidarise de son père. " +
      "Dans un communiqué, le patron ironise : « L'image de la maison est liée à la douceur ».";
    expect(statementsOf(text).direct).toEqual([
      { text: "L'image de la maison est liée à la douceur", speaker: "David Martin" },
    ]);
  });

  it("reads past a trailing adjunct ('…, dans un tweet incendiaire : « … »') to the description", () => {
    const text =
      "Le loto du patrimoine de Stéphane Bern est directement visé. " +
      "Et l'intéressé n'a pas tardé à réagir, dans un tweet incendiaire : « L'Assemblée nationale fait tout pour torpiller le loto ».";
    expect(statementsOf(text).direct).toEqual([
      { text: "L'Assemblée nationale fait tout pour torpiller le loto", speaker: "Stéphane Bern" },
    ]);
  });

  it("credits 'Réponse de la secrétaire d'Etat : « … »' to the holder the article names", () => {
    const text =
      "Marie Dupont, secrétaire d'Etat, était interrogée par la radio. Elle a hésité. " +
      "Réponse de la secrétaire d'Etat : « Vous le payez jusqu'à 64 ans ».";
    expect(statementsOf(text).direct).toEqual([
      { text: "Vous le payez jusqu'à 64 ans", speaker: "Marie Dupont" },
    ]);
  });

  it("leaves a thing before a colon alone", () => {
    const text =
      "David Martin, patron de la maison Ladoux, a parlé mardi. La raison est simple : « personne ne voulait payer ».";
    expect(statementsOf(text).direct).toEqual([
      { text: "personne ne voulait payer", speaker: null },
    ]);
  });
});

describe("'Selon le procureur, …': a role the article gave someone", () => {
  it("credits a quotation in a 'Selon <role>,' sentence to the person holding that role", () => {
    const text =
      "Paul Martin, procureur de la République de Lyon, a ouvert une enquête mardi. " +
      "Selon le procureur, les faits sont « d'une gravité exceptionnelle ».";
    const { direct, indirect } = statementsOf(text);
    expect(direct).toEqual([{ text: "d'une gravité exceptionnelle", speaker: "Paul Martin" }]);
    expect(indirect.map((s) => s.speaker)).toEqual(["Paul Martin"]);
  });

  it("reads a coordinator or a prefect as a role a speaker is named by", () => {
    const text =
      "Julie Bernard, coordinatrice du parti, a été jointe par téléphone. " +
      "La coordinatrice du parti a confirmé : « C'est un acte automatique ». " +
      "Le préfet de l'Ain, Marc Leroy, s'est rendu sur place. " +
      "Le préfet a assuré que « tout sera fait pour retrouver les auteurs ».";
    expect(statementsOf(text).direct).toEqual([
      { text: "C'est un acte automatique", speaker: "Julie Bernard" },
      { text: "tout sera fait pour retrouver les auteurs", speaker: "Marc Leroy" },
    ]);
  });
});

describe("'Pour X, « … »', 'D'après elle, « … »': a view introduced by its holder", () => {
  it("credits the quotation to the person or pronoun that opens the sentence", () => {
    const text =
      "Julie Bernard étudie les rites depuis vingt ans. " +
      "Pour l'anthropologue Julie Bernard, « les rites changent vite ». " +
      "Pierre Durand dirige le club. Pour Pierre Durand, le président, « rien ne va ». " +
      "D'après lui, « le marché est mort ».";
    expect(statementsOf(text).direct).toEqual([
      { text: "les rites changent vite", speaker: "Julie Bernard" },
      { text: "rien ne va", speaker: "Pierre Durand" },
      { text: "le marché est mort", speaker: "Pierre Durand" },
    ]);
  });

  it("reads no statement in a view without a quotation, nor a name complementing a noun", () => {
    const text =
      "Pierre Durand a été condamné. Pour Pierre Durand, la vie continue. " +
      "Selon l'avocat de Pierre Durand, « le verdict est injuste ».";
    const { direct, indirect } = statementsOf(text);
    expect(direct).toEqual([{ text: "le verdict est injuste", speaker: null }]);
    expect(indirect).toEqual([]);
  });
});

describe("an inverted clause naming the outlet before the speaker", () => {
  it("credits '», a raconté à l'AFP Frédéric Pissot' to the name after the outlet", () => {
    const text =
      "Le bus a été arrêté jeudi soir. « Le conducteur est sorti de sa cabine pour parler aux voyageurs », " +
      "a raconté à l'AFP Frédéric Pissot, délégué syndical.";
    expect(statementsOf(text).direct).toEqual([
      {
        text: "Le conducteur est sorti de sa cabine pour parler aux voyageurs",
        speaker: "Frédéric Pissot",
      },
    ]);
  });

  it("still reads a name after a common noun as the complement ('au journal Mumbai Mirror')", () => {
    const text =
      "Paul Martin est rentré chez lui. « J'ai eu très peur cette nuit-là », a raconté l'homme au journal Mumbai Mirror.";
    expect(statementsOf(text).direct).toEqual([
      { text: "J'ai eu très peur cette nuit-là", speaker: "Paul Martin" },
    ]);
  });
});

describe("a noun of people the corpus is too small to show as one", () => {
  it("reads '», a reconnu le nouvel animateur de M6' as the article's man speaking", () => {
    // One article, no "une animatrice" in it: the shared corpus's nouns of people tell.
    const text =
      "David Martin a été opéré en urgence l'an dernier. " +
      "« Il y avait neuf chances sur dix pour que je ne m'en sorte pas », a reconnu le nouvel animateur de M6.";
    expect(statementsOf(text).direct).toEqual([
      {
        text: "Il y avait neuf chances sur dix pour que je ne m'en sorte pas",
        speaker: "David Martin",
      },
    ]);
  });
});

describe("a speech verb coordinated after a quotation", () => {
  it("credits '« … » et avait assuré ne pas avoir été pris « … »' to the clause's subject", () => {
    const text =
      "Face à la polémique, le ministre Paul Martin avait défendu une « solution d'équilibre » " +
      "et avait assuré ne pas avoir été pris « soudainement d'une folie liberticide ».";
    expect(statementsOf(text).direct).toEqual([
      { text: "solution d'équilibre", speaker: "Paul Martin" },
      { text: "soudainement d'une folie liberticide", speaker: "Paul Martin" },
    ]);
  });
});

describe("a pronoun after a sentence that names someone but not as its subject", () => {
  it("stands for the person the previous sentence names, before an earlier speaker", () => {
    const text =
      "« Nous devons agir vite », a déclaré la ministre Agnès Durand. " +
      "Les propos d'Aude Lancelin, directrice du « Média », font également polémique. " +
      "Samedi, elle a regretté que le gouvernement invente des mensonges.";
    expect(statementsOf(text).indirect).toEqual([
      {
        text: "Samedi, elle a regretté que le gouvernement invente des mensonges.",
        speaker: "Aude Lancelin",
      },
    ]);
  });
});

describe("a given name the corpus also writes as a place after an elided article", () => {
  it("keeps 'Aude Lancelin, directrice du site' a woman though 'l'Aude' is a département", () => {
    const text =
      "Les pluies ont inondé l'Aude. Dans l'Aude, les routes sont coupées. Le préfet de l'Aude a parlé. " +
      "Aude Lancelin, directrice du site, a regretté ce silence. « Personne ne nous écoute », s'est indignée la journaliste.";
    const { people, direct } = statementsOf(text);
    expect(people).toContain("Aude Lancelin");
    expect(direct).toEqual([{ text: "Personne ne nous écoute", speaker: "Aude Lancelin" }]);
  });
});

describe("a pronoun in a sentence opening on whose view it gives", () => {
  it("stands for the holder of 'Pour le président iranien X, …', not the previous speaker", () => {
    const text =
      "« Nous allons rétablir les sanctions », a déclaré Donald Trump. " +
      "Pour le président iranien Hassan Rohani, les Etats-Unis n'ont pas réussi à mettre fin à ce qu'il a appelé l'accord « à moitié vivant » de 2015.";
    expect(statementsOf(text).direct).toEqual([
      { text: "Nous allons rétablir les sanctions", speaker: "Donald Trump" },
      { text: "à moitié vivant", speaker: "Hassan Rohani" },
    ]);
  });
});

describe("who accuses whom, and whose account 'Selon …' gives", () => {
  it("credits 'X a accusé Y, 73 ans, d'avoir « … »' to X, not Y", () => {
    const text =
      "Joe Biden a condamné les violences mais a accusé mardi Donald Trump, 73 ans, d'avoir « transformé ce pays en un champ de bataille ».";
    expect(statementsOf(text).direct).toEqual([
      { text: "transformé ce pays en un champ de bataille", speaker: "Joe Biden" },
    ]);
  });

  it("reads 'Selon le New York Times, X a été …' as nobody's statement, and a source named in apposition", () => {
    const text =
      "Donald Trump a parlé lundi à la presse. " +
      "Selon le New York Times, Donald Trump a été mis à l'abri vendredi soir par le Secret Service. " +
      "Selon le porte-parole du Kremlin, Dmitri Peskov, rien n'a changé.";
    expect(statementsOf(text).indirect).toEqual([
      {
        text: "Selon le porte-parole du Kremlin, Dmitri Peskov, rien n'a changé.",
        speaker: "Dmitri Peskov",
      },
    ]);
  });
});
