import { mkdir } from "node:fs/promises";
import { writeFirstArticles } from "../real/realBuilds.js";
import { generateArticles, writeCorpus } from "./generateCorpus.js";
import type { SourceMaterial } from "./sourceMaterial.js";

/** What `writeYearCorpus` put in the folder. */
export interface YearCorpus {
  /** Articles of the shared corpus, as they are (jsonl parts). */
  readonly real: number;
  /** Articles generated from the shared corpus's clauses (.txt files, dated in 2022). */
  readonly generated: number;
  readonly bytes: number;
}

/**
 * A corpus of `size` articles in `dir` as a year of real news would be: every article of the
 * shared corpus (up to `size`), then articles recombined from its sentences' clauses
 * (`loadRealMaterial`: real names, vocabulary and sentence shapes; a tenth near-identical
 * copies of an earlier one, as wires repeat) up to `size`. Same seed, same files.
 */
export async function writeYearCorpus(
  corpusFile: string,
  material: SourceMaterial,
  size: number,
  dir: string,
  seed: number,
): Promise<YearCorpus> {
  await mkdir(dir, { recursive: true });
  const real = await writeFirstArticles(corpusFile, size, dir);
  const articles = generateArticles(material, {
    count: Math.max(0, size - real),
    seed,
    englishShare: 0,
  });
  const written = await writeCorpus(dir, articles);
  return { real, generated: articles.length, bytes: written.bytes };
}

/** `count` more generated articles (another seed, files named `extra-…`): what an update adds. */
export async function writeYearExtra(
  material: SourceMaterial,
  count: number,
  dir: string,
  seed: number,
): Promise<void> {
  const extra = generateArticles(material, { count, seed, englishShare: 0 });
  await writeCorpus(
    dir,
    extra.map((a) => ({ ...a, file: `extra-${a.file}` })),
  );
}
