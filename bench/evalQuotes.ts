/**
 * `npm run eval:quotes [-- --corpus <orangesum-news.jsonl.gz>] [--background n] [--errors]`
 *
 * 1. The bundled corpus against tests/gold/bundled-corpus.json (quote attribution, names).
 * 2. Real news: the 64 annotated articles of bench/gold/quotes/ (read from the shared corpus,
 *    default ../shared/corpora/orangesum-news.jsonl.gz, indexed with `--background` other
 *    articles of it, default 1000), scored per half: the tuning half, and the held-out half
 *    nobody tunes on. `--errors` lists the tuning half's errors (never the held-out half's).
 * Writes bench/results/quotes-eval.json.
 */
import { access, readFile, rm, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { loadEngine } from "../src/app.js";
import { defaultConfigDir, defaultCorpusDir, packageRoot } from "../src/config/paths.js";
import { writeRealCorpus } from "./gold/realCorpusDir.js";
import { loadRealGold } from "./gold/realGold.js";
import { type Ratio, type RealQuoteScores, scoreRealQuotes } from "./gold/scoreRealQuotes.js";
import { SHARED_CORPUS } from "./gold/sharedCorpus.js";
import { type GoldSet, scoreQuotes } from "./quoteScoring.js";

const { values } = parseArgs({
  options: {
    corpus: { type: "string", default: SHARED_CORPUS },
    background: { type: "string", default: "1000" },
    errors: { type: "boolean", default: false },
  },
});
const background = Number(values.background);
if (!Number.isInteger(background) || background < 0) {
  console.error(`eval:quotes: --background expects a whole number, found '${values.background}'`);
  process.exit(2);
}
const pct = (x: number) => `${(x * 100).toFixed(1)} %`;
const r = (x: Ratio) =>
  `${x.of === 0 ? "n/a" : x.hit / x.of < 1 ? (x.hit / x.of).toFixed(3) : "1.000"} (${x.hit}/${x.of})`;

// 1. The bundled corpus.
const bundledGold = JSON.parse(
  await readFile(join(packageRoot(), "tests", "gold", "bundled-corpus.json"), "utf8"),
) as GoldSet;
const bundled = await loadEngine({ corpusDir: defaultCorpusDir(), configDir: defaultConfigDir() });
const scores = scoreQuotes(bundled, bundledGold);
const a = scores.attribution;
const n = scores.names;
console.log("== Bundled corpus (corpus/, 5 articles; gold: tests/gold/bundled-corpus.json)");
console.log(`Quotes found: ${scores.quotesFound} of ${scores.goldQuotes} gold quotations`);
console.log(
  `Attribution (speaker, quote): precision ${pct(a.precision)}  recall ${pct(a.recall)}  (TP ${a.truePositives}, FP ${a.falsePositives}, FN ${a.falseNegatives})`,
);
console.log(
  `Name resolution:              precision ${pct(n.precision)}  recall ${pct(n.recall)}  (TP ${n.truePositives}, FP ${n.falsePositives}, FN ${n.falseNegatives})`,
);
console.log(`Mentions of corpus spellings: recall ${pct(scores.mentionRecall)}`);
if (values.errors && scores.errors.length > 0) {
  console.log("Errors:");
  for (const e of scores.errors) console.log(`  - ${e}`);
}

// 2. Real news.
const results: Record<string, unknown> = {};
try {
  await access(values.corpus);
} catch {
  console.log(
    `\n== Real news: skipped — the shared corpus ${values.corpus} is not here (a user's clone has no ../shared; pass --corpus <orangesum-news.jsonl.gz>)`,
  );
  process.exit(0);
}
const gold = await loadRealGold(join(packageRoot(), "bench", "gold", "quotes"));
const { dir, missing } = await writeRealCorpus(
  values.corpus,
  new Set(gold.map((g) => g.id)),
  background,
);
if (missing.length > 0) {
  console.error(`eval:quotes: gold articles not in ${values.corpus}: ${missing.join(", ")}`);
  process.exit(1);
}
try {
  const index = await loadEngine({ corpusDir: dir, configDir: defaultConfigDir() });
  for (const half of ["tuning", "heldout"] as const) {
    const s: RealQuoteScores = scoreRealQuotes(
      index.officials,
      gold.filter((g) => g.half === half),
    );
    console.log(
      `\n== Real news, ${half === "tuning" ? "tuning half" : "HELD-OUT half (never tuned on)"}: ${s.articles} articles of the shared corpus (bench/gold/quotes/), indexed with ${background} other shared articles`,
    );
    console.log(`Quote recall            ${r(s.quoteRecall)}     target ≥ 0.85`);
    console.log(
      `Quote precision         ${r(s.quotePrecision)}     (quotations of 3+ words, as the gold rules define quotes; all quoted spans ${r(s.quotePrecisionAllSpans)})`,
    );
    console.log(`Attribution accuracy    ${r(s.attribution)}     target ≥ 0.95 (quotes found)`);
    console.log(`  of people's quotes    ${r(s.personAttribution)}`);
    console.log(
      `Statement recall        ${r(s.statementRecall)}  credited right ${r(s.statementAttribution)}`,
    );
    console.log(`Person precision        ${r(s.personPrecision)}     target ≥ 0.97`);
    console.log(
      `Non-people, ≥2 mentions ${s.nonPeopleWithTwoMentions.length}${s.nonPeopleWithTwoMentions.length > 0 && half === "tuning" ? `: ${s.nonPeopleWithTwoMentions.join("; ")}` : ""}     target 0`,
    );
    console.log(`Variants merged         ${r(s.variantsMerged)}     target ≥ 0.9`);
    console.log(`Role accuracy           ${r(s.roleAccuracy)}`);
    console.log(`Roles cut mid-phrase    ${s.cutRoles.length}`);
    if (values.errors && half === "tuning") {
      console.log("Errors (tuning half):");
      for (const e of s.errors) console.log(`  - ${e}`);
    }
    const { errors: _errors, ...figures } = s;
    // The held-out half's errors stay unseen: its results file holds counts, never names.
    results[half] =
      half === "tuning"
        ? figures
        : {
            ...figures,
            nonPeopleWithTwoMentions: s.nonPeopleWithTwoMentions.map(() => "(held out)"),
            cutRoles: s.cutRoles.map(() => "(held out)"),
          };
  }
} finally {
  await rm(dir, { recursive: true, force: true });
}
await writeFile(
  join(packageRoot(), "bench", "results", "quotes-eval.json"),
  `${JSON.stringify({ measuredOn: "bench/gold/quotes (shared corpus, seed 17)", background, ...results }, null, 2)}\n`,
);
