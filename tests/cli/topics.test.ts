import { describe, expect, test } from "vitest";
import type { TopicSummary } from "../../commands/types.js";
import { CONFIG_TOPIC_IDS, cli, cliJson } from "./cliHarness.js";

describe("briefbot topics", () => {
  test("lists the four configured topics, one line each in config order, exit 0", async () => {
    const result = await cli(["topics"]);
    expect(result.code).toBe(0);
    expect(result.stderr).toBe("");
    const lines = result.stdout.trimEnd().split("\n");
    expect(lines.map((line) => line.split(" ")[0])).toEqual(CONFIG_TOPIC_IDS);
    expect(lines[0]).toMatch(
      /^nato-unity +NATO unity — NATO and allied unity facing Russia, and the NATO–Russia Council\. \(\d+ sentences in \d+ articles, \d+% of the corpus\)$/,
    );
  });

  test("--json prints {topics: [{id, title, description, sentences, articles, corpusArticles, share, weakFit}]} in config order", async () => {
    const { topics } = await cliJson<{ topics: TopicSummary[] }>(["topics"]);
    expect(topics.map((t) => t.id)).toEqual(CONFIG_TOPIC_IDS);
    for (const topic of topics) {
      expect(Object.keys(topic).sort()).toEqual([
        "articles",
        "corpusArticles",
        "description",
        "id",
        "sentences",
        "share",
        "title",
        "weakFit",
      ]);
      expect(topic.corpusArticles).toBe(9);
      expect(topic.share).toBe(Math.round((topic.articles / 9) * 10_000) / 10_000);
      // A weak fit: fewer sentences than a briefing shows (6), or a single article.
      expect(topic.weakFit).toBe(topic.sentences < 6 || topic.articles < 2);
      expect(topic.title).not.toBe("");
      expect(topic.description).not.toBe("");
      expect(topic.sentences).toBeGreaterThan(0);
      expect(topic.articles).toBeGreaterThan(0);
      expect(topic.articles).toBeLessThanOrEqual(topic.sentences);
    }
  });

  test("the text and --json report the same counts", async () => {
    const text = (await cli(["topics"])).stdout;
    const { topics } = await cliJson<{ topics: TopicSummary[] }>(["topics"]);
    for (const topic of topics) {
      expect(text).toContain(
        `${topic.title} — ${topic.description} (${topic.sentences} sentences in ${topic.articles} articles, ${Math.round(topic.share * 100)}% of the corpus${topic.weakFit ? "; weak fit" : ""})`,
      );
    }
  });
});
