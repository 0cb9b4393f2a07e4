import { describe, expect, it } from "vitest";
import { statementsOf } from "./excerpts.js";

describe("quotations of one sentence credited by the nearest attribution after them", () => {
  it("gives every quotation before '…, a-t-elle affirmé' to her, not to the last quotation's lack of one", () => {
    const text =
      `"Le parquet va prendre le temps", a commenté la ministre de la Justice Nicole Belloubet. ` +
      `"Il peut y avoir une cohérence" entre "deux jugements différents, l'un au civil" et "au pénal qui a considéré l'affaire", ` +
      `a-t-elle par ailleurs affirmé, estimant qu'un appel ne serait "pas forcément logique".`;
    expect(statementsOf(text).direct).toEqual([
      { text: "Le parquet va prendre le temps", speaker: "Nicole Belloubet" },
      { text: "Il peut y avoir une cohérence", speaker: "Nicole Belloubet" },
      { text: "deux jugements différents, l'un au civil", speaker: "Nicole Belloubet" },
      { text: "au pénal qui a considéré l'affaire", speaker: "Nicole Belloubet" },
      { text: "pas forcément logique", speaker: "Nicole Belloubet" },
    ]);
  });
});

describe("a name inside the relative clause of an inverted subject is not the speaker", () => {
  it("leaves '», assure Paris, qui se défend … du maréchal Haftar' without a person", () => {
    const text =
      "Le maréchal Khalifa Haftar a lancé une offensive. Le ministre est rentré à Paris. À Paris, on se tait. " +
      `Ces munitions "n'ont pas été transférées à des forces locales", assure Paris, qui se défend de les avoir fournies aux troupes du maréchal Haftar.`;
    expect(statementsOf(text).direct).toEqual([
      { text: "n'ont pas été transférées à des forces locales", speaker: null },
    ]);
  });

  it("still credits a name right after the verb: '», assure Jean Dupont, qui …'", () => {
    const text = `Ces munitions "n'ont pas été transférées", assure Jean Dupont, qui dirige le service.`;
    expect(statementsOf(text).direct).toEqual([
      { text: "n'ont pas été transférées", speaker: "Jean Dupont" },
    ]);
  });
});

describe("a pronoun taking up the detached topic its sentence opens on ('Quant à …, il')", () => {
  it("credits the person or role the topic names, and nobody for someone's unnamed lawyer", () => {
    const text =
      "Le député Thierry Solère est visé. Emmanuel Macron a parlé. " +
      `Quant à l'avocat du député, il a indiqué que son client avait reçu "un texte qui confirmait les informations". ` +
      `Quant au fils, David Holder, à la tête de la maison, il a dit que "tout va bien ici". ` +
      `Le maire de Lyon Gérard Collomb est venu. Quant au maire, il a assuré que "la ville est prête".`;
    expect(statementsOf(text).direct).toEqual([
      { text: "un texte qui confirmait les informations", speaker: null },
      { text: "tout va bien ici", speaker: "David Holder" },
      { text: "la ville est prête", speaker: "Gérard Collomb" },
    ]);
  });
});

describe("attribution shapes met on unseen days", () => {
  it("reads a verb group broken by an aside: '», a, lui, déploré X'", () => {
    const text =
      `"Grande victoire des zadistes", a, lui, déploré le patron des sénateurs LR, Bruno Retailleau. ` +
      `"Le projet est mort", a, de son côté, estimé Jean Dupont.`;
    expect(statementsOf(text).direct).toEqual([
      { text: "Grande victoire des zadistes", speaker: "Bruno Retailleau" },
      { text: "Le projet est mort", speaker: "Jean Dupont" },
    ]);
  });

  it("gives the quotations of 'Pour lui, … « … »' to whom the pronoun stands for", () => {
    const text =
      `"On ne peut pas toujours stationner correctement", juge Nicolas Pucheu, secrétaire départemental. ` +
      `Pour lui, les agents qui verbalisent "font preuve de manque de discernement".`;
    expect(statementsOf(text).direct).toEqual([
      { text: "On ne peut pas toujours stationner correctement", speaker: "Nicolas Pucheu" },
      { text: "font preuve de manque de discernement", speaker: "Nicolas Pucheu" },
    ]);
  });

  it("reads 'a fait part … « … »' as speech", () => {
    const text = `Dimanche, Emmanuel Macron avait fait part au Premier ministre australien "de la solidarité de la France".`;
    expect(statementsOf(text).direct).toEqual([
      { text: "de la solidarité de la France", speaker: "Emmanuel Macron" },
    ]);
  });
});

