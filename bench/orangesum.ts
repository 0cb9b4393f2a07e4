import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { packageRoot } from "../src/config/paths.js";

/** One OrangeSum article with its reference summary (bench/data/README.md). */
export interface OrangeSumArticle {
  readonly id: string;
  readonly title: string;
  readonly text: string;
  /** The Abstract-task reference summary. */
  readonly summary: string;
}

export const ORANGESUM_FILE = join(packageRoot(), "bench", "data", "orangesum-test-200.jsonl");

/** The articles of the benchmark file, in file order. Throws naming the line of a bad record. */
export async function loadOrangeSum(file: string = ORANGESUM_FILE): Promise<OrangeSumArticle[]> {
  const lines = (await readFile(file, "utf8")).split("\n").filter((line) => line.trim() !== "");
  return lines.map((line, i) => {
    const record = JSON.parse(line) as Record<string, unknown>;
    const { id, title, text, summary } = record;
    if (
      typeof id !== "string" ||
      typeof title !== "string" ||
      typeof text !== "string" ||
      typeof summary !== "string"
    ) {
      throw new Error(`${file}:${i + 1}: expected string id, title, text and summary`);
    }
    return { id, title, text, summary };
  });
}

/** The tuning half (articles 1–100) and the held-out half (101–200) of the evaluation. */
export const SPLITS = [
  { name: "1–100 (tuning)", from: 0, to: 100 },
  { name: "101–200 (held out)", from: 100, to: 200 },
  { name: "all 200", from: 0, to: 200 },
] as const;

export const TUNING = SPLITS[0];
