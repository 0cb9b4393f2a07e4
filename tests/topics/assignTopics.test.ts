import { describe, expect, it } from "vitest";
import { terms } from "../../src/nlp/index.js";
import { startsWithAnaphora } from "../../src/summarize/sentenceQuality.js";
import { assignTopics, containsPhrase } from "../../src/topics/assignTopics.js";
import { compileTopic } from "../../src/topics/compileTerms.js";
import { parseTopicsConfig } from "../../src/topics/topicsConfig.js";
import { bundled } from "../helpers/engine.js";

const config = parseTopicsConfig(
  {
    assignment: { threshold: 1, neighbourWeight: 0.5, articleWeight: 0, dominance: 0.4 },
    topics: [
      {
        id: "harbour",
        title: "Harbour works",
        description: "The new harbour.",
        terms: { fr: { strong: ["port", "quai"], weak: ["Marseille"] }, en: {}, any: {} },
      },
      {
        id: "festival",
        title: "Festival",
        description: "The summer festival.",
        terms: {
          fr: { strong: ["festival", "concert", "fanfare"], weak: ["Marseille"] },
          en: {},
          any: {},
        },
      },
    ],
  },
  "test.json",
);
const compiled = config.topics.map(compileTopic);

function assign(article: string[], settings = config.assignment, title = "") {
  return assignTopics(
    article.map((text) => ({
      articleId: "a",
      language: "fr" as const,
      terms: terms(text, "fr"),
      titleTerms: terms(title, "fr"),
      continuesPrevious: startsWithAnaphora(text),
    })),
    compiled,
    settings,
  ).map((m) => Object.fromEntries(m));
}

describe("assignTopics on small fixtures", () => {
  it("does not assign a topic from a weak term (a city) alone", () => {
    expect(assign(["La ville de Marseille a voté un budget."])).toEqual([{}]);
  });

  it("counts a weak term when the sentence has strong evidence for that topic", () => {
    expect(
      assign(
        ["Le nouveau quai du port de Marseille ouvrira en mai."],
        config.assignment,
        "Travaux sur le quai",
      ),
    ).toEqual([{ harbour: 2.4 }]);
  });

  it("does not let a neighbour or the article carry a sentence without strong evidence of its own", () => {
    const result = assign(
      ["Le chantier du port et du quai nord avance.", "Les travaux dureront encore deux ans."],
      config.assignment,
      "Travaux sur le quai",
    );
    expect(result[1]).toEqual({});
  });

  it("lets a sentence opening on a pronoun go on with the topic of the sentence before it", () => {
    const result = assign(
      ["Le chantier du port et du quai nord avance.", "Il durera encore deux ans."],
      config.assignment,
      "Travaux sur le quai",
    );
    expect(result[1]).toEqual({ harbour: 1 });
    expect(
      assign(["La ville a voté un budget.", "Il durera encore deux ans."], config.assignment)[1],
    ).toEqual({});
  });

  it("keeps every topic that is close to the best one, drops the ones far behind", () => {
    const title = "Fanfare et concerts sur le quai du port";
    expect(
      assign(["Un concert de fanfare sur le quai du port."], config.assignment, title),
    ).toEqual([{ harbour: 2, festival: 2 }]);
    expect(
      assign(
        ["La fanfare et son grand concert auront lieu près du port."],
        config.assignment,
        title,
      ),
    ).toEqual([{ festival: 2, harbour: 1 }]);
    expect(
      assign(
        ["La fanfare et son concert géant, et son concert final, près du port."],
        { ...config.assignment, dominance: 0.6 },
        title,
      ),
    ).toEqual([{ festival: 2 }]);
  });

  it("matches multi-word seeds as consecutive terms only", () => {
    expect(containsPhrase(["accord", "nucleair", "iran"], ["accord", "nucleair"])).toBe(true);
    expect(containsPhrase(["accord", "iran", "nucleair"], ["accord", "nucleair"])).toBe(false);
  });
});

