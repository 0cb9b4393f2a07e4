/**
 * `npm run eval:stories [-- --corpus <orangesum-news.jsonl.gz>] [--context-days 6] [--errors]`
 *
 * Story clustering against the day pairs of bench/gold/stories/ (labelled by reading; its README
 * gives the rules). For each pair, the articles of the shared corpus (default
 * ../shared/corpora/orangesum-news.jsonl.gz) dated from `--context-days` days before its first
 * day to its second day are indexed as one corpus, the way `serve` would hold a week of news;
 * the pair's articles are scored with B-cubed precision, recall and F1 against the gold stories,
 * beside two trivial baselines (every article alone; same first three title words). Reported per
 * half: the tuning days, and the held-out days nobody tunes on. `--errors` lists the tuning
 * days' wrong merges and splits (never the held-out days'). `--settings '{"threshold":0.35}'`
 * tries other story settings (tuning days only are printed then).
 */
import { access, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { loadEngine } from "../src/app.js";
import { defaultConfigDir, packageRoot } from "../src/config/paths.js";
import type { CorpusIndex } from "../src/index/corpusIndex.js";
import { mentionsByArticle } from "../src/index/mentionsByArticle.js";
import { foldDiacritics } from "../src/nlp/normalize.js";
import { buildStories, STORY_SETTINGS, type StorySettings } from "../src/stories/buildStories.js";
import { ObjectMemo } from "../src/util/objectMemo.js";
import { readSharedCorpus, SHARED_CORPUS, type SharedArticle } from "./gold/sharedCorpus.js";
import { type BCubed, bcubed } from "./stories/bcubed.js";
import { loadStoryGold, type StoryGoldFile } from "./stories/storyGold.js";

const { values } = parseArgs({
  options: {
    corpus: { type: "string", default: SHARED_CORPUS },
    "context-days": { type: "string", default: "6" },
    errors: { type: "boolean", default: false },
    settings: { type: "string" },
  },
});
const contextDays = Number(values["context-days"]);
if (!Number.isInteger(contextDays) || contextDays < 0) {
  console.error(
    `eval:stories: --context-days expects a whole number, found '${values["context-days"]}'`,
  );
  process.exit(2);
}
try {
  await access(values.corpus);
} catch {
  console.error(
    `eval:stories: the shared corpus is not at ${values.corpus} (give --corpus <path>)`,
  );
  process.exit(2);
}
const trying = values.settings !== undefined;
const settings: StorySettings = trying
  ? { ...STORY_SETTINGS, ...(JSON.parse(values.settings as string) as Partial<StorySettings>) }
  : STORY_SETTINGS;

const gold = (await loadStoryGold(join(packageRoot(), "bench", "gold", "stories"))).filter(
  (g) => !trying || g.half === "tuning",
);
const dayMs = 86_400_000;
const windows = gold.map((g) => ({
  from: new Date(Date.parse(g.days[0]) - contextDays * dayMs).toISOString().slice(0, 10),
  to: g.days[1],
}));
const byFile = gold.map(() => [] as SharedArticle[]);
for await (const a of readSharedCorpus(values.corpus)) {
  if (a.date === null) continue;
  windows.forEach((w, i) => {
    if (a.date !== null && a.date >= w.from && a.date <= w.to) byFile[i]?.push(a);
  });
}

interface Row {
  readonly gold: StoryGoldFile;
  readonly system: BCubed;
  readonly singletons: BCubed;
  readonly titleWords: BCubed;
  readonly corpusArticles: number;
  readonly skipped: number;
}
const rows: Row[] = [];
for (const [i, g] of gold.entries()) {
  const articles = byFile[i] ?? [];
  const dir = await mkdtemp(join(tmpdir(), "briefbot-stories-"));
  try {
    for (const a of articles) {
      await writeFile(
        join(dir, `${a.id}.json`),
        JSON.stringify({ title: a.title, date: a.date, text: a.text }),
      );
    }
    const index = await loadEngine({ corpusDir: dir, configDir: defaultConfigDir() });
    const placed = trying ? restory(index, settings) : storyOfArticles(index);
    const titles = new Map(articles.map((a) => [a.id, firstWords(a.title)]));
    rows.push({
      gold: g,
      system: bcubed(g.stories, placed),
      singletons: bcubed(g.stories, new Map()),
      titleWords: bcubed(g.stories, titles),
      corpusArticles: index.articles.length,
      skipped: [...g.stories.keys()].filter((id) => !placed.has(id)).length,
    });
    if (values.errors && g.half === "tuning") printErrors(g, placed);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

const f = (x: number) => x.toFixed(3);
const line = (name: string, b: BCubed) =>
  `  ${name.padEnd(22)} P ${f(b.precision)}  R ${f(b.recall)}  F1 ${f(b.f1)}`;
console.log(
  `Story clustering, B-cubed over the articles of bench/gold/stories/ (context: ${contextDays} days before each pair, from ${values.corpus})`,
);
for (const r of rows) {
  console.log(
    `${r.gold.half} ${r.gold.days.join("/")}: ${r.gold.stories.size} gold articles (${r.corpusArticles} indexed, ${r.skipped} placed in no story)`,
  );
  console.log(line("briefbot", r.system));
  console.log(line("all singletons", r.singletons));
  console.log(line("same 3 title words", r.titleWords));
}
for (const half of ["tuning", "heldout"] as const) {
  const of = rows.filter((r) => r.gold.half === half);
  if (of.length === 0) continue;
  console.log(
    `== ${half} half (${of.map((r) => r.gold.days[0]).join(", ")}), micro-averaged over articles`,
  );
  console.log(line("briefbot", pooled(of.map((r) => r.system))));
  console.log(line("all singletons", pooled(of.map((r) => r.singletons))));
  console.log(line("same 3 title words", pooled(of.map((r) => r.titleWords))));
}
if (!trying) {
  const out = join(packageRoot(), "bench", "results", "stories-eval.json");
  await writeFile(
    out,
    `${JSON.stringify(
      {
        contextDays,
        settings,
        pairs: rows.map((r) => ({
          half: r.gold.half,
          days: r.gold.days,
          articles: r.gold.stories.size,
          indexed: r.corpusArticles,
          skipped: r.skipped,
          briefbot: r.system,
          singletons: r.singletons,
          titleWords: r.titleWords,
        })),
      },
      null,
      2,
    )}\n`,
  );
  console.log(`written ${out}`);
}

/** Averages per-pair scores weighted by their articles (the same as scoring all articles at once). */
function pooled(scores: readonly BCubed[]): BCubed {
  const n = scores.reduce((s, b) => s + b.items, 0) || 1;
  const p = scores.reduce((s, b) => s + b.precision * b.items, 0) / n;
  const r = scores.reduce((s, b) => s + b.recall * b.items, 0) / n;
  return { precision: p, recall: r, f1: p + r === 0 ? 0 : (2 * p * r) / (p + r), items: n };
}

function storyOfArticles(index: CorpusIndex): Map<string, string> {
  return new Map([...index.stories.byArticle].map(([id, s]) => [id, s.id]));
}

function restory(index: CorpusIndex, tried: StorySettings): Map<string, string> {
  const stories = buildStories(
    index.articles,
    { terms: new ObjectMemo(), mentions: mentionsByArticle(index.officials), ledger: new Map() },
    tried,
  );
  return new Map([...stories.byArticle].map(([id, s]) => [id, s.id]));
}

function firstWords(title: string): string {
  return foldDiacritics(title.toLowerCase())
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w !== "")
    .slice(0, 3)
    .join(" ");
}

function printErrors(g: StoryGoldFile, placed: ReadonlyMap<string, string>): void {
  const title = (id: string) => `${id} ${(g.titles.get(id) ?? "").slice(0, 70)}`;
  const ids = [...g.stories.keys()];
  for (const [i, a] of ids.entries()) {
    for (const b of ids.slice(i + 1)) {
      const sameGold = g.stories.get(a) === g.stories.get(b);
      const sameSystem = placed.get(a) !== undefined && placed.get(a) === placed.get(b);
      if (sameGold && !sameSystem) console.log(`  split: ${title(a)}\n      | ${title(b)}`);
      if (!sameGold && sameSystem) console.log(`  MERGED: ${title(a)}\n      | ${title(b)}`);
    }
  }
}
