/**
 * `npm run tune:summary`: the grid search that chose the single-article settings. It reads only
 * articles 1–100 of bench/data (the tuning half) and ranks each setting by the mean of ROUGE-1,
 * ROUGE-2 and ROUGE-L there; articles 101–200 are never looked at (see `npm run eval:summary`).
 */
import {
  ARTICLE_SUMMARY_SETTINGS,
  type ArticleSummarySettings,
  DEFAULT_ARTICLE_BUDGET,
} from "../src/summarize/summarizeArticle.js";
import { loadOrangeSum, TUNING } from "./orangesum.js";
import { briefbotSystem, meanOf, prepareArticles, runSystem } from "./summaryRun.js";

const tuning = prepareArticles((await loadOrangeSum()).slice(TUNING.from, TUNING.to));

function evaluate(settings: ArticleSummarySettings) {
  const results = runSystem(briefbotSystem(DEFAULT_ARTICLE_BUDGET, settings), tuning);
  const mean = meanOf(results, 0, results.length);
  return { ...mean, objective: (mean.rouge1 + mean.rouge2 + mean.rougeL) / 3 };
}

const base = ARTICLE_SUMMARY_SETTINGS;
const rows: { name: string; score: ReturnType<typeof evaluate> }[] = [];
for (const lead of [0.5, 1, 1.5, 2]) {
  for (const leadDecay of [0.3, 0.5, 0.7, 1]) {
    for (const title of [0, 1, 2, 3, 4]) {
      for (const centralityWeight of [0, 0.1, 0.25, 0.5]) {
        const settings = {
          ...base,
          centralityWeight,
          priors: { ...base.priors, lead, leadDecay, title },
        };
        const name = `lead ${lead} decay ${leadDecay} title ${title} centrality ${centralityWeight}`;
        rows.push({ name, score: evaluate(settings) });
      }
    }
  }
}
rows.sort((a, b) => b.score.objective - a.score.objective);
const f = (x: number) => x.toFixed(2).padStart(6);
const current = `lead ${base.priors.lead} decay ${base.priors.leadDecay} title ${base.priors.title} centrality ${base.centralityWeight}`;
console.log(`Articles ${TUNING.from + 1}–${TUNING.to} only; budget as eval:summary. R-1 R-2 R-L`);
for (const [rank, row] of rows.entries()) {
  if (rank < 15 || row.name === current) {
    const mark = row.name === current ? "  ← ARTICLE_SUMMARY_SETTINGS" : "";
    console.log(
      `${String(rank + 1).padStart(3)}. ${row.name.padEnd(48)} ${f(row.score.rouge1)} ${f(row.score.rouge2)} ${f(row.score.rougeL)}${mark}`,
    );
  }
}
