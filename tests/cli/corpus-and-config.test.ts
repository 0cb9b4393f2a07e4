import { readFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, describe, expect, test } from "vitest";
import type { TopicBriefing } from "../../briefings/types.js";
import type { TopicSummary } from "../../commands/types.js";
import { cli, cliJson, makeTempDir, REPO_ROOT, removeTempDirs } from "./cliHarness.js";

afterEach(removeTempDirs);

/** A realistic wire-style French article on NATO unity, three paragraphs. */
const NATO_ARTICLE = `L’OTAN affiche son unité face à Moscou

Bruxelles – Les ministres des Affaires étrangères des trente pays membres de l’OTAN se sont réunis mardi à Bruxelles pour afficher leur unité face au renforcement militaire russe à la frontière ukrainienne. « Les alliés parlent d’une seule voix et ne se laisseront pas diviser », a déclaré le secrétaire général de l’OTAN, Jens Stoltenberg, à l’issue de la réunion.

Les alliés ont rappelé que l’Alliance atlantique reste ouverte à de nouveaux membres et qu’aucun pays tiers ne peut mettre son veto à un élargissement. Jens Stoltenberg a ajouté que l’OTAN était prête à reprendre le dialogue au sein du Conseil OTAN-Russie, tout en renforçant la défense collective sur son flanc oriental.

À Washington comme dans les capitales européennes, les responsables insistent sur la solidarité transatlantique. Plusieurs alliés ont annoncé l’envoi de navires et d’avions de combat supplémentaires vers la mer Baltique et la mer Noire, une décision que Moscou a aussitôt dénoncée comme une provocation.
`;

/** The start of a PNG image: NUL bytes make it binary whatever its name. */
const PNG_BYTES = new Uint8Array([
  0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x48, 0x44, 0x52,
  0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x01, 0x00, 0x08, 0x06, 0x00, 0x00, 0x00,
]);

const BUNDLED_CONFIG = readFileSync(join(REPO_ROOT, "config", "topics.json"), "utf8");

describe("briefbot --corpus", () => {
  test("a missing folder exits 1 naming its absolute path", async () => {
    const dir = join(makeTempDir(), "no-such-corpus");
    expect(await cli(["topics", "--corpus", dir])).toEqual({
      code: 1,
      stdout: "",
      stderr: `briefbot: corpus folder not found: ${dir}\n`,
    });
  });

  test("a relative missing folder is reported as an absolute path under cwd", async () => {
    const cwd = makeTempDir();
    const result = await cli(["brief", "nato", "--corpus", "articles"], { cwd });
    expect(result.code).toBe(1);
    expect(result.stderr).toBe(`briefbot: corpus folder not found: ${join(cwd, "articles")}\n`);
  });

  test("an empty folder exits 1 saying no articles were found in it", async () => {
    const dir = makeTempDir();
    const result = await cli(["digest", "--corpus", dir]);
    expect(result.code).toBe(1);
    expect(result.stdout).toBe("");
    expect(result.stderr.startsWith(`briefbot: no articles found in ${dir}`)).toBe(true);
  });

  test("one good article beside an empty and a binary file: briefs nato-unity, one warning per bad file", async () => {
    const dir = makeTempDir({
      "otan-unite.txt": NATO_ARTICLE,
      "empty.txt": "",
      "scan.txt": PNG_BYTES,
    });
    const result = await cli(["brief", "nato-unity", "--corpus", dir]);
    expect(result.code).toBe(0);
    expect(result.stderr).toBe(
      "warning: empty.txt: empty file, skipped\nwarning: scan.txt: binary file, skipped\n",
    );
    expect(result.stdout.startsWith("NATO unity (nato-unity)\n")).toBe(true);
    expect(result.stdout).toContain("Stoltenberg");
    expect(result.stdout).toContain(" [1] L’OTAN affiche son unité face à Moscou — ");
  });

  test("the article's sentences are what the briefing cites, all from that one source", async () => {
    const dir = makeTempDir({ "otan-unite.txt": NATO_ARTICLE });
    const briefing = await cliJson<TopicBriefing>(["brief", "nato-unity", "--corpus", dir]);
    expect(briefing.sentences.length).toBeGreaterThan(0);
    expect(briefing.sources.map((s) => s.title)).toEqual([
      "L’OTAN affiche son unité face à Moscou",
    ]);
    for (const sentence of briefing.sentences) {
      expect(sentence.citation).toBe(1);
      expect(NATO_ARTICLE).toContain(sentence.text);
    }
  });

  test("a relative folder resolves against cwd", async () => {
    const cwd = makeTempDir({ "news/otan-unite.txt": NATO_ARTICLE });
    const relative = await cliJson<{ topics: TopicSummary[] }>(["topics", "--corpus", "news"], {
      cwd,
    });
    const absolute = await cliJson<{ topics: TopicSummary[] }>([
      "topics",
      "--corpus",
      join(cwd, "news"),
    ]);
    expect(relative).toEqual(absolute);
    expect(relative.topics.find((t) => t.id === "nato-unity")?.articles).toBe(1);
  });
});

