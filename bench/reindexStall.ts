/**
 * `npm run bench:stall [-- --articles 10000] [--added 30] [--corpus <orangesum-news.jsonl.gz>]
 *   [--out <file.json>]` (`npm run bench` runs it too, after the real-news builds)
 *
 * How long a serving process stops answering while a poll's new articles go into the index: the
 * first N articles of the shared corpus (default ../shared/corpora/orangesum-news.jsonl.gz, which
 * a user's clone does not have: skipped, saying so) are opened as a live corpus with a saved
 * index, as `serve` does; then `--added` further articles are written as a poll writes them
 * (one JSON file each under `sources/`) and the corpus is synced and saved, while a 10 ms timer
 * records the longest time the event loop went without turning. Issue 23 asks that nothing a
 * feed serves blocks commands for more than a second. Writes `--out` (default
 * bench/results/reindex-stall.json).
 */
import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { openLiveCorpus } from "../src/app.js";
import { defaultConfigDir, packageRoot } from "../src/config/paths.js";
import { readSharedCorpus, SHARED_CORPUS } from "./gold/sharedCorpus.js";
import { writeFirstArticles } from "./real/realBuilds.js";

/** Issue 23: nothing a feed serves may block commands for more than a second. */
const STALL_TARGET_MS = 1000;

const { values } = parseArgs({
  options: {
    articles: { type: "string", default: "10000" },
    added: { type: "string", default: "30" },
    corpus: { type: "string", default: SHARED_CORPUS },
    out: { type: "string", default: join(packageRoot(), "bench", "results", "reindex-stall.json") },
  },
});
const articles = Number(values.articles);
const added = Number(values.added);
if (![articles, added].every((n) => Number.isInteger(n) && n > 0)) {
  console.error("bench:stall: --articles and --added expect positive whole numbers");
  process.exit(2);
}

/** The longest gap between two turns of the event loop while `run` runs, and its duration. */
async function longestStall(
  run: () => Promise<unknown>,
): Promise<{ stall: number; total: number }> {
  let last = performance.now();
  let stall = 0;
  const probe = setInterval(() => {
    const now = performance.now();
    stall = Math.max(stall, now - last);
    last = now;
  }, 10);
  const started = performance.now();
  try {
    await run();
  } finally {
    clearInterval(probe);
  }
  stall = Math.max(stall, performance.now() - last);
  return { stall, total: performance.now() - started };
}

const root = await mkdtemp(join(tmpdir(), "briefbot-stall-"));
try {
  const corpusDir = join(root, "corpus");
  await mkdir(corpusDir);
  const n = await writeFirstArticles(values.corpus, articles, corpusDir).catch((error) => {
    if ((error as NodeJS.ErrnoException).code !== "ENOENT") throw error;
    console.log(
      `bench:stall: skipped — the shared corpus ${values.corpus} is not here (a user's clone has no ../shared; pass --corpus <orangesum-news.jsonl.gz>)`,
    );
    process.exit(0);
  });
  const opening = performance.now();
  const { corpus } = await openLiveCorpus({
    corpusDir,
    configDir: defaultConfigDir(),
    dataDir: join(root, "data"),
    workers: 2,
  });
  console.log(
    `opened ${n} real articles in ${((performance.now() - opening) / 1000).toFixed(1)} s`,
  );
  const feed = join(corpusDir, "sources", "bench");
  await mkdir(feed, { recursive: true });
  let written = 0;
  let seen = 0;
  for await (const a of readSharedCorpus(values.corpus)) {
    if (seen++ < n) continue;
    const record = { title: a.title, text: a.text, date: a.date ?? undefined, outlet: "bench" };
    await writeFile(join(feed, `${a.id}.json`), `${JSON.stringify(record)}\n`);
    if (++written === added) break;
  }
  const sync = await longestStall(() => corpus.sync());
  const save = await longestStall(() => corpus.save());
  const line = (what: string, m: { stall: number; total: number }) =>
    `${what}: ${(m.total / 1000).toFixed(1)} s, longest stall ${Math.round(m.stall)} ms`;
  console.log(line(`sync of ${written} new articles`, sync));
  console.log(line("save", save));
  const worst = Math.max(sync.stall, save.stall);
  console.log(
    `${worst <= STALL_TARGET_MS ? "PASS" : "FAIL"}  commands held up at most ${Math.round(worst)} ms while ${written} articles join ${n} real ones (target <= ${STALL_TARGET_MS} ms)`,
  );
  await writeFile(
    values.out ?? "",
    `${JSON.stringify(
      {
        corpus:
          "shared orangesum-news.jsonl.gz: first N lines, then the next `added` as poll files",
        measuredAt: new Date().toISOString(),
        articles: n,
        added: written,
        sync: { seconds: sync.total / 1000, longestStallMs: Math.round(sync.stall) },
        save: { seconds: save.total / 1000, longestStallMs: Math.round(save.stall) },
        targetMs: STALL_TARGET_MS,
        pass: worst <= STALL_TARGET_MS,
      },
      null,
      2,
    )}\n`,
  );
} finally {
  await rm(root, { recursive: true, force: true });
}
