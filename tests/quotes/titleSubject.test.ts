import { describe, expect, it } from "vitest";
import { buildCorpus } from "../../src/corpus/loadCorpus.js";
import { buildOfficialsIndex } from "../../src/index/buildOfficialsIndex.js";
import { directQuotesOf } from "./excerpts.js";

function directOf(title: string, text: string) {
  return directQuotesOf([
    { file: "a.jsonl", format: "jsonl", text, title, date: "2017-12-14", record: 0 },
  ]);
}

const BODY =
  "L'ancien président de la République a réitéré quelques critiques envers la politique d'Emmanuel Macron, " +
  `notamment l'invitation de Donald Trump au défilé. "C'est lui qui agit et je ne vais pas m'interposer", a-t-il ajouté. ` +
  "François Hollande a salué l'action européenne de son successeur.";

describe("the person a title opens on, and a sentence opening on a description of him", () => {
  it("gives '…, a-t-il ajouté' after 'L'ancien président … a réitéré' to the title's person, not to a man named in passing", () => {
    expect(directOf('François Hollande : "Je pense avoir été un président honnête"', BODY)).toEqual(
      [{ text: "C'est lui qui agit et je ne vais pas m'interposer", speaker: "François Hollande" }],
    );
  });

  it("takes no subject from a title that names him in passing", () => {
    expect(directOf("Quand la gauche regardait François Hollande partir", BODY)).toEqual([
      { text: "C'est lui qui agit et je ne vais pas m'interposer", speaker: "Donald Trump" },
    ]);
  });

  it("takes no subject from a sentence opening on a thing ('L'heure n'était pas …')", () => {
    const text =
      `"L'aumônier a mis les mains dans le cambouis", s'est réjoui Andrea Alzetta. ` +
      "L'heure n'était en revanche pas aux louanges du côté de Matteo Salvini. " +
      `"Je ne commente pas les décisions des cardinaux", a-t-il déclaré.`;
    expect(directOf("Vatican : un cardinal dans le viseur de Matteo Salvini", text)).toEqual([
      { text: "L'aumônier a mis les mains dans le cambouis", speaker: "Andrea Alzetta" },
      { text: "Je ne commente pas les décisions des cardinaux", speaker: "Matteo Salvini" },
    ]);
  });
});

describe("a quotation repeating the title's ('Dupont-Aignan : « … »')", () => {
  it("is credited to the person the title gives it to", () => {
    const text =
      "«Je préfère rester libre, car le Front national ne peut pas avoir le monopole de l'opposition.» " +
      "Nicolas Dupont-Aignan a expliqué sur BFMTV pourquoi son parti restait seul.";
    expect(
      directOf(
        "Dupont-Aignan: «Le Front national ne peut pas avoir le monopole de l'opposition»",
        text,
      ),
    ).toEqual([
      {
        text: "Je préfère rester libre, car le Front national ne peut pas avoir le monopole de l'opposition.",
        speaker: "Nicolas Dupont-Aignan",
      },
    ]);
    expect(directOf("Le Front national et l'opposition", text)).toEqual([
      {
        text: "Je préfère rester libre, car le Front national ne peut pas avoir le monopole de l'opposition.",
        speaker: null,
      },
    ]);
  });
});

describe("a configured role is read at the article's date", () => {
  it("does not make 'le président américain' of a 2019 article the president configured from 2021", () => {
    const corpus = buildCorpus([
      {
        file: "a.jsonl",
        format: "jsonl",
        title: "Otages libérés",
        date: "2019-05-14",
        record: 0,
        text:
          "Des otages ont été libérés. Donald Trump se dit reconnaissant. " +
          `Le président américain a estimé lundi 13 mai que les Français avaient fait un "super boulot".`,
      },
    ]);
    const biden = {
      name: "Joe Biden",
      aliases: [] as string[],
      gender: "m" as const,
      role: { fr: "président américain", en: "US President", since: "2021-01-20" },
      roles: ["président américain"],
      organisation: "United States",
      country: "US",
    };
    const index = buildOfficialsIndex(corpus.articles, [biden]);
    const quote = index.statements.find((s) => s.kind === "direct");
    expect(quote?.text).toBe("super boulot");
    expect(quote?.speakerId === null ? null : index.byId.get(quote?.speakerId ?? "")?.name).toBe(
      "Donald Trump",
    );
  });
});

describe("a person the title names in full, whom the body calls by surname alone", () => {
  it("reads '», a commencé Mélenchon' as Jean-Luc Mélenchon's words", () => {
    const text =
      "Mardi soir à l'Assemblée, Bruno Le Maire a proposé de comparer son patrimoine à celui de l'ancien candidat. " +
      "Alors absent de l'hémicycle, le député est revenu se défendre énergiquement. " +
      `"Je suis disponible", a commencé Mélenchon. "Je suis fier de mon compte en banque", a-t-il encore ajouté.`;
    // Another article of the corpus has him speak: he is someone the corpus knows.
    const other = `Jean-Luc Mélenchon a déclaré lundi qu'il "ne lâcherait rien" sur les retraites.`;
    const title = "Vive passe d'armes entre Bruno Le Maire et Jean-Luc Mélenchon à l'Assemblée";
    expect(
      directQuotesOf([
        { file: "a.jsonl", format: "jsonl", text, title, date: "2017-10-18", record: 0 },
        { file: "a.jsonl", format: "jsonl", text: other, title: "Retraites", record: 1 },
      ]).filter((q) => q.text.startsWith("Je suis")),
    ).toEqual([
      { text: "Je suis disponible", speaker: "Jean-Luc Mélenchon" },
      { text: "Je suis fier de mon compte en banque", speaker: "Jean-Luc Mélenchon" },
    ]);
  });
});
