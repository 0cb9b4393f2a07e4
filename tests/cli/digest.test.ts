import { describe, expect, test } from "vitest";
import type { BriefingSentence, Digest } from "../../briefings/types.js";
import { bundled } from "../helpers/engine.js";
import { CONFIG_TOPIC_IDS, cli, cliJson, NOW } from "./cliHarness.js";

const digest = (...args: string[]) => cliJson<Digest>(["digest", ...args]);

function allSentences(d: Digest): BriefingSentence[] {
  return [...d.topStories, ...d.sections.flatMap((s) => s.sentences)];
}

describe("briefbot digest --json", () => {
  test("prints {generatedAt, dateRange, topStories, sections, sources} with the clock's time", async () => {
    const d = await digest();
    expect(Object.keys(d).sort()).toEqual([
      "dateRange",
      "generatedAt",
      "sections",
      "since",
      "sources",
      "topStories",
    ]);
    expect(d.generatedAt).toBe(NOW);
    expect(d.dateRange).toEqual({ from: "2022-01-07", to: "2022-01-21", undated: 3 });
    expect(d.topStories.length).toBeGreaterThan(0);
  });

  test("has one section per topic, in config order, each {topic:{id,title,description}, sentences}", async () => {
    const d = await digest();
    expect(d.sections.map((s) => s.topic.id)).toEqual(CONFIG_TOPIC_IDS);
    for (const section of d.sections) {
      expect(Object.keys(section).sort()).toEqual(["sentences", "topic"]);
      expect(Object.keys(section.topic).sort()).toEqual(["description", "id", "title"]);
      expect(section.sentences.length).toBeGreaterThan(0);
    }
    // Top stories are stories of the corpus, each with its best sentence from one of its articles.
    const { index } = await bundled();
    for (const top of d.topStories) {
      expect(index.stories.byId.get(top.story.id)?.articleIds).toContain(top.source.id);
    }
  });

  test("no sentence text appears twice anywhere (top stories and all sections)", async () => {
    for (const args of [[], ["--limit", "2"], ["--limit", "10"]]) {
      const texts = allSentences(await digest(...args)).map((s) => s.text);
      expect(new Set(texts).size, `digest ${args.join(" ")}`).toBe(texts.length);
    }
  });

  test("every citation points at its own source, and every listed source is cited", async () => {
    const d = await digest();
    const sentences = allSentences(d);
    for (const sentence of sentences) {
      expect(d.sources[sentence.citation - 1]?.id).toBe(sentence.source.id);
    }
    const cited = [...new Set(sentences.map((s) => s.citation))].sort((a, b) => a - b);
    expect(cited).toEqual(d.sources.map((_, i) => i + 1));
  });
});

describe("briefbot digest --limit", () => {
  test("--limit 2 gives at most 2 sentences per section, fewer than without it", async () => {
    const limited = await digest("--limit", "2");
    const full = await digest();
    expect(limited.sections.map((s) => s.topic.id)).toEqual(CONFIG_TOPIC_IDS);
    for (const section of limited.sections) {
      expect(section.sentences.length).toBeLessThanOrEqual(2);
    }
    expect(limited.sections.some((s) => s.sentences.length === 2)).toBe(true);
    expect(full.sections.some((s) => s.sentences.length > 2)).toBe(true);
  });

  test.each([
    { limit: "0", message: "briefbot: limit must be between 1 and 10, not 0\n" },
    { limit: "11", message: "briefbot: limit must be between 1 and 10, not 11\n" },
    { limit: "abc", message: "briefbot: --limit must be a positive whole number, not 'abc'\n" },
  ])("--limit $limit exits 2 with a message saying what is allowed", async ({ limit, message }) => {
    expect(await cli(["digest", "--limit", limit])).toEqual({
      code: 2,
      stdout: "",
      stderr: message,
    });
  });

  test("an extra argument exits 2 and names it", async () => {
    expect(await cli(["digest", "today"])).toEqual({
      code: 2,
      stdout: "",
      stderr: "briefbot: digest takes no argument, got 'today'\n",
    });
  });
});

describe("briefbot digest: text output", () => {
  test("shows TOP STORIES, each topic title in capitals, and a source line for every [n] cited", async () => {
    const result = await cli(["digest"]);
    expect(result.code).toBe(0);
    expect(result.stderr).toBe("");
    const lines = result.stdout.split("\n");
    expect(lines[0]).toBe("Daily briefing");
    expect(lines[1]).toMatch(/ · generated 2026-01-15 08:00 UTC$/);
    expect(lines).toContain("TOP STORIES");
    for (const title of [
      "NATO UNITY",
      "US–RUSSIA TALKS IN GENEVA",
      "IRAN NUCLEAR TALKS",
      "UK STATEMENTS",
    ]) {
      expect(lines).toContain(title);
    }
    const sourcesAt = lines.indexOf("Sources");
    expect(sourcesAt).toBeGreaterThan(0);
    const cited = new Set(
      [
        ...lines
          .slice(0, sourcesAt)
          .join("\n")
          .matchAll(/\[(\d+)\]/g),
      ].map((m) => Number(m[1])),
    );
    expect(cited.size).toBeGreaterThan(0);
    for (const n of cited) {
      expect(lines.slice(sourcesAt + 1).some((line) => line.startsWith(` [${n}] `))).toBe(true);
    }
  });
});

describe("briefbot start", () => {
  test("without credentials prints the digest on stdout and how to connect Discord or Slack on stderr", async () => {
    const result = await cli(["start"], { env: {} });
    expect(result.code).toBe(0);
    expect(result.stdout).toContain("TOP STORIES");
    expect(result.stdout).toBe((await cli(["digest"])).stdout);
    expect(result.stderr).toContain("DISCORD_TOKEN");
    expect(result.stderr).toContain("SLACK_BOT_TOKEN");
  });

  test("Slack credentials missing their signing secret stop start-up without echoing the token", async () => {
    const result = await cli(["start"], { env: { SLACK_BOT_TOKEN: "xoxb-secret-token-123" } });
    expect(result.code).toBe(1);
    expect(result.stderr).toBe(
      "briefbot: SLACK_SIGNING_SECRET is not set — set it for HTTP mode, or SLACK_APP_TOKEN for Socket Mode\n",
    );
    expect(result.stdout + result.stderr).not.toContain("xoxb-secret-token-123");
  });

  test("a malformed DISCORD_TOKEN is a one-line error naming the variable, never echoing it", async () => {
    const result = await cli(["start"], { env: { DISCORD_TOKEN: "secret-token-123" } });
    expect(result.code).toBe(1);
    expect(result.stdout).toBe("");
    expect(result.stderr).toBe(
      "briefbot: DISCORD_TOKEN is malformed: expected a bot token (three dot-separated parts from the Developer Portal)\n",
    );
  });
});
