/**
 * `npm run eval:quotes`: precision and recall of quote attribution and name resolution on the
 * bundled corpus, against the hand-made gold set in tests/gold/bundled-corpus.json.
 */
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { loadEngine } from "../src/app.js";
import { defaultConfigDir, defaultCorpusDir, packageRoot } from "../src/config/paths.js";
import { type GoldSet, scoreQuotes } from "./quoteScoring.js";

const gold = JSON.parse(
  await readFile(join(packageRoot(), "tests", "gold", "bundled-corpus.json"), "utf8"),
) as GoldSet;
const index = await loadEngine({ corpusDir: defaultCorpusDir(), configDir: defaultConfigDir() });
const scores = scoreQuotes(index, gold);
const pct = (x: number) => `${(x * 100).toFixed(1)} %`;
const a = scores.attribution;
const n = scores.names;
console.log(`Quotes found: ${scores.quotesFound} of ${scores.goldQuotes} gold quotations`);
console.log(
  `Attribution (speaker, quote): precision ${pct(a.precision)}  recall ${pct(a.recall)}  (TP ${a.truePositives}, FP ${a.falsePositives}, FN ${a.falseNegatives})`,
);
console.log(
  `Name resolution:              precision ${pct(n.precision)}  recall ${pct(n.recall)}  (TP ${n.truePositives}, FP ${n.falsePositives}, FN ${n.falseNegatives})`,
);
console.log(`Mentions of corpus spellings: recall ${pct(scores.mentionRecall)}`);
if (scores.errors.length > 0) {
  console.log("\nErrors:");
  for (const e of scores.errors) console.log(`  - ${e}`);
}
