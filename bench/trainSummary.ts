/**
 * `npm run train:summary [-- --corpus FILE --articles N --out FILE]`: trains the learned sentence
 * scorer (src/summarize/learnedScorer.ts) on the first N articles (10,000 by default) of the
 * shared OrangeSum news corpus (../shared/corpora/orangesum-news.jsonl.gz, none of them in the
 * OrangeSum test split; bench/data is never read) and writes src/summarize/sentenceModel.json.
 * Each article is cleaned as `briefbot summarize` cleans it (`articleOfText`); each of its
 * sentences is a row: its `sentenceFeatures` and, as target, the mean of its ROUGE-1 and ROUGE-2
 * F1 against the article's standfirst (`heading`) over the article's best, cubed
 * (`trainingRows`). Articles without a standfirst are skipped. About 30 s of one core.
 * Deterministic: the same corpus gives the same file byte for byte.
 */
import { existsSync } from "node:fs";
import { writeFile } from "node:fs/promises";
import { basename, join, resolve } from "node:path";
import { parseArgs } from "node:util";
import { articleOfText } from "../briefings/summarizeDocument.js";
import { packageRoot } from "../src/config/paths.js";
import { readSharedCorpus, SHARED_CORPUS } from "./gold/sharedCorpus.js";
import { FIT_OPTIONS, fitLogistic, type TrainingRow, trainingRows } from "./trainSummaryData.js";

function usage(message: string): never {
  console.error(
    `train:summary: ${message}\nUsage: npm run train:summary -- [--corpus file] [--articles n] [--out file]`,
  );
  process.exit(2);
}

function commandLine() {
  try {
    return parseArgs({
      options: {
        corpus: { type: "string" },
        articles: { type: "string" },
        out: { type: "string" },
      },
    });
  } catch (error) {
    return usage((error as Error).message);
  }
}

const { values } = commandLine();
const corpus = resolve(values.corpus ?? SHARED_CORPUS);
if (!existsSync(corpus)) {
  console.error(
    `train:summary: no corpus at ${corpus}. The shared OrangeSum news corpus lives beside a ` +
      "checkout in ../shared/corpora/orangesum-news.jsonl.gz; pass another with --corpus.",
  );
  process.exit(1);
}
const limit = values.articles === undefined ? 10_000 : Number(values.articles);
if (!Number.isInteger(limit) || limit < 1) {
  usage(`--articles expects a positive whole number, found '${values.articles}'`);
}
const out = resolve(values.out ?? join(packageRoot(), "src", "summarize", "sentenceModel.json"));

const started = performance.now();
const rows: TrainingRow[] = [];
let read = 0;
let used = 0;
for await (const shared of readSharedCorpus(corpus)) {
  if (read >= limit) break;
  read++;
  if (shared.heading.trim() === "") continue;
  const article = articleOfText({ id: shared.id, text: shared.text, title: shared.title });
  if (article === null) continue;
  used++;
  rows.push(...trainingRows(article, shared.heading));
}
const featured = performance.now();
const model = fitLogistic(rows);
const file = {
  method:
    "logistic regression, soft targets ((mean ROUGE-1/ROUGE-2 F1 of the sentence against the standfirst, over the article's best)^3), full-batch gradient descent from zero on standardised features",
  corpus: basename(corpus),
  articlesRead: read,
  articlesUsed: used,
  sentences: rows.length,
  iterations: FIT_OPTIONS.iterations,
  learningRate: FIT_OPTIONS.learningRate,
  ...model,
};
await writeFile(out, `${JSON.stringify(file, null, 2)}\n`);
const seconds = (ms: number): string => (ms / 1000).toFixed(1);
console.log(
  `Trained on ${used} of the first ${read} articles of ${basename(corpus)} (${rows.length} sentences): ` +
    `features ${seconds(featured - started)} s, fit ${seconds(performance.now() - featured)} s.\nModel: ${out}`,
);
