import { describe, expect, it } from "vitest";
import { BRIEFING_RULES } from "../../briefings/rules/briefingRules.js";
import { defaultConfigDir } from "../../src/config/paths.js";
import type { FileAnalysis } from "../../src/corpus/analyseDocuments.js";
import { shareDecodedText } from "../../src/corpus/decodedText.js";
import { buildCorpus } from "../../src/corpus/loadCorpus.js";
import { NO_TOPICS } from "../../src/index/articleRows.js";
import { buildIndex } from "../../src/index/buildIndex.js";
import { createEngineCache } from "../../src/index/engineCache.js";
import { loadOfficialsConfig } from "../../src/officials/officialsConfig.js";
import { cosine, PackedVector, tfidfVector } from "../../src/summarize/vectors.js";
import { loadTopicsConfig } from "../../src/topics/topicsConfig.js";

const TEXTS = [
  "Le sommet de l'OTAN s'ouvre mardi à Bruxelles. Les alliés discutent de la Russie et de l'Ukraine.",
  "La météo annonce de la pluie à Lyon demain. Les jardiniers de Lyon s'en réjouissent.",
];

describe("a sentence's vector, packed", () => {
  it("keeps each distinct term once, in order of first appearance, with its normalised weight", () => {
    const idf = new Map([
      ["otan", 2],
      ["sommet", 3],
    ]);
    const v = tfidfVector(["otan", "sommet", "otan", "russi"], idf, 1);
    expect(v).toBeInstanceOf(PackedVector);
    expect(v.terms).toEqual(["otan", "sommet", "russi"]);
    // (1 + ln 2)·2, 1·3, 1·1, over their norm.
    const raw = [(1 + Math.log(2)) * 2, 3, 1];
    const norm = Math.hypot(...raw);
    expect(v.weights).toEqual(raw.map((w) => w / norm));
    expect(v.get("sommet")).toBe(3 / norm);
    expect(v.get("lyon")).toBeUndefined();
    expect([...v]).toEqual([
      ["otan", (raw[0] ?? 0) / norm],
      ["sommet", 3 / norm],
      ["russi", 1 / norm],
    ]);
    expect([...v.keys()]).toEqual(["otan", "sommet", "russi"]);
  });

  it("shares the sentence's own term list when no term repeats", () => {
    const terms = ["otan", "sommet", "russi"];
    expect(tfidfVector(terms, new Map(), 1).terms).toBe(terms);
    const repeated = ["otan", "otan"];
    expect(tfidfVector(repeated, new Map(), 1).terms).not.toBe(repeated);
  });

  it("gives the same cosine against a packed vector as against a Map of the same weights", () => {
    const idf = new Map<string, number>();
    const a = tfidfVector(["otan", "sommet", "russi"], idf, 1);
    const b = tfidfVector(["sommet", "russi", "ukrain", "ukrain"], idf, 1);
    const asMap = new Map(b);
    expect(cosine(a, b)).toBe(cosine(a, asMap));
    expect(cosine(b, a)).toBe(cosine(a, b));
    expect(cosine(a, b)).toBeCloseTo(2 / Math.sqrt(3) / Math.hypot(1, 1, 1 + Math.log(2)), 12);
  });
});

describe("sentences about no topic", () => {
  it("share one empty topic map instead of a map each", async () => {
    const cache = createEngineCache();
    const corpus = buildCorpus(
      TEXTS.map((text, i) => ({ file: `a${i}.txt`, format: "txt" as const, text, record: 0 })),
      [],
      cache.terms,
    );
    const index = buildIndex(
      corpus,
      await loadTopicsConfig(defaultConfigDir()),
      await loadOfficialsConfig(defaultConfigDir()),
      BRIEFING_RULES,
      cache,
    );
    const lyon = index.sentences.filter((s) => s.sentence.articleId === "a1");
    expect(lyon).toHaveLength(2);
    for (const s of lyon) expect(s.topics).toBe(NO_TOPICS);
    expect(NO_TOPICS.size).toBe(0);
  });
});

describe("text decoded from a saved index", () => {
  it("keeps every sentence's words and its passage's when they are made to share one string", () => {
    const corpus = buildCorpus([{ file: "a.txt", format: "txt", record: 0, text: TEXTS[0] ?? "" }]);
    const article = corpus.articles[0];
    if (!article) throw new Error("fixture");
    // As `v8.deserialize` gives them back: plain copies, the sentence's text a copy of its display.
    const decoded = structuredClone(article);
    const analysis: FileAnalysis = {
      file: "a.txt",
      size: 1,
      mtimeMs: 1,
      readWarnings: [],
      documents: [{ file: "a.txt", articles: [decoded], terms: [] }],
    };
    shareDecodedText(analysis);
    expect(decoded).toEqual(article);
    expect(decoded.passages[0]?.sentences.map((s) => s.display)).toEqual([
      "Le sommet de l'OTAN s'ouvre mardi à Bruxelles.",
      "Les alliés discutent de la Russie et de l'Ukraine.",
    ]);
  });
});
