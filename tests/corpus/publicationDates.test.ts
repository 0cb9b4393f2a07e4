import { mkdtemp, rm, utimes, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parseDate } from "../../src/corpus/clean/dateline.js";
import { dateLineDate } from "../../src/corpus/clean/headDate.js";
import { buildCorpus, loadCorpus } from "../../src/corpus/loadCorpus.js";
import type { RawDocument } from "../../src/corpus/types.js";

const BODY =
  "Les ministres de l’OTAN se sont réunis mardi à Bruxelles pour préparer le sommet de juillet. " +
  "Ils ont promis de renforcer la défense du flanc est de l’Alliance atlantique.";
const ENGLISH_BODY =
  "NATO foreign ministers met in Brussels on Tuesday to prepare the July summit. " +
  "They promised to strengthen the defence of the alliance's eastern flank.";

function doc(text: string, extra: Partial<RawDocument> = {}): RawDocument {
  return { file: "a.txt", format: "txt", text, record: 0, ...extra };
}

function articleOf(text: string, extra: Partial<RawDocument> = {}) {
  const [article] = buildCorpus([doc(text, extra)]).articles;
  if (!article) throw new Error("no article");
  return article;
}

describe("the date written at the head of an article", () => {
  it.each([
    ["Publié le 7 janvier 2022 à 10h05", "2022-01-07"],
    ["7 janv. 2022", "2022-01-07"],
    ["Mis à jour le 12/01/2022 à 18h30", "2022-01-12"],
    ["2022-01-07", "2022-01-07"],
    ["Jan 7, 2022", "2022-01-07"],
    ["Published Friday, January 21, 2022 at 10:05 a.m. ET", "2022-01-21"],
    ["Donetsk, le 7 janvier 2022.", null],
    ["Le 7 janvier 2022, la Russie a massé des troupes.", null],
  ])("%s → %s", (line, expected) => {
    expect(dateLineDate(line)).toBe(expected);
  });

  it("reads abbreviated French months and leaves an ambiguous abbreviation undated", () => {
    expect(parseDate("3 févr. 2022")).toBe("2022-02-03");
    expect(parseDate("3 déc. 2021")).toBe("2021-12-03");
    expect(parseDate("3 ju. 2022")).toBeNull();
  });

  it("dates a French article from its 'Publié le' line and drops the line from the text", () => {
    const article = articleOf(
      `Sommet de l’OTAN à Bruxelles\n\nPublié le 7 janvier 2022 à 10h05\n\n${BODY}`,
    );
    expect(article.date).toBe("2022-01-07");
    expect(article.title).toBe("Sommet de l’OTAN à Bruxelles");
    expect(article.passages.map((p) => p.display).join(" ")).not.toContain("Publié");
  });

  it("dates an English article from a date alone on its first line", () => {
    const article = articleOf(`Jan 7, 2022\n\n${ENGLISH_BODY}`);
    expect(article.date).toBe("2022-01-07");
    expect(article.passages[0]?.display).toBe(ENGLISH_BODY);
  });

  it("prefers the date of the metadata to the one in the text", () => {
    expect(articleOf(`7 janv. 2022\n\n${BODY}`, { date: "2022-01-08" }).date).toBe("2022-01-08");
  });

  it("does not date an article from a date inside its prose", () => {
    expect(articleOf(`Donetsk, le 7 janvier 2022.\n\n${BODY}`).date).toBeNull();
  });

  it("leaves an undated file undated: no file time, no today", async () => {
    const dir = await mkdtemp(join(tmpdir(), "briefbot-dates-"));
    try {
      await writeFile(join(dir, "undated.txt"), BODY);
      await utimes(
        join(dir, "undated.txt"),
        new Date("2022-01-07T10:00:00Z"),
        new Date("2022-01-07T10:00:00Z"),
      );
      const corpus = await loadCorpus(dir);
      expect(corpus.articles.map((a) => [a.id, a.date])).toEqual([["undated", null]]);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
