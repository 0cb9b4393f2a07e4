import { describe, expect, it } from "vitest";
import { buildCorpus } from "../../src/corpus/loadCorpus.js";
import { buildOfficialsIndex } from "../../src/index/buildOfficialsIndex.js";

function surfacesOf(title: string | undefined, text: string): string[] {
  const corpus = buildCorpus([
    { file: "a.txt", format: "txt", text, record: 0, ...(title ? { title } : {}) },
  ]);
  const index = buildOfficialsIndex(corpus.articles, []);
  const id = index.people.find((p) => p.name === "Rachida Dati")?.id ?? "";
  return (index.mentions.get(id) ?? []).map((m) => `${m.sentenceId.split(":").pop()} ${m.surface}`);
}

const BODY =
  "La ministre Rachida Dati a longuement parlé devant les militants réunis à Paris ce soir.";

describe("Title mentions: the title names people as the article's sentences do", () => {
  it("reads a surname alone in the title as the person the article names in full", () => {
    expect(surfacesOf("La charge de Dati contre les dirigeants", BODY)).toEqual([
      "title Dati",
      "0 Rachida Dati",
    ]);
  });

  it("reads nothing from a title the loader made of the first sentence", () => {
    expect(surfacesOf(undefined, BODY)).toEqual(["0 Rachida Dati"]);
  });

  it("takes a surname alone in the title for nobody the article does not name in full", () => {
    expect(surfacesOf("La charge de Hidalgo contre les dirigeants", BODY)).toEqual([
      "0 Rachida Dati",
    ]);
  });
});

describe("Subheading mentions: a subheading names people as the title does", () => {
  it("reads a surname alone in a dash subheading as the person the article names in full", () => {
    const text = `${BODY}\n\n- Dati face aux militants -\n\nLa réunion a duré trois heures selon les organisateurs du parti.`;
    expect(surfacesOf(undefined, text)).toEqual(["0 Dati", "0 Rachida Dati"]);
  });
});