describe("more attribution shapes met on unseen days", () => {
  it("reads the subject of a clause ending in a colon after 'avait' or an aside", () => {
    const text =
      `Interrogé par franceinfo à l'été 2018, Jean-Yves Le Drian avait balayé l'idée : "J'ai lu ça, ce n'est pas dans mes projets". ` +
      `De son côté, Rayan Nezzar a, une nouvelle fois, exprimé ses regrets sur Twitter : "Je ne l'aurais pas employé".`;
    expect(statementsOf(text).direct).toEqual([
      { text: "J'ai lu ça, ce n'est pas dans mes projets", speaker: "Jean-Yves Le Drian" },
      { text: "Je ne l'aurais pas employé", speaker: "Rayan Nezzar" },
    ]);
  });

  it("reads 'a affirmé jeudi matin 21 juin sur BFMTV/RMC qu'elle …' as reported speech", () => {
    const text =
      "Valérie Pécresse veut aller plus loin. La présidente LR d'Île-de-France a affirmé jeudi matin 21 juin " +
      `sur BFMTV/RMC qu'elle voulait augmenter le Smic net de 20%, "pas le Smic brut".`;
    expect(statementsOf(text).direct).toEqual([
      { text: "pas le Smic brut", speaker: "Valérie Pécresse" },
    ]);
  });

  it("gives the quotation after 'X, pour qui « … »' to X", () => {
    const text = `Elle a retweeté le soutien du secrétaire d'État Mounir Mahjoubi, pour qui "ces phrases sont autant de gifles".`;
    expect(statementsOf(text).direct).toEqual([
      { text: "ces phrases sont autant de gifles", speaker: "Mounir Mahjoubi" },
    ]);
  });
});

describe("a plural pronoun", () => {
  it("credits '…, observent-ils' to nobody, not to the last man named", () => {
    const text =
      `Christophe Delacourt a signé la tribune. Pour les médecins, "ouvrir les écoles est possible". ` +
      `"Des collectivités d'enfants ont continué à exister", observent-ils.`;
    expect(statementsOf(text).direct).toEqual([
      { text: "ouvrir les écoles est possible", speaker: null },
      { text: "Des collectivités d'enfants ont continué à exister", speaker: null },
    ]);
  });
});

describe("a view introduced by its holder, quoted later in the clause", () => {
  it("gives 'Pour l'avocat général Fabrice Tremel, l'action « … »' to him, not 'Pour rappel, …'", () => {
    const text =
      `Pour l'avocat général Fabrice Tremel, l'action du prévenu "n'avait pas un but exclusivement humanitaire". ` +
      `Pour rappel, Ingrid Levavasseur et plusieurs autres "gilets jaunes" s'étaient réunis.`;
    expect(statementsOf(text).direct).toEqual([
      { text: "n'avait pas un but exclusivement humanitaire", speaker: "Fabrice Tremel" },
      { text: "gilets jaunes", speaker: null },
    ]);
  });
});

describe("a quotation after the attribution clause of the one before", () => {
  it("keeps its speaker past '», assure le professeur X, même si « … »', not past a participle of no speech", () => {
    const text =
      `"Il n'y a nulle part de deuxième vague", assure le professeur Didier Raoult, même si "il y aura quelques cas sporadiques". ` +
      `Il rappelle ses propos sur les "blancos", saisis par une caméra en 2009, et pointe une "proximité" avec l'extrême droite.`;
    expect(statementsOf(text).direct).toEqual([
      { text: "Il n'y a nulle part de deuxième vague", speaker: "Didier Raoult" },
      { text: "il y aura quelques cas sporadiques", speaker: "Didier Raoult" },
      { text: "blancos", speaker: "Didier Raoult" },
      { text: "proximité", speaker: null },
    ]);
  });
});

describe("a speaker named inside the quotation", () => {
  it("wins over an attribution clause after it that names nobody", () => {
    const text =
      "L'ancien ministre Dominique Bussereau propose des pneus d'hiver. " +
      `"Je sais que c'est une dépense, a reconnu M. Bussereau. C'est une piste sérieuse", ` +
      "a indiqué BFMTV jeudi.";
    expect(statementsOf(text).direct).toEqual([
      {
        text: "Je sais que c'est une dépense, a reconnu M. Bussereau. C'est une piste sérieuse",
        speaker: "Dominique Bussereau",
      },
    ]);
  });
});
