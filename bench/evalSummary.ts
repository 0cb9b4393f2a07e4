/**
 * `npm run eval:summary [-- --words N --sentences N --out FILE]`: ROUGE-1/2/L F1 of briefbot's
 * single-article summarizer on the 200 OrangeSum articles of bench/data — the default (LexRank ×
 * prior × √learned score, the learned scorer trained on the shared corpus only, never on these
 * 200), the learned score alone and the LexRank × prior scorer before it — next to the lead baselines computed in the same run and the published figures, for
 * articles 1–100 (where the LexRank settings were chosen), 101–200 and all 200. Writes
 * per-article scores as JSON.
 */
import { mkdir, writeFile } from "node:fs/promises";
import { dirname, join, resolve } from "node:path";
import { parseArgs } from "node:util";
import { packageRoot } from "../src/config/paths.js";
import {
  ARTICLE_SUMMARY_SETTINGS,
  type ArticleBudget,
  LEARNED_ONLY_ARTICLE_SETTINGS,
  LEXRANK_ARTICLE_SETTINGS,
} from "../src/summarize/summarizeArticle.js";
import { loadOrangeSum, SPLITS } from "./orangesum.js";
import type { RougeScores } from "./rouge.js";
import {
  type ArticleResult,
  briefbotSystem,
  leadSystem,
  meanOf,
  prepareArticles,
  qualityOf,
  runSystem,
} from "./summaryRun.js";

/** Published rows (bench/data/README.md): full test split, and these 200 articles. */
const PUBLISHED_FULL_SPLIT: readonly [string, number, number, number][] = [
  ["LEAD (first sentence)", 22.21, 7.0, 15.48],
  ["first two sentences", 28.61, 10.11, 18.24],
  ["CamemBERT2CamemBERT (abstractive)", 29.23, 9.79, 19.95],
  ["BARThez (abstractive)", 31.44, 12.77, 22.23],
  ["mBARThez (abstractive)", 32.67, 13.73, 23.18],
  ["extractive oracle (paper)", 38.36, 20.87, 31.08],
];
const PUBLISHED_200: readonly [string, number, number, number][] = [
  ["first sentence", 21.53, 6.73, 15.0],
  ["first two sentences", 28.33, 10.39, 18.18],
  ["BARThez", 32.17, 14.02, 23.41],
];

/** Stops with a usage message (exit 2), not a stack trace. */
function usage(message: string): never {
  console.error(
    `eval:summary: ${message}\nUsage: npm run eval:summary -- [--words n] [--sentences n] [--out file]`,
  );
  process.exit(2);
}

function positiveInteger(flag: string, value: string | undefined, fallback: number): number {
  if (value === undefined) return fallback;
  if (!/^\d+$/.test(value) || Number(value) < 1) {
    usage(`--${flag} expects a positive whole number, found '${value}'`);
  }
  return Number(value);
}

function commandLine() {
  try {
    return parseArgs({
      options: {
        words: { type: "string" },
        sentences: { type: "string" },
        out: { type: "string" },
      },
    });
  } catch (error) {
    return usage((error as Error).message);
  }
}

const { values } = commandLine();
const budget: ArticleBudget = {
  maxSentences: positiveInteger("sentences", values.sentences, 2),
  maxWords: positiveInteger("words", values.words, 32),
};
const out = resolve(values.out ?? join(packageRoot(), "bench", "results", "summary-scores.json"));

const articles = prepareArticles(await loadOrangeSum());
const systems: [string, ArticleResult[]][] = [
  ["first sentence", runSystem(leadSystem(1), articles)],
  ["first two sentences", runSystem(leadSystem(2), articles)],
  [
    "briefbot, LexRank × prior (before)",
    runSystem(briefbotSystem(budget, LEXRANK_ARTICLE_SETTINGS), articles),
  ],
  [
    "briefbot, prior × √learned (now)",
    runSystem(briefbotSystem(budget, ARTICLE_SUMMARY_SETTINGS), articles),
  ],
  [
    "briefbot, √learned, best set",
    runSystem(
      briefbotSystem(budget, {
        ...ARTICLE_SUMMARY_SETTINGS,
        setSearch: { lengthPenalty: 0.5, pool: 5 },
      }),
      articles,
    ),
  ],
  [
    "briefbot, learned score alone",
    runSystem(briefbotSystem(budget, LEARNED_ONLY_ARTICLE_SETTINGS), articles),
  ],
];

