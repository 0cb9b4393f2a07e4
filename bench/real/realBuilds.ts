import { fork } from "node:child_process";
import { existsSync } from "node:fs";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { defaultWorkers } from "../../src/config/environment.js";
import { readSharedCorpus } from "../gold/sharedCorpus.js";

/** One index build of the first `articles` shared-corpus articles, in its own process. */
export interface RealBuild {
  readonly articles: number;
  /** Worker threads of the build, as `briefbot start` uses them (BRIEFBOT_WORKERS' default). */
  readonly workers: number;
  readonly seconds: number;
  /** The same build on one thread (`loadEngine`), measured at the target's size; else null. */
  readonly oneThreadSeconds: number | null;
  readonly rssMB: number;
  readonly people: number;
  readonly statements: number;
  /** Clustering all its articles into stories from scratch (terms included), and the outcome. */
  readonly storySeconds: number;
  readonly stories: number;
  readonly storiesOfSeveral: number;
}

/** What issue 17 asks of real news: 10,000 shared-corpus articles built in at most 30 s. */
export const REAL_TARGET = { articles: 10_000, seconds: 30 } as const;

/** What issue 20 asks: the whole shared corpus (34,025 articles) clustered into stories in ≤ 60 s. */
export const STORY_TARGET = { articles: 34_025, seconds: 60 } as const;

/** The child script: builds the index of the folder it is given and sends a `RealBuild`. */
const CHILD = fileURLToPath(new URL("./buildChild.js", import.meta.url));

/**
 * Index builds on real news: the first N articles of the shared corpus for each size, written
 * as JSONL files into a temporary folder, each built in a fresh child process (read, clean,
 * analyse, index, people and statements) so that its peak RSS is its own — with `workers`
 * threads as `briefbot start` builds (BRIEFBOT_WORKERS' default: one per core, four at most),
 * and at the target's size on one thread too (`loadEngine`). Null when the shared corpus is not
 * there (a user's clone has none).
 */
export async function measureRealBuilds(
  corpus: string,
  sizes: readonly number[],
  log: (line: string) => void = console.log,
  workers: number = defaultWorkers(),
): Promise<RealBuild[] | null> {
  if (!existsSync(corpus)) return null;
  const results: RealBuild[] = [];
  for (const size of sizes) {
    const dir = await mkdtemp(join(tmpdir(), "briefbot-real-"));
    try {
      const n = await writeFirstArticles(corpus, size, dir);
      const measured = await buildInChild(dir, n, workers);
      const oneThread =
        workers > 1 && n === REAL_TARGET.articles ? await buildInChild(dir, n, 1) : null;
      results.push({
        ...measured,
        articles: n,
        workers,
        oneThreadSeconds: oneThread?.seconds ?? null,
      });
      const alone = oneThread ? ` (on one thread ${oneThread.seconds.toFixed(1)} s)` : "";
      log(
        `${String(n).padStart(6)} real articles: build ${measured.seconds.toFixed(1)} s with ${workers} worker(s)${alone}, RSS ${measured.rssMB} MB, ${measured.people} people, ${measured.statements} statements; stories clustered from scratch ${measured.storySeconds.toFixed(1)} s (${measured.stories} stories, ${measured.storiesOfSeveral} of several articles)`,
      );
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  }
  return results;
}

/** Whether the 10k target holds, as a line for the report. */
export function realTargetLine(results: readonly RealBuild[]): string {
  const at = results.find((r) => r.articles === REAL_TARGET.articles);
  if (!at) return `real news: no ${REAL_TARGET.articles}-article build measured`;
  const ok = at.seconds <= REAL_TARGET.seconds;
  const alone =
    at.oneThreadSeconds === null ? "" : `; on one thread ${at.oneThreadSeconds.toFixed(1)} s`;
  return `${ok ? "PASS" : "FAIL"}  ${REAL_TARGET.articles} real articles built in ${at.seconds.toFixed(1)} s as briefbot start builds them (${at.workers} worker thread(s)${alone}) (target <= ${REAL_TARGET.seconds} s)`;
}

/** Whether the story clustering target holds, as a line for the report. */
export function storyTargetLine(results: readonly RealBuild[]): string {
  const at = results.find((r) => r.articles === STORY_TARGET.articles);
  if (!at) return `stories: no ${STORY_TARGET.articles}-article clustering measured`;
  const ok = at.storySeconds <= STORY_TARGET.seconds;
  return `${ok ? "PASS" : "FAIL"}  ${STORY_TARGET.articles} real articles clustered into stories in ${at.storySeconds.toFixed(1)} s (target <= ${STORY_TARGET.seconds} s)`;
}

/** Writes the first `size` shared-corpus articles (title, date, text) as JSONL parts into `dir`; returns how many. */
export async function writeFirstArticles(
  corpus: string,
  size: number,
  dir: string,
  /** Articles of the corpus passed over first (a slice further on). */
  skip = 0,
): Promise<number> {
  let seen = 0;
  let n = 0;
  let part: string[] = [];
  let parts = 0;
  const flush = async () => {
    if (part.length === 0) return;
    const file = join(dir, `part-${String(parts++).padStart(3, "0")}.jsonl`);
    await writeFile(file, `${part.join("\n")}\n`);
    part = [];
  };
  for await (const a of readSharedCorpus(corpus)) {
    if (seen++ < skip) continue;
    part.push(JSON.stringify({ title: a.title, date: a.date, text: a.text }));
    n++;
    if (part.length === 500) await flush();
    if (n === size) break;
  }
  await flush();
  return n;
}

/** What the child measures of one build. */
type ChildBuild = Omit<RealBuild, "articles" | "workers" | "oneThreadSeconds">;

function buildInChild(dir: string, n: number, workers: number): Promise<ChildBuild> {
  const child = fork(CHILD, [dir, String(workers)], { execArgv: ["--max-old-space-size=8192"] });
  return new Promise((resolve, reject) => {
    child.once("message", (m) => resolve(m as ChildBuild));
    child.once("exit", (code) => reject(new Error(`build of ${n} articles exited with ${code}`)));
  });
}
