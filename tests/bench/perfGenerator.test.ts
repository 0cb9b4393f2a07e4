import { mkdtemp, readdir, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  type GeneratedArticle,
  generateArticles,
  writeCorpus,
} from "../../bench/perf/generateCorpus.js";
import { loadSourceMaterial, type SourceMaterial } from "../../bench/perf/sourceMaterial.js";
import { defaultConfigDir, defaultCorpusDir } from "../../src/config/paths.js";
import { loadCorpus } from "../../src/corpus/loadCorpus.js";
import type { Corpus } from "../../src/corpus/types.js";
import { terms } from "../../src/nlp/index.js";

let material: SourceMaterial;
let articles: GeneratedArticle[];
let dir: string;
let corpus: Corpus;

beforeAll(async () => {
  material = await loadSourceMaterial(defaultCorpusDir(), defaultConfigDir());
  articles = generateArticles(material, { count: 100, seed: 2022 });
  dir = await mkdtemp(join(tmpdir(), "briefbot-perf-test-"));
  await writeCorpus(dir, articles);
  corpus = await loadCorpus(dir);
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe("synthetic benchmark corpus", () => {
  it("gives the same files for the same seed, and different ones for another seed", () => {
    expect(generateArticles(material, { count: 100, seed: 2022 })).toEqual(articles);
    const other = generateArticles(material, { count: 100, seed: 2023 });
    expect(other.map((a) => a.text)).not.toEqual(articles.map((a) => a.text));
  });

  it("writes the requested number of files, named in generation order, plus the manifest", async () => {
    for (const count of [1, 7, 1000]) {
      const generated = generateArticles(material, { count, seed: 1 });
      expect(generated).toHaveLength(count);
      expect(new Set(generated.map((a) => a.file)).size).toBe(count);
      expect(generated.map((a) => a.file)).toEqual(generated.map((a) => a.file).sort());
    }
    const files = (await readdir(dir)).sort();
    expect(files).toEqual([...articles.map((a) => a.file), "manifest.json"].sort());
    const manifest = JSON.parse(await readFile(join(dir, "manifest.json"), "utf8"));
    const manifestDated = articles.filter((a) => a.dateIn === "manifest");
    expect(Object.keys(manifest.files)).toEqual(manifestDated.map((a) => a.file));
    expect(manifestDated.length).toBeGreaterThan(0);
  });

  it("mixes French and English, dates across 2022, and the raw files' boilerplate", () => {
    const languages = new Set(articles.map((a) => a.language));
    expect(languages).toEqual(new Set(["fr", "en"]));
    const months = new Set(articles.map((a) => a.date.slice(0, 7)));
    expect(months.size).toBeGreaterThanOrEqual(10);
    expect(articles.every((a) => a.date.startsWith("2022-"))).toBe(true);
    const allText = articles.map((a) => a.text).join("\n");
    for (const line of ["Lire la suite »", "Share Post:", "Source : AP", "EPA/SERGEY DOLZHENKO"]) {
      expect(material.boilerplate.flat()).toContain(line);
    }
    const used = material.boilerplate.flat().filter((block) => allText.includes(block));
    expect(used.length).toBeGreaterThanOrEqual(10);
    expect(articles.some((a) => /^Publié le \d+ \p{L}+ 2022/mu.test(a.text))).toBe(true);
    expect(articles.some((a) => /^Published on \w+ \d+, 2022/m.test(a.text))).toBe(true);
  });

  it("makes 10 % of the files near-identical copies of an earlier story", () => {
    const copies = articles.filter((a) => a.duplicateOf !== null);
    expect(copies).toHaveLength(10);
    const order = new Map(articles.map((a, i) => [a.file, i]));
    for (const copy of copies) {
      const original = articles.find((a) => a.file === copy.duplicateOf);
      expect(original?.duplicateOf).toBeNull();
      expect(order.get(copy.file) ?? 0).toBeGreaterThan(order.get(original?.file ?? "") ?? 0);
      // Same story, the last paragraph sometimes cut; headline, date and furniture differ.
      expect(copy.paragraphs).toEqual(original?.paragraphs.slice(0, copy.paragraphs.length));
      expect(copy.paragraphs.length).toBeGreaterThanOrEqual((original?.paragraphs.length ?? 0) - 1);
      for (const paragraph of copy.paragraphs) expect(copy.text).toContain(paragraph);
    }
  });

  it("loads through loadCorpus: every story once with its date; copies lose their repeated sentences", () => {
    const loaded = new Map(corpus.articles.map((a) => [a.file, a]));
    const originals = articles.filter((a) => a.duplicateOf === null);
    for (const original of originals) {
      expect(loaded.get(original.file)?.date).toBe(original.date);
      expect(loaded.get(original.file)?.language).toBe(original.language);
    }
    const copies = articles.filter((a) => a.duplicateOf !== null);
    const keptCopies = copies.filter((a) => loaded.has(a.file));
    // 8 copies go entirely; 2 keep only sentences under the near-duplicate filter's 6 terms.
    expect(corpus.articles).toHaveLength(92);
    expect(keptCopies).toHaveLength(2);
    for (const copy of keptCopies) {
      const sentences = loaded.get(copy.file)?.passages.flatMap((p) => p.sentences) ?? [];
      for (const s of sentences) expect(new Set(terms(s.text, s.language)).size).toBeLessThan(6);
    }
    const skipped = corpus.warnings.filter((w) => w.reason.includes("repeats earlier articles"));
    expect(skipped.map((w) => w.file).sort()).toEqual(
      copies
        .filter((a) => !loaded.has(a.file))
        .map((a) => a.file)
        .sort(),
    );
  });
});