describe("assignTopics on the bundled corpus", () => {
  async function topicsOf(prefix: string): Promise<string[]> {
    const { index } = await bundled();
    const entry = index.sentences.find((s) => s.sentence.display.startsWith(prefix));
    if (!entry) throw new Error(`no sentence starts with: ${prefix}`);
    return [...entry.topics.keys()].sort();
  }

  it("leaves the OSCE meeting in Vienna out of the Iran talks, of NATO (Bruxelles is a weak word) and of the Geneva talks: its article is about the NATO–Russia Council", async () => {
    expect(
      await topicsOf(
        "Après Genève et Bruxelles, la séquence diplomatique doit se poursuivre jeudi à Vienne",
      ),
    ).toEqual([]);
  });

  it("puts the Iran round of talks in Vienna in the Iran talks only", async () => {
    expect(
      await topicsOf(
        "United States Secretary of State Antony Blinken said Friday that this week’s round",
      ),
    ).toEqual(["iran-talks"]);
  });

  it("gives a UK minister's statement inside a NATO article the UK topic only: its NATO and Geneva words are weak ones (désescalade)", async () => {
    expect(await topicsOf("« Le gouvernement russe doit procéder à une désescalade")).toEqual([
      "uk-statements",
    ]);
  });

  it("does not make a passing mention of Britain in the E3 a UK statement", async () => {
    expect(await topicsOf("The latest round of talks began on Monday between the E3")).toEqual([
      "iran-talks",
    ]);
  });

  it("does not make a UK minister's list of partners (Israël among them) an Iran-talks sentence, nor, with no evidence of its own in an article not about UK statements, a UK statement", async () => {
    expect(
      await topicsOf("« Nous devons travailler avec des partenaires comme l’Australie, Israël"),
    ).toEqual([]);
  });

  it("does not make the Polish minister quoted beside the UK one a UK statement", async () => {
    expect(await topicsOf("Son homologue polonais, Zbigniew Rau, a pour sa part affirmé")).toEqual([
      "geneva-talks",
      "nato-unity",
    ]);
  });

  it("assigns the Israeli intelligence chief's warning to the Iran talks", async () => {
    expect(
      await topicsOf("Le nouveau chef du renseignement militaire a averti mercredi soir"),
    ).toEqual(["iran-talks"]);
  });

  it("leaves sentences on none of the topics unassigned", async () => {
    expect(
      await topicsOf(
        "Antony Blinken and Annalena Baerbock last met at a G7 foreign ministers’ meeting",
      ),
    ).toEqual([]);
  });
});