const f = (x: number): string => x.toFixed(2).padStart(6);
const triple = (s: RougeScores): string => `${f(s.rouge1)} ${f(s.rouge2)} ${f(s.rougeL)}`;
const header = SPLITS.map((s) => s.name.padEnd(20)).join(" | ");
const lines = [
  "OrangeSum Abstract, first 200 test articles (bench/data). ROUGE-1 / ROUGE-2 / ROUGE-L F1 × 100,",
  "rouge-score defaults (lowercase, [^a-z0-9] → space, no stemming, ROUGE-L on the whole text).",
  `briefbot budget: at most ${budget.maxSentences} sentences, about ${budget.maxWords} words.`,
  "",
  `${"system".padEnd(36)} | ${header} | words`,
  ...systems.map(
    ([name, results]) =>
      `${name.padEnd(36)} | ${SPLITS.map((s) => triple(meanOf(results, s.from, s.to))).join(" | ")} | ${qualityOf(results).meanWords}`,
  ),
  ...PUBLISHED_200.map(
    ([name, r1, r2, rl]) =>
      `${`published: ${name}`.padEnd(36)} | ${" ".repeat(20)} | ${" ".repeat(20)} | ${f(r1)} ${f(r2)} ${f(rl)}`,
  ),
  "",
  "Published on the full test split (1,500 articles):",
  ...PUBLISHED_FULL_SPLIT.map(
    ([name, r1, r2, rl]) => `  ${name.padEnd(34)} ${f(r1)} ${f(r2)} ${f(rl)}`,
  ),
  "",
  "Output sentences (all 200): total / cut mid-way / unmatched quote mark / dangling connective",
  ...systems.map(([name, results]) => {
    const q = qualityOf(results);
    return `  ${name.padEnd(34)} ${q.sentences} / ${q.cut} / ${q.unmatchedQuote} / ${q.danglingConnective}`;
  }),
];
console.log(lines.join("\n"));

/** Scores rounded: to 4 decimals for per-article scores in [0, 1], to 2 for means × 100. */
const round = (s: RougeScores, scale = 1e4) => ({
  rouge1: Math.round(s.rouge1 * scale) / scale,
  rouge2: Math.round(s.rouge2 * scale) / scale,
  rougeL: Math.round(s.rougeL * scale) / scale,
});
const report = {
  benchmark:
    "OrangeSum Abstract test split, first 200 articles (bench/data/orangesum-test-200.jsonl)",
  scoring: "ROUGE F1 in [0, 1], rouge-score defaults, js-rouge (bench/rouge.ts); means × 100",
  budget,
  settings: ARTICLE_SUMMARY_SETTINGS,
  settingsBefore: LEXRANK_ARTICLE_SETTINGS,
  settingsLearnedOnly: LEARNED_ONLY_ARTICLE_SETTINGS,
  means: Object.fromEntries(
    systems.map(([name, results]) => [
      name,
      Object.fromEntries(SPLITS.map((s) => [s.name, round(meanOf(results, s.from, s.to), 1e2)])),
    ]),
  ),
  quality: Object.fromEntries(systems.map(([name, results]) => [name, qualityOf(results)])),
  articles: articles.map(({ source }, i) => ({
    n: i + 1,
    id: source.id,
    half: i < 100 ? "tuning" : "held out",
    scores: Object.fromEntries(
      systems.map(([name, results]) => [
        name,
        round(results[i]?.scores ?? { rouge1: 0, rouge2: 0, rougeL: 0 }),
      ]),
    ),
    summary: systems[3]?.[1][i]?.sentences ?? [],
    summaryBefore: systems[2]?.[1][i]?.sentences ?? [],
  })),
};
await mkdir(dirname(out), { recursive: true });
await writeFile(out, `${JSON.stringify(report, null, 2)}\n`);
console.log(`\nPer-article scores: ${out}`);
