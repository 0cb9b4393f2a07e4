import { readdir, readFile } from "node:fs/promises";
import { join } from "node:path";
import { splitBlocks } from "../../src/corpus/clean/blocks.js";
import { classifyBlocks } from "../../src/corpus/clean/boilerplate.js";
import { loadCorpus } from "../../src/corpus/loadCorpus.js";
import { buildOfficialsIndex } from "../../src/index/buildOfficialsIndex.js";
import { loadOfficialsConfig } from "../../src/officials/officialsConfig.js";
import { splitClauses } from "./clauses.js";

export type TextLanguage = "fr" | "en";

/**
 * A language's sentences cut into clauses (see `splitClauses`): sentence openings, inner clauses
 * and sentence endings (each inner clause and ending starts with its separator), and the whole
 * sentences as the loader cleaned them.
 */
export interface ClausePool {
  readonly heads: readonly string[];
  readonly inner: readonly string[];
  readonly tails: readonly string[];
  readonly whole: readonly string[];
}

/** What synthetic articles are recombined from, all taken from the bundled corpus. */
export interface SourceMaterial {
  readonly clauses: Readonly<Record<TextLanguage, ClausePool>>;
  /** Full names of the people the engine knows (configured and discovered in the corpus). */
  readonly people: readonly string[];
  /**
   * Runs of consecutive blocks the loader classifies as boilerplate in the raw files ("Lire la
   * suite »", a caption with its "Source : AP" line, "Share Post:" and its "related" links…),
   * kept together because some blocks are only recognised next to their neighbours.
   */
  readonly boilerplate: readonly (readonly string[])[];
}

/** Reads the bundled corpus (cleaned sentences, people) and its raw files (boilerplate). */
export async function loadSourceMaterial(
  corpusDir: string,
  configDir: string,
): Promise<SourceMaterial> {
  const corpus = await loadCorpus(corpusDir);
  const officials = await loadOfficialsConfig(configDir);
  const sentences = corpus.articles.flatMap((a) =>
    a.passages.filter((p) => p.kind === "paragraph").flatMap((p) => p.sentences),
  );
  // People with a role (configured, or introduced with one): the synthetic corpus's cast stays
  // the same when the engine learns to find people named without an introduction.
  const people = buildOfficialsIndex(corpus.articles, officials.officials)
    .people.filter((p) => p.role.fr !== null || p.role.en !== null)
    .map((p) => p.name)
    .filter((name) => name.includes(" "));
  return {
    clauses: {
      fr: clausePool(sentences.filter((s) => s.language === "fr").map((s) => s.display)),
      en: clausePool(sentences.filter((s) => s.language === "en").map((s) => s.display)),
    },
    people: [...new Set(people)].sort(),
    boilerplate: await boilerplateRuns(corpusDir),
  };
}

export function clausePool(sentences: readonly string[]): ClausePool {
  const heads: string[] = [];
  const inner: string[] = [];
  const tails: string[] = [];
  for (const sentence of sentences) {
    const clauses = splitClauses(sentence);
    if (clauses.length < 2) continue;
    const tail = clauses[clauses.length - 1] ?? "";
    if (!/[.!?»"”]$/u.test(tail)) continue;
    heads.push(clauses[0] ?? "");
    inner.push(...clauses.slice(1, -1));
    tails.push(tail);
  }
  return { heads, inner, tails, whole: [...sentences] };
}

async function boilerplateRuns(corpusDir: string): Promise<string[][]> {
  const files = (await readdir(corpusDir)).filter((f) => f.endsWith(".txt")).sort();
  const runs = new Map<string, string[]>();
  for (const file of files) {
    const blocks = classifyBlocks(splitBlocks(await readFile(join(corpusDir, file), "utf8")));
    let run: string[] = [];
    for (const block of [...blocks, { text: "", boilerplate: null }]) {
      if (block.boilerplate !== null) {
        run.push(block.text);
        continue;
      }
      if (run.length > 0) runs.set(run.join("\n"), run);
      run = [];
    }
  }
  return [...runs.values()];
}
