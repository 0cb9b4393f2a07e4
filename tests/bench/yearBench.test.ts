import { mkdtemp, readdir, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadRealMaterial } from "../../bench/perf/realMaterial.js";
import type { SizeResult } from "../../bench/perf/results.js";
import { loadSourceMaterial } from "../../bench/perf/sourceMaterial.js";
import { checkYearTargets } from "../../bench/perf/targets.js";
import { writeYearCorpus } from "../../bench/perf/yearCorpus.js";
import { defaultConfigDir, defaultCorpusDir } from "../../src/config/paths.js";
import { loadCorpus } from "../../src/corpus/loadCorpus.js";

const SHARED = [
  {
    id: "a1",
    date: "2019-06-18",
    title: "Le maire de Lyon annonce un plan vélo",
    heading: "",
    text: "Gérard Collomb a présenté mardi un plan de 50 millions d'euros pour les pistes cyclables, qui doivent relier les quartiers de la ville d'ici 2022. « Nous voulons doubler la part du vélo », a déclaré le maire devant le conseil municipal. L'opposition juge le calendrier trop lent et réclame des travaux dès cet été, dans les arrondissements les plus denses.",
  },
  {
    id: "a2",
    date: "2019-06-19",
    title: "Grève à la SNCF : le trafic perturbé jeudi",
    heading: "",
    text: "Les syndicats de cheminots appellent à une journée de grève jeudi, et la direction prévoit un train sur deux sur les grandes lignes. Laurent Brun, secrétaire général de la CGT-Cheminots, a dénoncé une réforme qui menace selon lui le statut des agents. Les voyageurs sont invités à reporter leurs déplacements ou à se renseigner la veille au soir.",
  },
  {
    id: "a3",
    date: "2019-06-20",
    title: "Canicule : Météo-France place douze départements en vigilance orange",
    heading: "",
    text: "Les températures doivent dépasser 38 degrés dans le sud-est vendredi, et les préfets ont interdit les rassemblements en plein air dans plusieurs villes. Agnès Buzyn, ministre de la Santé, a rappelé les gestes à adopter, dont boire régulièrement de l'eau et éviter les efforts aux heures chaudes. Les écoles pourront fermer plus tôt si la chaleur devient trop forte dans les classes.",
  },
];

let dir: string;
let corpusFile: string;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "briefbot-year-test-"));
  corpusFile = join(dir, "shared.jsonl.gz");
  await writeFile(corpusFile, gzipSync(SHARED.map((a) => JSON.stringify(a)).join("\n")));
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe("a year of news for the benchmark", () => {
  it("holds every shared article, then articles spliced from their clauses up to the size", async () => {
    const bundled = await loadSourceMaterial(defaultCorpusDir(), defaultConfigDir());
    const real = await loadRealMaterial(corpusFile, bundled);
    expect(real).toMatchObject({ articles: 3, sentences: 9 });
    expect(real.material.clauses.fr.whole).toContain(
      "« Nous voulons doubler la part du vélo », a déclaré le maire devant le conseil municipal.",
    );
    expect(real.material.people).toEqual([]);

    const folder = join(dir, "year");
    const made = await writeYearCorpus(corpusFile, real.material, 10, folder, 7);
    expect(made).toMatchObject({ real: 3, generated: 7 });
    const files = (await readdir(folder)).sort();
    expect(files.filter((f) => f.endsWith(".jsonl"))).toEqual(["part-000.jsonl"]);
    expect(files.filter((f) => f.endsWith(".txt"))).toHaveLength(7);
    expect(files).toContain("manifest.json");

    // Every generated sentence is made of the shared articles' words: French, no bundled text.
    const corpus = await loadCorpus(folder);
    const generated = corpus.articles.filter((a) => a.file.endsWith(".txt"));
    // A tenth are near-identical copies of an earlier one: the loader keeps them as repeats.
    const repeats = (corpus.repeats ?? []).filter((a) => a.file.endsWith(".txt"));
    expect(generated.length + repeats.length).toBe(7);
    expect(generated.length).toBeGreaterThanOrEqual(5);
    const sharedWords = new Set(
      SHARED.flatMap((a) => `${a.title} ${a.text}`.toLowerCase().split(/[^\p{L}\d]+/u)),
    );
    for (const article of generated) {
      expect(article.language).toBe("fr");
      const words = article.passages
        .filter((p) => p.kind === "paragraph")
        .flatMap((p) => p.display.toLowerCase().split(/[^\p{L}\d]+/u))
        .filter((w) => w.length > 3);
      expect(words.length).toBeGreaterThan(0);
      const known = words.filter((w) => sharedWords.has(w));
      // Weekdays, places and numbers are varied by the generator; the rest is the shared text.
      expect(known.length / words.length).toBeGreaterThan(0.8);
    }
  });
});

describe("issue 21's targets at 100,000 articles", () => {
  const finished: SizeResult = {
    size: 100_000,
    status: "ok",
    commands: {
      brief: { uncached: { samples: 30, p50: 10, p95: 20, p99: 40, max: 45, first: 12 } },
      official: { uncached: { samples: 30, p50: 10, p95: 20, p99: 60, max: 70, first: 12 } },
      digest: { uncached: { samples: 30, p50: 10, p95: 20, p99: 30, max: 35, first: 12 } },
    },
    rss: { afterIndexMB: 1500, peakMB: 1900 },
    incremental: {
      firstBuildMs: 100_000,
      saveMs: 5000,
      snapshotMB: 500,
      restartMs: 12_000,
      files: 1000,
      addMs: 4000,
    },
  };

  it("passes or fails each on the figures", () => {
    expect(checkYearTargets(finished).map((c) => `${c.status} ${c.measured}`)).toEqual([
      "PASS 100.0 s",
      "PASS 1900 MB",
      "FAIL 12.0 s",
      "PASS 4.00 s",
      "PASS 40 ms",
      "FAIL 60 ms",
      "PASS 30 ms",
    ]);
  });

  it("fails every one a run that ran out of memory never reached", () => {
    const failed: SizeResult = {
      size: 100_000,
      status: "failed",
      commands: {},
      stoppedIn: { phase: "incremental", afterMs: 200_000 },
      error: "child exited with SIGABRT",
    };
    const checks = checkYearTargets(failed);
    expect(checks.map((c) => c.status)).toEqual(Array(7).fill("FAIL"));
    expect(checks[0]?.measured).toBe('failed: "incremental" stopped after 200.0 s');
    expect(checkYearTargets(undefined).map((c) => c.status)).toEqual(Array(7).fill("n/a"));
  });
});
