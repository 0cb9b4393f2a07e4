import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { BRIEFING_RULES } from "../../briefings/rules/briefingRules.js";
import { brief } from "../../commands/brief.js";
import { topicCoverage } from "../../commands/topicCoverage.js";
import { loadCorpus } from "../../src/corpus/loadCorpus.js";
import { buildIndex } from "../../src/index/buildIndex.js";
import type { CorpusIndex } from "../../src/index/corpusIndex.js";
import { loadOfficialsConfig } from "../../src/officials/officialsConfig.js";
import { topicFigures } from "../../src/present/listDocuments.js";
import { present } from "../../src/present/present.js";
import { extractiveSummarizer } from "../../src/summarize/extractiveSummarizer.js";
import { parseTopicsConfig } from "../../src/topics/topicsConfig.js";
import { CONFIG_DIR } from "../helpers/engine.js";

const config = parseTopicsConfig(
  {
    assignment: { threshold: 1, neighbourWeight: 0.5, articleWeight: 1, dominance: 0.4 },
    topics: [
      {
        id: "harbour",
        title: "Harbour works",
        description: "The new harbour quay.",
        terms: { fr: { strong: ["quai", "nouveau port"], weak: [] }, en: {}, any: {} },
      },
      {
        id: "festival",
        title: "Festival",
        description: "The summer festival.",
        terms: { fr: { strong: ["fanfare", "festival d'été"], weak: [] }, en: {}, any: {} },
      },
    ],
  },
  "test.json",
);

const ARTICLES = {
  "quai.txt":
    "Le nouveau port ouvre son quai\n\nLe nouveau port de la ville ouvrira son quai en mai, après deux ans de travaux. Le quai nord accueillera les ferries dès le mois de juin. Les travaux ont coûté plus que prévu, selon la mairie. Les pêcheurs attendent ce nouveau port depuis longtemps.\n",
  "budget.txt":
    "Le conseil municipal vote le budget\n\nLe conseil municipal a voté mardi le budget de la ville pour l'année prochaine. Les dépenses de fonctionnement baissent de deux pour cent. L'opposition a voté contre ce budget, jugé trop prudent.\n",
  "ecole.txt":
    "Une nouvelle école ouvrira en septembre\n\nLa nouvelle école du quartier ouvrira ses portes en septembre, a annoncé la mairie. Elle accueillera trois cents élèves dans douze classes. Les parents réclamaient cette école depuis des années.\n",
};

let dir: string;
let index: CorpusIndex;
const now = new Date("2026-01-15T08:00:00Z");

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "briefbot-coverage-"));
  for (const [name, text] of Object.entries(ARTICLES)) await writeFile(join(dir, name), text);
  const officials = await loadOfficialsConfig(CONFIG_DIR);
  index = buildIndex(await loadCorpus(dir), config, officials, BRIEFING_RULES);
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe("topics coverage on a three-article fixture", () => {
  it("counts each topic's sentences, articles and share of the corpus, and marks weak fits", () => {
    expect(topicCoverage(index)).toEqual([
      {
        id: "harbour",
        title: "Harbour works",
        description: "The new harbour quay.",
        sentences: 3,
        articles: 1,
        corpusArticles: 3,
        share: 0.3333,
        weakFit: true,
      },
      {
        id: "festival",
        title: "Festival",
        description: "The summer festival.",
        sentences: 0,
        articles: 0,
        corpusArticles: 3,
        share: 0,
        weakFit: true,
      },
    ]);
  });

  it("words the figures once, in the presenter", () => {
    const [harbour, festival] = topicCoverage(index);
    if (!harbour || !festival) throw new Error("expected two topics");
    expect(topicFigures(harbour)).toBe("3 sentences in 1 articles, 33% of the corpus; weak fit");
    expect(topicFigures(festival)).toBe("0 sentences in 0 articles, 0% of the corpus; weak fit");
    expect(
      topicFigures({ ...harbour, sentences: 40, articles: 7, share: 0.0007, weakFit: false }),
    ).toBe("40 sentences in 7 articles, 0.07% of the corpus");
  });
});

describe("a topic the corpus holds nothing about", () => {
  it("briefs as the exact 'nothing in this corpus is about …' reply", async () => {
    const reply = await brief.execute(
      { topic: "festival" },
      { index, summarizer: extractiveSummarizer, now: () => now },
    );
    if (reply.kind !== "briefing") throw new Error(`expected a briefing, got ${reply.kind}`);
    expect(reply.briefing.sentences).toEqual([]);
    const document = present(reply);
    expect(document.sections).toEqual([
      {
        heading: null,
        lines: [{ kind: "text", text: "Nothing in this corpus is about Festival." }],
        rank: "minor",
        footer: null,
        note: null,
      },
    ]);
  });
});
