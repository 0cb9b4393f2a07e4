import { describe, expect, it } from "vitest";
import { buildCorpus } from "../../src/corpus/loadCorpus.js";
import { buildOfficialsIndex } from "../../src/index/buildOfficialsIndex.js";

/** Each person with mentions in the article, and the surfaces they are mentioned by. */
function mentionsOf(text: string): Record<string, string[]> {
  const corpus = buildCorpus([{ file: "a.txt", format: "txt", text, record: 0 }]);
  const index = buildOfficialsIndex(corpus.articles, []);
  const out: Record<string, string[]> = {};
  for (const [id, refs] of index.mentions) {
    const name = index.byId.get(id)?.name ?? id;
    out[name] = refs.map((r) => r.surface);
  }
  return out;
}

describe("one person under two forms of a name in one article", () => {
  it("reads a name cut short as the fuller form the article gives", () => {
    const text =
      "Maria Candida Silveira, 78 ans, veuve du chanteur, a répondu à nos questions. " +
      "Maria Candida a du mal à décrire cette absence.";
    expect(mentionsOf(text)).toEqual({
      "Maria Candida Silveira": ["Maria Candida Silveira", "Maria Candida"],
    });
  });

  it("reads a family name written first as the form that opens on the given name", () => {
    const text =
      '"Je reviendrai", a assuré Dupuis Martine aux policiers. ' +
      "La mère, Martine Dupuis, 40 ans, est toujours recherchée.";
    expect(mentionsOf(text)).toEqual({ "Martine Dupuis": ["Dupuis Martine", "Martine Dupuis"] });
  });

  it("reads two given names in both orders as one person, under the form named first", () => {
    const text =
      "Nathalie Stephan, 44 ans, a été entendue le 3 mai. " +
      '"Elle était fatiguée", a confié Stephan Nathalie aux enquêteurs la veille. ' +
      "Nathalie Stephan est rentrée chez elle.";
    expect(mentionsOf(text)).toEqual({
      "Nathalie Stephan": ["Nathalie Stephan", "Stephan Nathalie", "Nathalie Stephan"],
    });
  });

  it("reads a compound surname without its given name as the full name the article gives", () => {
    // An earlier article knows the surname alone as someone's.
    const corpus = buildCorpus([
      {
        file: "a.txt",
        format: "txt",
        text: "« Rien n'est décidé », a dit Mme Lignot-Leloup.",
        record: 0,
      },
      {
        file: "b.txt",
        format: "txt",
        text:
          "La directrice de la Sécurité sociale, Mathilde Lignot-Leloup, a été entendue mardi. " +
          "« Il y aura des mesures », a expliqué Mme Lignot-Leloup aux sénateurs.",
        record: 0,
      },
    ]);
    const index = buildOfficialsIndex(corpus.articles, []);
    const inB = [...index.mentions].flatMap(([id, refs]) =>
      refs.filter((r) => r.articleId === corpus.articles[1]?.id).map((r) => `${id}: ${r.surface}`),
    );
    // The surface is the name's words, after the honorific as after "M." ("Mme" opens no name).
    expect(inB.sort()).toEqual([
      "mathilde-lignot-leloup: Lignot-Leloup",
      "mathilde-lignot-leloup: Mathilde Lignot-Leloup",
    ]);
  });

  it("does not take a function word glued after a name for a fuller form", () => {
    const text =
      "La France « n'oubliera rien », a prévenu Marc Durand Ces dernières semaines. " +
      "Marc Durand a ensuite parlé aux élus.";
    const mentions = mentionsOf(text);
    expect(mentions["Marc Durand"]).toEqual(["Marc Durand", "Marc Durand"]);
    expect(mentions["Marc Durand Ces"]).toBeUndefined();
  });
});

describe("a place named after someone", () => {
  it("is no mention of them", () => {
    const text =
      "Les évacués dorment dans le gymnase Pablo Picasso à Martigues. " +
      "Une grenade a été lancée dans le restaurant Jo Goldenberg. " +
      "Pablo Picasso avait peint Guernica en 1937, a rappelé Marc Durand.";
    const mentions = mentionsOf(text);
    expect(mentions["Pablo Picasso"]).toEqual(["Pablo Picasso"]);
    expect(mentions["Jo Goldenberg"]).toBeUndefined();
  });
});
