import { describe, expect, it } from "vitest";
import { BRIEFING_RULES } from "../../briefings/rules/briefingRules.js";
import { defaultConfigDir } from "../../src/config/paths.js";
import { buildCorpus } from "../../src/corpus/loadCorpus.js";
import type { Article } from "../../src/corpus/types.js";
import { buildIndex } from "../../src/index/buildIndex.js";
import {
  buildOfficialsIndex,
  createOfficialsCache,
  type OfficialsIndex,
} from "../../src/index/buildOfficialsIndex.js";
import type { CorpusIndex } from "../../src/index/corpusIndex.js";
import { createEngineCache } from "../../src/index/engineCache.js";
import { loadTopicsConfig } from "../../src/topics/topicsConfig.js";

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

describe("quote credits kept across index builds", () => {
  it("computes them again only for articles whose statements changed", async () => {
    const corpus = buildCorpus(
      [
        "La maire de Nantes Johanna Rolland a présenté mardi le projet de franchissement. « Nous allons construire un nouveau pont sur la Loire », a-t-elle ajouté.",
        "Sergueï Lavrov, ministre russe des Affaires étrangères, a rencontré lundi son homologue. « La Russie ne cédera pas sur ce point », a-t-il ajouté.",
        "Le maire de Nantes a été réélu dimanche. « Je remercie les électeurs de leur confiance », a-t-il déclaré devant ses partisans.",
      ].map((text, i) => ({ file: `q${i}.txt`, format: "txt" as const, text, record: 0 })),
    );
    const [rolland, lavrov, third] = corpus.articles as [Article, Article, Article];
    const topics = await loadTopicsConfig(defaultConfigDir());
    const officials = { officials: [] };
    const cache = createEngineCache();
    const first = buildIndex(
      { ...corpus, articles: [rolland, lavrov] },
      topics,
      officials,
      BRIEFING_RULES,
      cache,
    );
    const credited = (index: CorpusIndex) =>
      [...index.briefing.quoteCredits].map(([id, c]) => `${id}: ${c.speaker}`);
    expect(credited(first)).toEqual(["q0:0:1: Johanna Rolland", "q1:0:1: Sergueï Lavrov"]);
    const kept = cache.quoteCredits.get(lavrov)?.credits;
    expect(kept).toBeDefined();

    const second = buildIndex(corpus, topics, officials, BRIEFING_RULES, cache);
    expect(credited(second)).toEqual(
      credited(buildIndex(corpus, topics, officials, BRIEFING_RULES)),
    );
    expect(cache.quoteCredits.get(lavrov)?.credits).toBe(kept);
    expect(cache.quoteCredits.get(third)).toBeDefined();
  });
});