describe("assignTopics asks for real evidence, not one generic word in passing", () => {
  const alliance = parseTopicsConfig(
    {
      assignment: { threshold: 1, neighbourWeight: 0.5, articleWeight: 0, dominance: 0.4 },
      topics: [
        {
          id: "alliance",
          title: "Alliance unity",
          description: "NATO and its allies.",
          terms: {
            fr: { strong: ["OTAN", "unité", "alliés", "Alliance atlantique"], weak: [] },
            en: {},
            any: {},
          },
        },
        {
          id: "uk-on-russia",
          title: "UK on Russia",
          description: "What British ministers say about Russia.",
          terms: { fr: { strong: ["ministre britannique"], weak: [] }, en: {}, any: {} },
          requires: [{ fr: ["Russie"], en: [], any: [] }],
          scope: "sentences",
        },
      ],
    },
    "test.json",
  );
  const topics = alliance.topics.map(compileTopic);
  const assignIn = (title: string, article: string[]) =>
    assignTopics(
      article.map((text) => ({
        articleId: "a",
        language: "fr" as const,
        terms: terms(text, "fr"),
        titleTerms: terms(title, "fr"),
      })),
      topics,
      alliance.assignment,
    ).map((m) => Object.fromEntries(m));

  it("does not assign a sentence whose only evidence is one generic word", () => {
    expect(
      assignIn("La pêche en crise", [
        "Il faut arrêter de subventionner les grosses unités de pêche.",
      ]),
    ).toEqual([{}]);
  });

  it("does not assign two generic words together either, nor one rarer word in passing", () => {
    expect(
      assignIn("Automobile", [
        "Son futur allié a fermé la majorité de ses unités de production.",
        "Il tire son nom de l'alphabet phonétique de l'OTAN.",
      ]),
    ).toEqual([{}, {}]);
  });

  // A subject topic (the default scope) takes sentences only from articles about it: by their
  // title, or by two sentences (and a tenth of them) with specific evidence, one convincing.
  it("assigns a multi-word term inside an article about the topic, never in one article's passing mention", () => {
    expect(assignIn("Diplomatie", ["L'Alliance atlantique se réunit à Bruxelles."])).toEqual([{}]);
    expect(
      assignIn("L'Alliance atlantique à Bruxelles", [
        "L'Alliance atlantique se réunit à Bruxelles.",
      ]),
    ).toEqual([{ alliance: 1.5 }]);
  });

  it("assigns two distinct terms, one of them specific, in an article two of whose sentences are on the topic", () => {
    expect(
      assignIn("Diplomatie", [
        "Les alliés de l'OTAN ont fait bloc.",
        "L'Alliance atlantique se réunit à Bruxelles.",
      ]),
    ).toEqual([{ alliance: 2.75 }, { alliance: 2.5 }]);
  });

  it("counts one generic word in an article whose title is about the topic", () => {
    expect(
      assignIn("L'OTAN et ses alliés face à la Russie", ["Les alliés ont fait bloc mardi."]),
    ).toEqual([{ alliance: 1 }]);
  });

  it("matches a required phrase made only of common words ('a déclaré'), which sentence terms leave out, as words of the text", () => {
    const said = parseTopicsConfig(
      {
        topics: [
          {
            id: "uk-said",
            title: "UK said",
            description: "What British ministers said.",
            terms: { fr: { strong: ["ministre britannique"], weak: [] }, en: {}, any: {} },
            requires: [{ fr: ["a déclaré"], en: [], any: [] }],
            scope: "sentences",
          },
        ],
      },
      "test.json",
    );
    const assignSaid = (text: string) =>
      assignTopics(
        [{ articleId: "a", language: "fr" as const, terms: terms(text, "fr"), text }],
        said.topics.map(compileTopic),
        said.assignment,
      ).map((m) => Object.fromEntries(m));
    expect(assignSaid("Le ministre britannique a déclaré son soutien.")).toEqual([
      { "uk-said": 1 },
    ]);
    expect(assignSaid("Le ministre britannique a  Déclaré son soutien.")).toEqual([
      { "uk-said": 1 },
    ]);
    expect(assignSaid("Le ministre britannique a voyagé.")).toEqual([{}]);
    expect(assignSaid("Le ministre britannique, déclaré absent, a voyagé.")).toEqual([{}]);
  });

  it("assigns a conjunctive topic only when its required term is in the sentence's passage (itself and its neighbours)", () => {
    expect(
      assignIn("Londres", [
        "Le ministre britannique a parlé longuement mardi.",
        "La séance a duré trois heures.",
        "Le ministre britannique a mis en garde la Russie.",
      ]),
    ).toEqual([{}, {}, { "uk-on-russia": 0.75 }]);
  });

  describe("a frame group (the country a subject topic is about)", () => {
    const nuclear = parseTopicsConfig(
      {
        assignment: { threshold: 1, neighbourWeight: 0.5, articleWeight: 0, dominance: 0.4 },
        topics: [
          {
            id: "iran-nuclear",
            title: "Iran nuclear",
            description: "Iran's nuclear programme.",
            terms: {
              fr: { strong: ["Iran", "Téhéran", "nucléaire"], weak: ["sanctions"] },
              en: {},
              any: {},
            },
            requires: [
              { fr: ["nucléaire", "uranium"], en: [], any: [] },
              { fr: ["Iran", "Téhéran"], en: [], any: [], frame: true },
            ],
          },
        ],
      },
      "test.json",
    );
    const assignNuclear = (title: string, article: string[], frame = true) => {
      const definition = nuclear.topics[0];
      if (!definition) throw new Error("no topic");
      const topic = compileTopic({
        ...definition,
        requires: definition.requires.map((g) => ({ ...g, frame: frame && g.frame })),
      });
      return assignTopics(
        article.map((text) => ({
          articleId: "a",
          language: "fr" as const,
          terms: terms(text, "fr"),
          text,
          titleTerms: terms(title, "fr"),
          title,
        })),
        [topic],
        nuclear.assignment,
      ).map((m) => Object.fromEntries(m));
    };
    const article = [
      "L'Iran a enrichi de l'uranium au-delà du seuil nucléaire fixé.",
      "Téhéran et Washington ont échangé un prisonnier jeudi.",
      "Le programme nucléaire reste sous surveillance.",
    ];

    it("keeps out a sentence that only names the country, under a title on the topic and beside nuclear sentences", () => {
      expect(assignNuclear("Nucléaire : l'Iran accumule de l'uranium", article)).toEqual([
        { "iran-nuclear": 2 },
        {},
        { "iran-nuclear": 1 },
      ]);
      // Without the frame flag the title and the neighbours fill the nuclear group for it.
      expect(assignNuclear("Nucléaire : l'Iran accumule de l'uranium", article, false)[1]).toEqual({
        "iran-nuclear": 2,
      });
    });

    it("takes a sentence that adds a weak seed ('sanctions') only under a title on the topic", () => {
      const sanctions = [
        "L'Iran a enrichi de l'uranium au-delà du seuil nucléaire fixé.",
        "Israël réclame des sanctions contre l'Iran.",
        "Le programme nucléaire iranien inquiète Téhéran.",
      ];
      expect(assignNuclear("Nucléaire : l'Iran accumule de l'uranium", sanctions)[1]).toEqual({
        "iran-nuclear": 2.4,
      });
      expect(assignNuclear("Israël réclame des sanctions contre l'Iran", sanctions)[1]).toEqual({});
    });
  });
});
