/**
 * Draws the articles of the quotes gold set: `count` distinct line numbers of the shared corpus
 * chosen uniformly with a fixed seed (mulberry32), not chosen for their content. Prints their ids
 * in draw order; the first half of the draw is the tuning half, the second the held-out half.
 *
 *   node dist/bench/gold/drawSample.js [--seed 17] [--count 64] [--out dir]
 *     [--exclude dir] [--half tuning]
 *
 * `--exclude dir` skips the articles already annotated in `dir` (the `<id>.json` files there) and
 * draws until `count` new ones are found; `--half tuning` labels the whole draw as one half (the
 * tuning extension drawn with seed 18 is `--seed 18 --count 48 --exclude bench/gold/quotes
 * --half tuning`).
 */
import { mkdir, readdir, writeFile } from "node:fs/promises";
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
const excludeDir = opt("--exclude", "");
const onlyHalf = opt("--half", "");
const TOTAL = 34025;

const excluded = new Set(
  excludeDir === ""
    ? []
    : (await readdir(excludeDir)).filter((f) => f.endsWith(".json")).map((f) => f.slice(0, -5)),
);

interface Drawn {
  id: string;
  date: string | null;
  title: string;
  text: string;
}

// Draw line numbers in order; with exclusions, draw more than needed and keep the first `count`
// that are not excluded (the draw order itself never depends on the exclusions).
const random = mulberry32(seed);
const drawn: number[] = [];
const chosen = new Set<number>();
const wanted = excluded.size > 0 ? count + excluded.size : count;
while (drawn.length < Math.min(wanted, TOTAL)) {
  const i = Math.floor(random() * TOTAL);
  if (!chosen.has(i)) {
    chosen.add(i);
    drawn.push(i);
  }
}
const byLine = new Map<number, Drawn>();
let n = 0;
for await (const a of readSharedCorpus(file)) {
  if (chosen.has(n)) byLine.set(n, a as Drawn);
  n++;
}
const articles = drawn
  .map((line) => byLine.get(line) as Drawn)
  .filter((a) => !excluded.has(a.id))
  .slice(0, count);
if (out !== "") await mkdir(out, { recursive: true });
for (const [k, a] of articles.entries()) {
  const half = onlyHalf !== "" ? onlyHalf : k < count / 2 ? "tuning" : "heldout";
  console.log(`${a.id}\t${half}`);
  if (out !== "") {
    await writeFile(
      join(out, `${String(k + 1).padStart(2, "0")}-${a.id}.txt`),
      `id: ${a.id}\ndate: ${a.date ?? ""}\ntitle: ${a.title}\n\n${a.text}\n`,
    );
  }
}
