/**
 * `node dist/bench/cleanDrops.js [--corpus <orangesum-news.jsonl.gz>] [--out <file.json>]`
 *
 * How many articles of the shared corpus (default ../shared/corpora/orangesum-news.jsonl.gz,
 * which a user's clone does not have: then it says so and exits 0) `briefbot summarize` drops:
 * each article's body and title go through `summarizeDocument`, the command's own path. Prints
 * and writes (default bench/results/clean-drops.json) the articles dropped, those among them with
 * at least 300 characters of body text, a histogram of dropped body lengths and up to 20 examples.
 */
import { existsSync } from "node:fs";
import { mkdir, writeFile } from "node:fs/promises";
import { dirname, join, relative, resolve } from "node:path";
import { parseArgs } from "node:util";
import { summarizeDocument } from "../briefings/summarizeDocument.js";
import { packageRoot } from "../src/config/paths.js";
import { countArticle, emptyTally, REAL_BODY_CHARS } from "./cleanDropTally.js";
import { readSharedCorpus, SHARED_CORPUS } from "./gold/sharedCorpus.js";

const { values } = parseArgs({
  options: {
    corpus: { type: "string", default: SHARED_CORPUS },
    out: { type: "string", default: join(packageRoot(), "bench", "results", "clean-drops.json") },
  },
});
const corpus = resolve(values.corpus ?? SHARED_CORPUS);
const out = resolve(values.out ?? "");

if (!existsSync(corpus)) {
  console.log(`cleanDrops: skipped, no shared corpus at ${corpus} (give one with --corpus <file>)`);
  process.exit(0);
}

const started = performance.now();
const tally = emptyTally();
for await (const article of readSharedCorpus(corpus)) {
  const result = summarizeDocument({ id: article.id, text: article.text, title: article.title });
  countArticle(tally, article.id, article.text, result.ok ? null : result.reason);
}
const seconds = Math.round((performance.now() - started) / 100) / 10;

const report = {
  corpus: relative(packageRoot(), corpus),
  realBodyChars: REAL_BODY_CHARS,
  seconds,
  ...tally,
};
await mkdir(dirname(out), { recursive: true });
await writeFile(out, `${JSON.stringify(report, null, 2)}\n`);

console.log(`articles: ${tally.articles} (${seconds} s)`);
console.log(`dropped by summarize: ${tally.dropped}`);
console.log(`  with >= ${REAL_BODY_CHARS} characters of body text: ${tally.droppedWithRealBody}`);
for (const [reason, n] of Object.entries(tally.reasons)) console.log(`  ${reason}: ${n}`);
console.log("dropped, by body length (characters):");
for (const [label, n] of Object.entries(tally.droppedByBodyChars)) {
  console.log(`  ${label.padStart(9)}: ${n}`);
}
for (const example of tally.examples) {
  console.log(`- ${example.id} (${example.bodyChars} chars): ${example.start}`);
}
console.log(`written: ${relative(process.cwd(), out)}`);
