/**
 * `npm run bench:topics [-- --articles 10000] [--skip 0] [--corpus <orangesum-news.jsonl.gz>] [--sentences 20]`
 *
 * Topic precision on real news (issue 20, point 6): builds the index over N articles of the shared
 * corpus (general French news 2017–2020, about none of the configured topics in the main) — the
 * first N by default, or with `--skip S` articles S+1 .. S+N in file order (e.g. `--skip 10000` for
 * a held-out slice the topic rules were not tuned on) — then prints, per configured topic, how
 * many articles and sentences it claims (the `topics` figures) and the top sentences of its
 * briefing, for a person to read and count the off-topic ones (bench/results/topic-precision.md
 * gives the reading rules and the counts). The shared corpus is not in a user's clone: the script
 * says so and stops.
 */
import { existsSync } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { buildTopicBriefing } from "../briefings/topicBriefing.js";
import { topicCoverage } from "../commands/topicCoverage.js";
import { BRIEFING_SUMMARIZER, loadEngine } from "../src/app.js";
import { defaultConfigDir } from "../src/config/paths.js";
import { nothingAbout } from "../src/present/briefingDocument.js";
import { topicFigures } from "../src/present/listDocuments.js";
import { SHARED_CORPUS } from "./gold/sharedCorpus.js";
import { writeFirstArticles } from "./real/realBuilds.js";

const { values } = parseArgs({
  options: {
    articles: { type: "string", default: "10000" },
    skip: { type: "string", default: "0" },
    sentences: { type: "string", default: "20" },
    corpus: { type: "string", default: SHARED_CORPUS },
  },
});
const articles = Number(values.articles);
const shown = Number(values.sentences);
const skip = Number(values.skip);
if (![articles, shown].every((n) => Number.isInteger(n) && n > 0)) {
  console.error(
    `bench:topics: --articles and --sentences expect positive whole numbers, found '${values.articles}' and '${values.sentences}'`,
  );
  process.exit(2);
}
if (!Number.isInteger(skip) || skip < 0) {
  console.error(`bench:topics: --skip expects a whole number >= 0, found '${values.skip}'`);
  process.exit(2);
}
const corpus = values.corpus ?? SHARED_CORPUS;
if (!existsSync(corpus)) {
  console.log(
    `bench:topics: skipped — the shared corpus ${corpus} is not here (a user's clone has no ../shared; pass --corpus <orangesum-news.jsonl.gz>)`,
  );
  process.exit(0);
}

const dir = await mkdtemp(join(tmpdir(), "briefbot-topics-"));
try {
  const n = await writeFirstArticles(corpus, articles, dir, skip);
  const started = performance.now();
  const index = await loadEngine({ corpusDir: dir, configDir: defaultConfigDir() });
  const seconds = (performance.now() - started) / 1000;
  const now = new Date();
  console.log(
    `${n} articles of ${corpus} (${skip === 0 ? "first lines" : `lines after the first ${skip} articles`}): ${index.sentences.length} indexed sentences, built in ${seconds.toFixed(1)} s`,
  );
  const coverage = topicCoverage(index);
  for (const topic of index.topics) {
    const summary = coverage.find((c) => c.id === topic.id);
    console.log(`\n## ${topic.title} (${topic.id}): ${topic.description}`);
    if (summary) console.log(`claimed: ${topicFigures(summary)}`);
    const briefing = buildTopicBriefing(index, topic, {
      now,
      summarizer: BRIEFING_SUMMARIZER,
      maxSentences: shown,
      maxChars: 1_000_000,
    });
    if (briefing.sentences.length === 0) console.log(`briefing: ${nothingAbout(topic.title)}`);
    briefing.sentences.forEach((s, i) => {
      console.log(`${String(i + 1).padStart(2)}. [${s.source.title}] ${s.text}`);
    });
  }
} finally {
  await rm(dir, { recursive: true, force: true });
}
