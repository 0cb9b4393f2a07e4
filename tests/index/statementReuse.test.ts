import { describe, expect, it } from "vitest";
import { buildCorpus } from "../../src/corpus/loadCorpus.js";
import type { Article } from "../../src/corpus/types.js";
import {
  buildOfficialsIndex,
  createOfficialsCache,
  type OfficialsIndex,
} from "../../src/index/buildOfficialsIndex.js";

const TEXTS = [
  // A post alone: who it designates depends on who else the corpus knows.
  "Le maire de Nantes a déclaré mardi : « Nous allons construire un nouveau pont sur la Loire. » Les travaux doivent commencer au printemps.",
  "Sergueï Lavrov, ministre russe des Affaires étrangères, a affirmé lundi à Moscou : « La Russie ne cédera pas sur ce point. »",
  "Johanna Rolland, maire de Nantes, a inauguré jeudi la nouvelle gare. Elle a salué « un équipement attendu depuis vingt ans ».",
];

function articles(): readonly Article[] {
  return buildCorpus(
    TEXTS.map((text, i) => ({ file: `a${i}.txt`, format: "txt" as const, text, record: 0 })),
  ).articles;
}

function credited(index: OfficialsIndex): string[] {
  return index.statements
    .filter((s) => s.kind === "direct")
    .map(
      (s) =>
        `${s.articleId}: ${s.speakerId === null ? "—" : index.byId.get(s.speakerId)?.name} « ${s.text} »`,
    );
}

describe("statements and roles kept across index builds", () => {
  it("finds again only the statements whose people changed, with the same result as a fresh build", () => {
    const all = articles();
    const [mayor, lavrov] = all as [Article, Article, Article];
    const cache = createOfficialsCache();
    const before = buildOfficialsIndex(all.slice(0, 2), [], cache);
    expect(credited(before)).toEqual([
      "a0: — « Nous allons construire un nouveau pont sur la Loire. »",
      "a1: Sergueï Lavrov « La Russie ne cédera pas sur ce point. »",
    ]);
    const keptLavrov = cache.statements.get(lavrov)?.found;
    const keptMayor = cache.statements.get(mayor)?.found;
    const keptRoles = cache.roles.get(lavrov)?.found;
    expect([...(keptRoles ?? [])]).toEqual([
      ["serguei-lavrov", "ministre russe des Affaires étrangères"],
    ]);

    // A third article names the mayor: the first one's post now designates her; Lavrov's
    // article asks nothing about her and is not read again.
    const after = buildOfficialsIndex(all, [], cache);
    expect(credited(after)).toEqual(credited(buildOfficialsIndex(articles(), [])));
    expect(credited(after)).toEqual([
      "a0: Johanna Rolland « Nous allons construire un nouveau pont sur la Loire. »",
      "a1: Sergueï Lavrov « La Russie ne cédera pas sur ce point. »",
      "a2: Johanna Rolland « un équipement attendu depuis vingt ans »",
    ]);
    expect(cache.statements.get(lavrov)?.found).toBe(keptLavrov);
    expect(cache.statements.get(mayor)?.found).not.toBe(keptMayor);
    expect(cache.roles.get(lavrov)?.found).toBe(keptRoles);
    expect(after.roles.get("johanna-rolland")).toEqual([
      { articleId: "a2", date: null, role: "maire de Nantes" },
    ]);
  });
});
