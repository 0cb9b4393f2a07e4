/**
 * Draws the articles of the quotes gold set: `count` distinct line numbers of the shared corpus
 * chosen uniformly with a fixed seed (mulberry32), not chosen for their content. Prints their ids
 * in draw order; the first half of the draw is the tuning half, the second the held-out half.
 *
 *   node dist/bench/gold/drawSample.js [--seed 17] [--count 64] [--out dir]
 */
import { mkdir, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { mulberry32 } from "../perf/prng.js";
import { readSharedCorpus, SHARED_CORPUS } from "./sharedCorpus.js";

const args = process.argv.slice(2);
const opt = (name: string, fallback: string) => {
  const i = args.indexOf(name);
  return i >= 0 && args[i + 1] !== undefined ? (args[i + 1] as string) : fallback;
};
const seed = Number(opt("--seed", "17"));
const count = Number(opt("--count", "64"));
const out = opt("--out", "");
const file = opt("--corpus", SHARED_CORPUS);
const TOTAL = 34025;

const random = mulberry32(seed);
const drawn: number[] = [];
const chosen = new Set<number>();
while (drawn.length < count) {
  const i = Math.floor(random() * TOTAL);
  if (!chosen.has(i)) {
    chosen.add(i);
    drawn.push(i);
  }
}
const byLine = new Map<
  number,
  Awaited<ReturnType<typeof readSharedCorpus>> extends never ? never : unknown
>();
let n = 0;
for await (const a of readSharedCorpus(file)) {
  if (chosen.has(n)) byLine.set(n, a);
  n++;
}
if (out !== "") await mkdir(out, { recursive: true });
for (const [k, line] of drawn.entries()) {
  const a = byLine.get(line) as { id: string; date: string | null; title: string; text: string };
  const half = k < count / 2 ? "tuning" : "heldout";
  console.log(`${a.id}\t${half}`);
  if (out !== "") {
    await writeFile(
      join(out, `${String(k + 1).padStart(2, "0")}-${a.id}.txt`),
      `id: ${a.id}\ndate: ${a.date ?? ""}\ntitle: ${a.title}\n\n${a.text}\n`,
    );
  }
}
