/**
 * `npm run bench:real [-- --sizes 3000,10000,34025] [--corpus <orangesum-news.jsonl.gz>]`
 *
 * Index build on real news: the first N articles of the shared corpus (default
 * ../shared/corpora/orangesum-news.jsonl.gz, which a user's clone does not have), written as
 * JSONL files into a temporary folder, each size built in a fresh child process (`loadEngine`:
 * read, clean, analyse, index, people and statements on one thread) so that its peak RSS is its
 * own. Prints seconds, RSS, people and statements per size; writes bench/results/real-build.json.
 */
import { fork } from "node:child_process";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { loadEngine } from "../src/app.js";
import { defaultConfigDir, packageRoot } from "../src/config/paths.js";
import { readSharedCorpus, SHARED_CORPUS } from "./gold/sharedCorpus.js";

interface BuildResult {
  readonly articles: number;
  readonly seconds: number;
  readonly rssMB: number;
  readonly people: number;
  readonly statements: number;
}

const { values } = parseArgs({
  options: {
    sizes: { type: "string", default: "3000,10000,34025" },
    corpus: { type: "string", default: SHARED_CORPUS },
    child: { type: "string" },
  },
});

if (values.child !== undefined) {
  const started = performance.now();
  const index = await loadEngine({ corpusDir: values.child, configDir: defaultConfigDir() });
  const seconds = (performance.now() - started) / 1000;
  const result: Omit<BuildResult, "articles"> = {
    seconds,
    rssMB: Math.round(process.memoryUsage().rss / 1e6),
    people: index.officials.people.length,
    statements: index.officials.statements.length,
  };
  process.send?.(result);
  process.exit(0);
}

const sizes = (values.sizes ?? "").split(",").map(Number);
if (sizes.some((n) => !Number.isInteger(n) || n <= 0)) {
  console.error(`bench:real: --sizes expects positive whole numbers, found '${values.sizes}'`);
  process.exit(2);
}
const results: BuildResult[] = [];
for (const size of sizes) {
  const dir = await mkdtemp(join(tmpdir(), "briefbot-real-"));
  let n = 0;
  let part: string[] = [];
  let parts = 0;
  for await (const a of readSharedCorpus(values.corpus)) {
    part.push(JSON.stringify({ title: a.title, date: a.date, text: a.text }));
    n++;
    if (part.length === 500 || n === size) {
      await writeFile(
        join(dir, `part-${String(parts++).padStart(3, "0")}.jsonl`),
        `${part.join("\n")}\n`,
      );
      part = [];
    }
    if (n === size) break;
  }
  if (part.length > 0) await writeFile(join(dir, `part-${parts}.jsonl`), `${part.join("\n")}\n`);
  const child = fork(fileURLToPath(import.meta.url), ["--child", dir], {
    execArgv: ["--max-old-space-size=8192"],
  });
  const measured = await new Promise<Omit<BuildResult, "articles">>((resolve, reject) => {
    child.once("message", (m) => resolve(m as Omit<BuildResult, "articles">));
    child.once("exit", (code) => reject(new Error(`build of ${n} articles exited with ${code}`)));
  });
  await rm(dir, { recursive: true, force: true });
  results.push({ articles: n, ...measured });
  console.log(
    `${String(n).padStart(6)} real articles: build ${measured.seconds.toFixed(1)} s, RSS ${measured.rssMB} MB, ${measured.people} people, ${measured.statements} statements`,
  );
}
await writeFile(
  join(packageRoot(), "bench", "results", "real-build.json"),
  `${JSON.stringify({ corpus: "shared orangesum-news.jsonl.gz, first N lines", measuredAt: new Date().toISOString(), results }, null, 2)}\n`,
);
