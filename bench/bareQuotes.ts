/**
 * `npm run eval:bare-quotes [-- --corpus <orangesum-news.jsonl.gz>] [--sample n] [--index n]`
 *
 * How often a quote reaches a reader without its speaker, on real news (issue 17, point 5):
 * - `summarize` on `--sample` articles (default 600) of the shared corpus drawn at random with
 *   seed 5 (every article kept with probability sample / 34,025), at the default budget and at
 *   5 sentences / 120 words, with and without the speaker step (`documentQuoteSpeakers`);
 * - every topic briefing, the daily digest and the profiles of the 30 most mentioned people of an
 *   index of the first `--index` articles (default 2,000).
 * A shown sentence is a bare quote when `isBareQuote` says so (checked on the shown text alone).
 * Reads ../shared/corpora/orangesum-news.jsonl.gz by default (a user's clone has none: skipped,
 * saying so). Writes bench/results/bare-quotes.json.
 */
import { existsSync } from "node:fs";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { buildDigest } from "../briefings/digest.js";
import { documentQuoteSpeakers } from "../briefings/documentQuoteSpeakers.js";
import { buildOfficialProfile } from "../briefings/officialProfile.js";
import { summarizeDocument } from "../briefings/summarizeDocument.js";
import { buildTopicBriefing } from "../briefings/topicBriefing.js";
import { loadEngine } from "../src/app.js";
import { defaultConfigDir, packageRoot } from "../src/config/paths.js";
import { extractiveSummarizer as summarizer } from "../src/summarize/extractiveSummarizer.js";
import { ARTICLE_SUMMARY_SETTINGS } from "../src/summarize/summarizeArticle.js";
import { readSharedCorpus, SHARED_CORPUS } from "./gold/sharedCorpus.js";
import { mulberry32 } from "./perf/prng.js";
import { isBareQuote } from "./quoteShown.js";

const { values } = parseArgs({
  options: {
    corpus: { type: "string", default: SHARED_CORPUS },
    sample: { type: "string", default: "600" },
    index: { type: "string", default: "2000" },
  },
});
const sample = Number(values.sample);
const indexSize = Number(values.index);
if (![sample, indexSize].every((n) => Number.isInteger(n) && n > 0)) {
  console.error("eval:bare-quotes: --sample and --index expect positive whole numbers");
  process.exit(2);
}
if (!existsSync(values.corpus)) {
  console.log(
    `eval:bare-quotes: skipped — the shared corpus ${values.corpus} is not here (a user's clone has no ../shared; pass --corpus <orangesum-news.jsonl.gz>)`,
  );
  process.exit(0);
}

interface Tally {
  sentences: number;
  bare: number;
  examples: string[];
}
const tally = (): Tally => ({ sentences: 0, bare: 0, examples: [] });
function count(t: Tally, shown: readonly string[]): void {
  for (const s of shown) {
    t.sentences++;
    if (isBareQuote(s)) {
      t.bare++;
      if (t.examples.length < 5) t.examples.push(s);
    }
  }
}

const budgets = [
  { name: "default (2 sentences, 32 words)", budget: { maxSentences: 2, maxWords: 32 } },
  { name: "5 sentences, 120 words", budget: { maxSentences: 5, maxWords: 120 } },
];
const summaries = budgets.map((b) => ({ ...b, without: tally(), with: tally() }));
const random = mulberry32(5);
const keep = sample / 34025;
let drawn = 0;
const head: string[] = [];
for await (const a of readSharedCorpus(values.corpus)) {
  if (head.length < indexSize)
    head.push(JSON.stringify({ title: a.title, date: a.date, text: a.text }));
  if (random() >= keep) continue;
  drawn++;
  for (const s of summaries) {
    const input = { id: a.id, text: a.text };
    const plain = summarizeDocument(input, s.budget, ARTICLE_SUMMARY_SETTINGS);
    const credited = summarizeDocument(
      input,
      s.budget,
      ARTICLE_SUMMARY_SETTINGS,
      documentQuoteSpeakers,
    );
    if (plain.ok)
      count(
        s.without,
        plain.summary.sentences.map((x) => x.text),
      );
    if (credited.ok)
      count(
        s.with,
        credited.summary.sentences.map((x) => x.text),
      );
  }
}

const dir = await mkdtemp(join(tmpdir(), "briefbot-bare-"));
for (let part = 0; part * 500 < head.length; part++) {
  const lines = head.slice(part * 500, (part + 1) * 500);
  await writeFile(join(dir, `articles-${part}.jsonl`), `${lines.join("\n")}\n`);
}
const index = await loadEngine({ corpusDir: dir, configDir: defaultConfigDir() });
await rm(dir, { recursive: true, force: true });
const now = new Date("2026-01-01T08:00:00Z");
const briefings = tally();
for (const topic of index.topics) {
  count(
    briefings,
    buildTopicBriefing(index, topic, { now, summarizer }).sentences.map((s) => s.text),
  );
}
const digest = tally();
const built = buildDigest(index, { now, summarizer });
count(digest, [
  ...built.topStories.map((s) => s.text),
  ...built.sections.flatMap((s) => s.sentences.map((x) => x.text)),
]);
const profiles = tally();
const people = [...index.officials.people]
  .map((p) => ({ p, n: index.officials.mentions.get(p.id)?.length ?? 0 }))
  .sort((a, b) => b.n - a.n)
  .slice(0, 30);
for (const { p } of people) {
  count(
    profiles,
    buildOfficialProfile(index, p, p.name, { now, summarizer }).summary.map((s) => s.text),
  );
}

const rate = (t: Tally) => (t.sentences === 0 ? 0 : t.bare / t.sentences);
const result = {
  measuredOn: `summaries: ${drawn} shared-corpus articles drawn with seed 5; briefings, digest, profiles: index of the first ${indexSize} shared-corpus articles`,
  summaries: summaries.map((s) => ({
    budget: s.name,
    withoutSpeakers: { ...s.without, rate: rate(s.without) },
    withSpeakers: { ...s.with, rate: rate(s.with) },
  })),
  briefings: { ...briefings, rate: rate(briefings) },
  digest: { ...digest, rate: rate(digest) },
  profiles: { ...profiles, rate: rate(profiles) },
};
console.log(`bare quotes shown (${result.measuredOn})`);
for (const s of result.summaries) {
  console.log(
    `  summarize ${s.budget}: ${s.withSpeakers.bare}/${s.withSpeakers.sentences} (without the speaker step ${s.withoutSpeakers.bare}/${s.withoutSpeakers.sentences})`,
  );
}
for (const name of ["briefings", "digest", "profiles"] as const) {
  console.log(`  ${name}: ${result[name].bare}/${result[name].sentences}`);
}
await writeFile(
  join(packageRoot(), "bench", "results", "bare-quotes.json"),
  `${JSON.stringify(result, null, 2)}\n`,
);
