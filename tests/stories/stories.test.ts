import { fileURLToPath } from "node:url";
import { beforeAll, describe, expect, it } from "vitest";
import { buildDigest } from "../../briefings/digest.js";
import { BRIEFING_RULES } from "../../briefings/rules/briefingRules.js";
import { brief } from "../../commands/brief.js";
import { runCommand } from "../../commands/runCommand.js";
import { stories } from "../../commands/stories.js";
import { suggestChoices } from "../../commands/suggest.js";
import { topics as topicsCommand } from "../../commands/topics.js";
import type { CommandDeps, Reply } from "../../commands/types.js";
import { loadCorpus } from "../../src/corpus/loadCorpus.js";
import type { Corpus } from "../../src/corpus/types.js";
import { buildIndex } from "../../src/index/buildIndex.js";
import type { CorpusIndex } from "../../src/index/corpusIndex.js";
import { createEngineCache, type EngineCache } from "../../src/index/engineCache.js";
import { loadOfficialsConfig, type OfficialsConfig } from "../../src/officials/officialsConfig.js";
import { extractiveSummarizer as summarizer } from "../../src/summarize/extractiveSummarizer.js";
import {
  loadTopicsConfig,
  type TopicsConfig,
  topicsFileSchema,
} from "../../src/topics/topicsConfig.js";
import { CONFIG_DIR } from "../helpers/engine.js";

const FIXTURE = fileURLToPath(new URL("../fixtures/stories", import.meta.url));
let corpus: Corpus;
let topics: TopicsConfig;
let officials: OfficialsConfig;

beforeAll(async () => {
  topics = await loadTopicsConfig(CONFIG_DIR);
  officials = await loadOfficialsConfig(CONFIG_DIR);
  corpus = await loadCorpus(FIXTURE, { terms: createEngineCache().terms });
});

function indexOf(ids: readonly string[] | null, cache: EngineCache = createEngineCache()) {
  const articles = corpus.articles.filter((a) => ids === null || ids.includes(a.id));
  return buildIndex({ ...corpus, articles }, topics, officials, BRIEFING_RULES, cache);
}

const groups = (index: CorpusIndex) => index.stories.stories.map((s) => s.articleIds.join(" "));

function deps(index: CorpusIndex): CommandDeps {
  return { index, summarizer, now: () => new Date("2019-06-08T08:00:00Z") };
}

async function run(index: CorpusIndex, command: typeof brief | typeof stories, input: object) {
  const { reply } = await runCommand(command, input as never, deps(index), null);
  return reply;
}

