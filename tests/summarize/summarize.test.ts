import { describe, expect, it } from "vitest";
import { lexRank } from "../../src/summarize/lexRank.js";
import { selectDiverse } from "../../src/summarize/selectDiverse.js";
import {
  isStandaloneSentence,
  startsImpersonal,
  startsWithAnaphora,
} from "../../src/summarize/sentenceQuality.js";
import { summarize } from "../../src/summarize/summarize.js";
import {
  cosine,
  inverseDocumentFrequency,
  tfidfVector,
  unseenIdf,
} from "../../src/summarize/vectors.js";

const docs = [
  ["otan", "russie", "ukraine", "sommet"],
  ["otan", "russie", "ukraine", "allies"],
  ["otan", "russie", "sommet", "allies"],
  ["meteo", "pluie", "demain"],
];
const idf = inverseDocumentFrequency(docs);
const vectors = docs.map((d) => tfidfVector(d, idf, unseenIdf(docs.length)));

describe("TF-IDF vectors", () => {
  it("weights rare terms above common ones and normalises to unit length", () => {
    const v = vectors[0];
    expect(v?.get("sommet")).toBeGreaterThan(v?.get("otan") ?? 1);
    const norm = Math.sqrt([...(v?.weights ?? [])].reduce((s, w) => s + w * w, 0));
    expect(norm).toBeCloseTo(1, 10);
  });

  it("gives cosine 1 for identical and 0 for disjoint sentences", () => {
    const [a, , , d] = vectors;
    if (!a || !d) throw new Error("fixture");
    expect(cosine(a, a)).toBeCloseTo(1, 10);
    expect(cosine(a, d)).toBe(0);
  });
});

describe("lexRank", () => {
  it("ranks the sentences that share the most with the others above an isolated one", () => {
    const rank = lexRank(vectors, [1, 1, 1, 1]);
    expect(rank.reduce((s, r) => s + r, 0)).toBeCloseTo(1, 6);
    expect(rank[3]).toBeLessThan(Math.min(rank[0] ?? 0, rank[1] ?? 0, rank[2] ?? 0));
  });

  it("follows the prior: a strong prior lifts a sentence", () => {
    const flat = lexRank(vectors, [1, 1, 1, 1]);
    const biased = lexRank(vectors, [1, 1, 1, 10]);
    expect(biased[3]).toBeGreaterThan(flat[3] ?? 1);
  });

  it("returns nothing for no sentences and the whole mass for one", () => {
    expect(lexRank([], [])).toEqual([]);
    expect(lexRank(vectors.slice(0, 1), [1])).toEqual([1]);
  });
});

describe("selectDiverse (MMR)", () => {
  const items = [
    { score: 1, vector: vectors[0] ?? new Map(), chars: 100 },
    { score: 0.99, vector: vectors[0] ?? new Map(), chars: 100 },
    { score: 0.5, vector: vectors[3] ?? new Map(), chars: 100 },
  ];

  it("never picks a near-copy of a picked sentence", () => {
    expect(selectDiverse(items, { maxSentences: 3, maxChars: 1000 })).toEqual([0, 2]);
  });

  it("honours the sentence and character budgets", () => {
    expect(selectDiverse(items, { maxSentences: 1, maxChars: 1000 })).toEqual([0]);
    expect(selectDiverse(items, { maxSentences: 3, maxChars: 150 })).toEqual([0]);
  });

  it("skips what was already shown elsewhere", () => {
    expect(
      selectDiverse(items, { maxSentences: 3, maxChars: 1000, exclude: [vectors[0] ?? new Map()] }),
    ).toEqual([2]);
  });
});

describe("summarize", () => {
  it("is deterministic and returns picks best first with the best scoring 1", () => {
    const candidates = vectors.map((vector, i) => ({ vector, prior: 1 + i / 10, chars: 50 }));
    const first = summarize(candidates, { maxSentences: 3, maxChars: 1000 });
    expect(summarize(candidates, { maxSentences: 3, maxChars: 1000 })).toEqual(first);
    expect(first[0]?.score).toBe(1);
    expect(first.map((p) => p.score)).toEqual([...first.map((p) => p.score)].sort((a, b) => b - a));
  });

  it("only ranks the candidates with the highest prior when there are too many", () => {
    const candidates = vectors.map((vector, i) => ({
      vector,
      prior: i === 3 ? 0.01 : 1,
      chars: 50,
    }));
    const picks = summarize(candidates, { maxSentences: 4, maxChars: 1000, maxCandidates: 3 });
    expect(picks.map((p) => p.index)).not.toContain(3);
  });
});

describe("sentence quality", () => {
  it.each([
    ["Le sommet de l’OTAN s’est achevé mardi à Bruxelles.", true],
    ["« Nous ne céderons pas », a déclaré le ministre aux journalistes.", true],
    ["parce que ses occupants constituent en quelque sorte une menace. »", false],
    [", plus de capacités. »", false],
    ["Propositions de Moscou", false],
    ["Court.", false],
  ])("%s → standalone %s", (text, expected) => {
    expect(isStandaloneSentence(text)).toBe(expected);
  });

  it("spots sentences that open on a pronoun pointing back", () => {
    expect(startsWithAnaphora("Il a ajouté que rien n’était décidé.")).toBe(true);
    expect(startsWithAnaphora("« Cela ne change rien », a-t-il dit.")).toBe(true);
    expect(startsWithAnaphora("Ilan Cohen a déclaré que rien n’était décidé.")).toBe(false);
  });

  it.each([
    ['"Il serait bon pour le prix du pétrole que l\'Iran puisse le vendre!"', true],
    ["Il y a eu trois morts.", true],
    ["Il faut agir vite.", true],
    ["Il est presque impossible que cette liste aboutisse.", true],
    ["It is time to act.", true],
    ["Il a ajouté que rien n’était décidé.", false],
    ["Il est le président du parti.", false],
    ["It was raining.", false],
  ])("%s → impersonal %s (its 'il' points back to nothing)", (text, expected) => {
    expect(startsImpersonal(text)).toBe(expected);
  });
});
