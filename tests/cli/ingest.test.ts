import { copyFileSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, describe, expect, test } from "vitest";
import { generateArticles, writeCorpus } from "../../bench/perf/generateCorpus.js";
import { loadSourceMaterial } from "../../bench/perf/sourceMaterial.js";
import { defaultConfigDir, defaultCorpusDir } from "../../src/config/paths.js";
import { cli, makeTempDir, REPO_ROOT, removeTempDirs } from "./cliHarness.js";

afterEach(removeTempDirs);

const BUNDLED = join(REPO_ROOT, "corpus");
const NATO = "002_9c2d094854075071.txt";

/** A corpus folder with two of the bundled articles, and a data folder of its own. */
function setup() {
  const corpus = makeTempDir();
  for (const file of ["000_3ab86442644f17d1.txt", "001_af7f786ff45170bb.txt"]) {
    copyFileSync(join(BUNDLED, file), join(corpus, file));
  }
  const env = { BRIEFBOT_DATA_DIR: makeTempDir() };
  return { corpus, env };
}

/** A folder of `count` synthetic articles made by the benchmark's generator. */
async function wireFolder(count: number): Promise<string> {
  const material = await loadSourceMaterial(defaultCorpusDir(), defaultConfigDir());
  const dir = makeTempDir();
  await writeCorpus(dir, generateArticles(material, { count, seed: 11 }));
  return dir;
}

describe("briefbot ingest", () => {
  test("adds a file to the saved index, and the next command sees it without re-reading it", async () => {
    const { corpus, env } = setup();
    const before = await cli(["topics", "--json", "--corpus", corpus], { env });
    const nato = (t: string) =>
      (JSON.parse(t) as { topics: { id: string; articles: number }[] }).topics.find(
        (x) => x.id === "nato-unity",
      )?.articles;
    const natoBefore = nato(before.stdout) ?? 0;

    const extra = makeTempDir({ [NATO]: readFileSync(join(BUNDLED, NATO)) });
    const result = await cli(["ingest", extra, "--corpus", corpus], { env });
    expect(result.code).toBe(0);
    expect(result.stderr).toBe("");
    expect(result.stdout).toMatch(
      new RegExp(
        `^${extra}: 1 new, 0 changed, 0 unchanged file\\(s\\)\\n7 articles in the index \\(corpus version [0-9a-f]{16}\\)\\n$`,
      ),
    );
    const after = await cli(["topics", "--json", "--corpus", corpus], { env });
    expect(nato(after.stdout)).toBe(natoBefore + 1);

    const again = await cli(["ingest", join(extra, NATO), "--corpus", corpus, "--json"], { env });
    expect(JSON.parse(again.stdout)).toMatchObject({
      targets: [{ path: join(extra, NATO), added: 0, changed: 0, unchanged: 1 }],
      articles: 7,
    });
  });

  test("shows a progress line per 500 files when stdout is not a terminal, on stderr", async () => {
    const { corpus, env } = setup();
    const wire = await wireFolder(60);
    const result = await cli(["ingest", wire, "--corpus", corpus], { env });
    expect(result.code).toBe(0);
    expect(result.stderr.split("\n")[0]).toMatch(/^ingest: 60\/60 files \(\d[\d,]* files\/s\)$/);
    expect(result.stderr.split("\n").slice(1, -1)).toEqual(
      expect.arrayContaining([
        expect.stringMatching(
          /^warning: article-\d+\.txt: article article-\d+ repeats earlier articles, skipped$/,
        ),
      ]),
    );
    expect(result.stdout).toContain(`${wire}: 60 new, 0 changed, 0 unchanged file(s)\n`);
  });

  test("draws a progress bar when stdout is a terminal", async () => {
    const { corpus, env } = setup();
    const result = await cli(["ingest", await wireFolder(60), "--corpus", corpus], {
      env,
      tty: true,
    });
    expect(result.code).toBe(0);
    expect(result.stderr).toContain("\ringest ██████████████████████████████ 100% 60/60 ");
    // The bar is cleared before the warnings and the summary.
    expect(result.stderr).toContain("\r\x1b[2Kwarning: ");
  });

  test.each([
    [["ingest"], "briefbot: ingest needs a file or folder — try: briefbot ingest ./news\n"],
    [
      ["ingest", "/nonexistent/news"],
      "briefbot: nothing to ingest at /nonexistent/news: no such file or folder\n",
    ],
  ])("%j exits 2 with a clear message", async (argv, message) => {
    const { corpus, env } = setup();
    const result = await cli([...argv, "--corpus", corpus], { env });
    expect(result).toMatchObject({ code: 2, stdout: "", stderr: message });
  });
});