describe("stories", () => {
  it("groups articles about the same event, across days, and nothing else", () => {
    const index = indexOf(null);
    // Biggest first; the later storm warning is another event, three weeks on.
    expect(groups(index)).toEqual([
      // The English follow-up joins on what both languages write alike (Miguel, Enedis, 50,000).
      "storm-1 storm-2 storm-3 storm-en",
      "trial-1 trial-2",
      "storm-later",
      "football",
    ]);
    const storm = index.stories.stories[0];
    expect(storm?.firstDate).toBe("2019-06-06");
    expect(storm?.lastDate).toBe("2019-06-07");
    expect(storm?.undated).toBe(0);
    expect(index.stories.byArticle.get("storm-2")?.id).toBe(storm?.id);
  });

  it("counts an article cleaning left out as a repeat in the story it repeats, with its outlet", () => {
    const index = indexOf(null);
    expect(corpus.repeats?.map((a) => a.id)).toEqual(["wire-storm-2"]);
    const storm = index.stories.byArticle.get("storm-1");
    expect(storm?.repeats).toEqual(["wire-storm-2"]);
    expect(storm?.articleIds).toEqual(["storm-1", "storm-2", "storm-3", "storm-en"]);
    expect(storm?.outlets).toEqual(["Agence Ouest", "Le Quotidien"]);
    expect(index.stories.byArticle.get("wire-storm-2")).toBe(storm);
  });

  it("places a new article without re-clustering what was placed, under stable ids", () => {
    const cache = createEngineCache();
    const before = indexOf(["storm-1", "storm-2", "trial-1", "football"], cache);
    const stormId = before.stories.byArticle.get("storm-1")?.id as string;
    const trialId = before.stories.byArticle.get("trial-1")?.id as string;
    // A placement the clustering would not make stays as it was: nothing is clustered again.
    cache.stories.set("football", trialId);
    const after = indexOf(null, cache);
    expect(after.stories.byArticle.get("storm-3")?.id).toBe(stormId);
    expect(after.stories.byArticle.get("trial-2")?.id).toBe(trialId);
    expect(after.stories.byId.get(trialId)?.articleIds).toEqual(["football", "trial-1", "trial-2"]);
    // An article gone leaves its story, which keeps its id.
    const without = indexOf(["storm-2", "storm-3"], cache);
    expect(without.stories.stories.map((s) => s.id)).toEqual([stormId]);
    expect([...cache.stories.keys()].sort()).toEqual(["storm-2", "storm-3", "wire-storm-2"]);
  });

  it("the same articles give the same story ids in a fresh build", () => {
    expect(indexOf(null).stories.stories.map((s) => s.id)).toEqual(
      indexOf(null).stories.stories.map((s) => s.id),
    );
  });

  it("`stories` lists them biggest first, with figures", async () => {
    const index = indexOf(null);
    const reply = await run(index, stories, { limit: 2 });
    expect(reply.kind).toBe("stories");
    const listed = reply as Extract<Reply, { kind: "stories" }>;
    expect(listed.total).toBe(4);
    expect(listed.stories.map((s) => [s.articles, s.firstDate, s.lastDate])).toEqual([
      [4, "2019-06-06", "2019-06-07"],
      [2, "2019-06-06", "2019-06-07"],
    ]);
    expect(listed.stories[1]?.label).toBe(
      "Incendie rue Erlanger : les familles des victimes témoignent au procès",
    );
  });

  it("`brief` takes a story id or words of its headlines", async () => {
    const index = indexOf(null);
    const trial = index.stories.byArticle.get("trial-1");
    const byId = await run(index, brief, { topic: trial?.id });
    const byWords = await run(index, brief, { topic: "incendie Erlanger" });
    for (const reply of [byId, byWords]) {
      expect(reply.kind).toBe("briefing");
      const briefing = (reply as Extract<Reply, { kind: "briefing" }>).briefing;
      expect(briefing.story?.id).toBe(trial?.id);
      expect(briefing.sentences.length).toBeGreaterThan(0);
      expect(new Set(briefing.sources.map((s) => s.id))).toEqual(new Set(["trial-1", "trial-2"]));
    }
    const miss = await run(index, brief, { topic: "élections municipales" });
    expect(miss).toEqual({
      kind: "user-error",
      message:
        "unknown topic 'élections municipales' — topics are: nato-unity, geneva-talks, iran-talks, uk-statements; no story matches it either (see stories)",
      suggestions: [],
    });
  });

  it("autocompletion for `brief` offers stories after topics", () => {
    const index = indexOf(null);
    const offered = suggestChoices("briefable", "tempête", index);
    expect(offered.map((s) => s.value)).toContain(index.stories.byArticle.get("storm-1")?.id);
  });

  it("the digest leads with the biggest new or growing stories, with what is new in them", () => {
    const index = indexOf(null);
    const now = new Date("2019-06-08T08:00:00Z");
    const first = buildDigest(index, {
      now,
      summarizer,
      articleIds: new Set(["storm-1", "trial-1", "trial-2", "football"]),
    });
    // The trial has two unseen articles, the storm and the transfer one each: newest first among equals.
    expect(first.topStories.map((t) => t.story.label)).toEqual([
      "Incendie rue Erlanger : les familles des victimes témoignent au procès",
      "Vents violents : la vigilance orange levée après le passage de Miguel",
      "Ligue des champions : Lyon recrute un milieu de terrain brésilien",
    ]);
    expect(first.topStories[1]?.source.id).toBe("storm-1");
    // The next day: the storm story grew; it comes back with a sentence of its new articles only.
    const next = buildDigest(index, {
      now,
      summarizer,
      articleIds: new Set(["storm-2", "storm-3"]),
    });
    expect(next.topStories).toHaveLength(1);
    expect(next.topStories[0]?.story.articles).toBe(4);
    expect(["storm-2", "storm-3"]).toContain(next.topStories[0]?.source.id);
  });

  it("`topics suggest` proposes a valid topics.json entry from a big story no topic covers", async () => {
    const index = indexOf(null);
    const { reply } = await runCommand(topicsCommand, { action: "suggest" }, deps(index), null);
    expect(reply.kind).toBe("topic-suggestions");
    const { suggestions } = reply as Extract<Reply, { kind: "topic-suggestions" }>;
    expect(suggestions.map((s) => s.entry.id)).toEqual(["tempete-miguel-vents-violents"]);
    expect(suggestions[0]?.entry.terms.fr).toEqual({
      strong: ["tempête miguel", "vents violents", "vigilance orange", "bretagne"],
      weak: ["miguel", "orange", "tempête", "vents", "vigilance", "violents"],
    });
    const parsed = topicsFileSchema.safeParse({ topics: suggestions.map((s) => s.entry) });
    expect(parsed.success).toBe(true);
    const wrong = await runCommand(topicsCommand, { action: "sugest" }, deps(index), null);
    expect(wrong.reply).toEqual({
      kind: "user-error",
      message: "topics takes no 'sugest' — try: topics suggest",
      suggestions: ["suggest"],
    });
  });
});