describe("briefbot --config", () => {
  test("a topic id that is a number exits 1 naming topics.json and the path topics[1].id", async () => {
    const config = JSON.parse(BUNDLED_CONFIG) as { topics: { id: unknown }[] };
    const second = config.topics[1];
    if (second === undefined) throw new Error("config/topics.json has fewer than two topics");
    second.id = 42;
    const dir = makeTempDir({ "topics.json": JSON.stringify(config, null, 2) });
    const result = await cli(["topics", "--config", dir]);
    expect(result.code).toBe(1);
    expect(result.stdout).toBe("");
    expect(result.stderr).toMatch(/^briefbot: .*topics\.json: topics\[1\]\.id: .*expected string/);
    expect(result.stderr).toContain(join(dir, "topics.json"));
  });

  test("invalid JSON exits 1 saying so", async () => {
    const dir = makeTempDir({ "topics.json": '{ "topics": [' });
    const result = await cli(["digest", "--config", dir]);
    expect(result.code).toBe(1);
    expect(result.stdout).toBe("");
    expect(result.stderr.startsWith(`briefbot: ${join(dir, "topics.json")}: invalid JSON`)).toBe(
      true,
    );
  });

  test("a folder without topics.json exits 1 naming the file it could not read", async () => {
    const dir = makeTempDir();
    expect(await cli(["topics", "--config", dir])).toEqual({
      code: 1,
      stdout: "",
      stderr: `briefbot: ${join(dir, "topics.json")}: cannot read topics config (ENOENT)\n`,
    });
  });

  test("a valid config with one topic of its own briefs that topic from the bundled corpus", async () => {
    const dir = makeTempDir({
      "topics.json": JSON.stringify({
        topics: [
          {
            id: "blinken-lavrov",
            title: "Blinken and Lavrov",
            description: "What Antony Blinken and Sergei Lavrov said to each other.",
            terms: {
              fr: { strong: ["Blinken", "Lavrov"], weak: ["Genève"] },
              en: { strong: ["Blinken", "Lavrov"], weak: [] },
              any: { strong: [], weak: [] },
            },
          },
        ],
      }),
    });
    const { topics } = await cliJson<{ topics: TopicSummary[] }>(["topics", "--config", dir]);
    expect(topics.map((t) => t.id)).toEqual(["blinken-lavrov"]);
    const briefing = await cliJson<TopicBriefing>(["brief", "blinken", "--config", dir]);
    expect(briefing.topic).toEqual({
      id: "blinken-lavrov",
      title: "Blinken and Lavrov",
      description: "What Antony Blinken and Sergei Lavrov said to each other.",
    });
    expect(briefing.sentences.length).toBeGreaterThan(0);
    expect(briefing.sentences.every((s) => /Blinken|Bliken|Blinkin|Lavrov/.test(s.text))).toBe(
      true,
    );
  });

  test("a relative --config resolves against cwd", async () => {
    const cwd = makeTempDir({ "settings/topics.json": BUNDLED_CONFIG });
    const relative = await cli(["topics", "--config", "settings"], { cwd });
    expect(relative.code).toBe(0);
    expect(relative.stdout).toBe((await cli(["topics"])).stdout);
  });
});

describe("briefbot with a file of many bad lines", () => {
  test("130,000 bad JSONL lines beside a good article: exits 0 with 21 warnings for that file", async () => {
    const dir = makeTempDir({ "otan-unite.txt": NATO_ARTICLE, "bad.jsonl": "1\n".repeat(130_000) });
    const result = await cli(["brief", "nato-unity", "--corpus", dir]);
    expect(result.code).toBe(0);
    const lines = result.stderr.trimEnd().split("\n");
    expect(lines).toHaveLength(21);
    expect(lines[0]).toBe("warning: bad.jsonl: line 1: expected an object, found 1, skipped");
    expect(lines[20]).toBe("warning: bad.jsonl: and 129,980 more lines skipped (not listed)");
    expect(result.stdout).toContain("Stoltenberg");
  });
});
