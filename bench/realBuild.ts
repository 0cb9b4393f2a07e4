/**
 * `npm run bench:real [-- --sizes 3000,10000,34025] [--corpus <orangesum-news.jsonl.gz>]`
 *
 * Index build on real news alone (`npm run bench` runs it too, after the synthetic sizes): the
 * first N articles of the shared corpus (default ../shared/corpora/orangesum-news.jsonl.gz, which
 * a user's clone does not have: skipped, saying so), each size in a fresh child process
 * (`measureRealBuilds`). Prints seconds, RSS, people and statements per size and the 10k target;
 * writes bench/results/real-build.json.
 */
import { writeFile } from "node:fs/promises";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { packageRoot } from "../src/config/paths.js";
import { SHARED_CORPUS } from "./gold/sharedCorpus.js";
import { measureRealBuilds, realTargetLine, storyTargetLine } from "./real/realBuilds.js";

const { values } = parseArgs({
  options: {
    sizes: { type: "string", default: "3000,10000,34025" },
    corpus: { type: "string", default: SHARED_CORPUS },
  },
});
const sizes = (values.sizes ?? "").split(",").map(Number);
if (sizes.some((n) => !Number.isInteger(n) || n <= 0)) {
  console.error(`bench:real: --sizes expects positive whole numbers, found '${values.sizes}'`);
  process.exit(2);
}
const results = await measureRealBuilds(values.corpus, sizes);
if (results === null) {
  console.log(
    `bench:real: skipped — the shared corpus ${values.corpus} is not here (a user's clone has no ../shared; pass --corpus <orangesum-news.jsonl.gz>)`,
  );
} else {
  console.log(realTargetLine(results));
  console.log(storyTargetLine(results));
  await writeFile(
    join(packageRoot(), "bench", "results", "real-build.json"),
    `${JSON.stringify({ corpus: "shared orangesum-news.jsonl.gz, first N lines", measuredAt: new Date().toISOString(), results }, null, 2)}\n`,
  );
}
