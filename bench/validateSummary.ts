/**
 * `npm run validate:summary [-- --corpus FILE --from N --count N]`: ROUGE of the single-article
 * summarizer against the standfirst of shared-corpus articles the scorer was not trained on
 * (by default articles 30,001–32,000; training reads the first 10,000), for the lead baselines
 * and each scorer. Where settings of the learned path are chosen; bench/data is never read.
 */
import { existsSync } from "node:fs";
import { resolve } from "node:path";
import { parseArgs } from "node:util";
import { articleOfText } from "../briefings/summarizeDocument.js";
import {
  ARTICLE_SUMMARY_SETTINGS,
  DEFAULT_ARTICLE_BUDGET,
  LEARNED_ONLY_ARTICLE_SETTINGS,
  LEXRANK_ARTICLE_SETTINGS,
} from "../src/summarize/summarizeArticle.js";
import { readSharedCorpus, SHARED_CORPUS } from "./gold/sharedCorpus.js";
import { meanScores, scoreSummary } from "./rouge.js";
import { briefbotSystem, leadSystem, type SummarySystem } from "./summaryRun.js";

/** Stops with a usage message (exit 2), not a stack trace. */
function usage(message: string): never {
  console.error(
    `validate:summary: ${message}\nUsage: npm run validate:summary -- [--corpus file] [--from n] [--count n]`,
  );
  process.exit(2);
}

function commandLine() {
  try {
    return parseArgs({
      options: { corpus: { type: "string" }, from: { type: "string" }, count: { type: "string" } },
    });
  } catch (error) {
    return usage((error as Error).message);
  }
}

function positiveInteger(flag: string, value: string | undefined, fallback: number): number {
  if (value === undefined) return fallback;
  if (!/^\d+$/.test(value) || Number(value) < 1) {
    usage(`--${flag} expects a positive whole number, found '${value}'`);
  }
  return Number(value);
}

const { values } = commandLine();
const corpus = resolve(values.corpus ?? SHARED_CORPUS);
if (!existsSync(corpus)) {
  console.error(`validate:summary: no corpus at ${corpus}; pass one with --corpus.`);
  process.exit(1);
}
const from = positiveInteger("from", values.from, 30_001);
const count = positiveInteger("count", values.count, 2000);
/** The learned exponents and the set search were compared without the filler floor. */
const NO_FLOOR = { ...ARTICLE_SUMMARY_SETTINGS, minShare: 0 };
const systems: [string, SummarySystem][] = [
  ["first sentence", leadSystem(1)],
  ["first two sentences", leadSystem(2)],
  ["LexRank × prior", briefbotSystem(DEFAULT_ARTICLE_BUDGET, LEXRANK_ARTICLE_SETTINGS)],
  [
    "prior × learned^0.5",
    briefbotSystem(DEFAULT_ARTICLE_BUDGET, { ...NO_FLOOR, learnedWeight: 0.5 }),
  ],
  ["prior × learned^1", briefbotSystem(DEFAULT_ARTICLE_BUDGET, { ...NO_FLOOR, learnedWeight: 1 })],
  ["prior × learned^2", briefbotSystem(DEFAULT_ARTICLE_BUDGET, { ...NO_FLOOR, learnedWeight: 2 })],
  ["prior × learned^4", briefbotSystem(DEFAULT_ARTICLE_BUDGET, { ...NO_FLOOR, learnedWeight: 4 })],
  [
    "√learned, set search α 0.5",
    briefbotSystem(DEFAULT_ARTICLE_BUDGET, {
      ...NO_FLOOR,
      setSearch: { lengthPenalty: 0.5, pool: 5 },
    }),
  ],
  [
    "√learned, set search α 1",
    briefbotSystem(DEFAULT_ARTICLE_BUDGET, {
      ...NO_FLOOR,
      setSearch: { lengthPenalty: 1, pool: 5 },
    }),
  ],
  ["learned only", briefbotSystem(DEFAULT_ARTICLE_BUDGET, LEARNED_ONLY_ARTICLE_SETTINGS)],
  [
    "√learned, min share 0.1",
    briefbotSystem(DEFAULT_ARTICLE_BUDGET, { ...ARTICLE_SUMMARY_SETTINGS, minShare: 0.1 }),
  ],
  [
    "√learned, min share 0.2",
    briefbotSystem(DEFAULT_ARTICLE_BUDGET, { ...ARTICLE_SUMMARY_SETTINGS, minShare: 0.2 }),
  ],
  [
    "√learned, min share 0.3 (the default)",
    briefbotSystem(DEFAULT_ARTICLE_BUDGET, ARTICLE_SUMMARY_SETTINGS),
  ],
  [
    "√learned, min share 0.4",
    briefbotSystem(DEFAULT_ARTICLE_BUDGET, { ...ARTICLE_SUMMARY_SETTINGS, minShare: 0.4 }),
  ],
];
const scores = systems.map(() => [] as ReturnType<typeof scoreSummary>[]);
let n = 0;
for await (const shared of readSharedCorpus(corpus)) {
  n++;
  if (n < from) continue;
  if (n >= from + count) break;
  if (shared.heading.trim() === "") continue;
  const article = articleOfText({ id: shared.id, text: shared.text, title: shared.title });
  systems.forEach(([, system], i) => {
    const out = article === null ? [] : system(article);
    scores[i]?.push(scoreSummary(out.join(" "), shared.heading));
  });
}
const f = (x: number): string => x.toFixed(2).padStart(6);
console.log(
  `Shared corpus articles ${from}–${from + count - 1} with a standfirst (${scores[0]?.length}):`,
);
systems.forEach(([name], i) => {
  const m = meanScores(scores[i] ?? []);
  console.log(`  ${name.padEnd(24)} ${f(m.rouge1)} ${f(m.rouge2)} ${f(m.rougeL)}`);
});
