import { describe, expect, test } from "vitest";
import type { BriefingSentence, TopicBriefing } from "../../briefings/types.js";
import type { SourceRef } from "../../src/corpus/types.js";
import { CONFIG_TOPIC_IDS, cli, cliJson, NOW } from "./cliHarness.js";

const brief = (...args: string[]) => cliJson<TopicBriefing>(["brief", ...args]);

/** Each sentence cites its own source by 1-based position in `sources`. */
function expectConsistentCitations(
  sentences: readonly BriefingSentence[],
  sources: readonly SourceRef[],
): void {
  for (const sentence of sentences) {
    expect(Number.isInteger(sentence.citation)).toBe(true);
    expect(sentence.citation).toBeGreaterThanOrEqual(1);
    expect(sentence.citation).toBeLessThanOrEqual(sources.length);
    expect(sources[sentence.citation - 1]?.id).toBe(sentence.source.id);
  }
}

describe("briefbot brief --json", () => {
  test("geneva-talks prints the briefing as JSON with the clock's time, exit 0, nothing on stderr", async () => {
    const result = await cli(["brief", "geneva-talks", "--json"]);
    expect(result.code).toBe(0);
    expect(result.stderr).toBe("");
    const briefing = JSON.parse(result.stdout) as TopicBriefing;
    expect(Object.keys(briefing).sort()).toEqual([
      "dateRange",
      "generatedAt",
      "sentences",
      "since",
      "sources",
      "speakers",
      "topic",
    ]);
    expect(briefing.topic).toEqual({
      id: "geneva-talks",
      title: "US–Russia talks in Geneva",
      description: "The US–Russia talks in Geneva: Sherman–Riabkov, then Blinken–Lavrov.",
    });
    expect(briefing.generatedAt).toBe(NOW);
    expect(briefing.dateRange).toEqual({ from: "2022-01-07", to: "2022-01-21", undated: 1 });
  });

  test("every sentence has text, a source {id, title, date}, a citation into sources and a score in (0, 1]", async () => {
    const briefing = await brief("geneva-talks");
    expect(briefing.sentences.length).toBeGreaterThan(0);
    for (const sentence of briefing.sentences) {
      expect(Object.keys(sentence).sort()).toEqual(["citation", "score", "source", "text"]);
      expect(sentence.text.trim()).not.toBe("");
      expect(typeof sentence.source.id).toBe("string");
      expect(typeof sentence.source.title).toBe("string");
      expect(
        sentence.source.date === null || /^\d{4}-\d{2}-\d{2}$/.test(sentence.source.date),
      ).toBe(true);
      expect(sentence.score).toBeGreaterThan(0);
      expect(sentence.score).toBeLessThanOrEqual(1);
    }
    expect(Math.max(...briefing.sentences.map((s) => s.score))).toBe(1);
    expectConsistentCitations(briefing.sentences, briefing.sources);
  });

  test.each(CONFIG_TOPIC_IDS)(
    "%s: no sentence twice, and every listed source is cited",
    async (id) => {
      const briefing = await brief(id);
      const texts = briefing.sentences.map((s) => s.text);
      expect(new Set(texts).size).toBe(texts.length);
      expectConsistentCitations(briefing.sentences, briefing.sources);
      const cited = new Set([
        ...briefing.sentences.map((s) => s.citation),
        ...briefing.speakers.map((s) => s.quote.citation),
      ]);
      expect([...cited].sort((a, b) => a - b)).toEqual(briefing.sources.map((_, i) => i + 1));
    },
  );
});

describe("briefbot brief: finding the topic", () => {
  test.each([
    { query: ["geneva"], id: "geneva-talks", how: "an id prefix" },
    { query: ["GENEVA-TALKS"], id: "geneva-talks", how: "the id in capitals" },
    { query: ["NATO unity"], id: "nato-unity", how: "the title as one argument" },
    { query: ["nato unity"], id: "nato-unity", how: "the title in lower case" },
    { query: ["NATO", "unity"], id: "nato-unity", how: "the title as two arguments" },
    { query: ["Iran nuclear"], id: "iran-talks", how: "a title prefix" },
  ])("$how ($query) gives the same briefing as the exact id $id", async ({ query, id }) => {
    const byQuery = await brief(...query);
    expect(byQuery.topic.id).toBe(id);
    expect(byQuery).toEqual(await brief(id));
  });

  test("a near miss (natoo) exits 2 with exactly one line suggesting nato-unity, stdout empty", async () => {
    const result = await cli(["brief", "natoo"]);
    expect(result).toEqual({
      code: 2,
      stdout: "",
      stderr: "briefbot: unknown topic 'natoo' — did you mean nato-unity?\n",
    });
  });

  test("a query close to no topic (zzzzzzzz) exits 2 and lists every topic", async () => {
    const result = await cli(["brief", "zzzzzzzz"]);
    expect(result).toEqual({
      code: 2,
      stdout: "",
      stderr:
        "briefbot: unknown topic 'zzzzzzzz' — topics are: nato-unity, geneva-talks, iran-talks, uk-statements; no story matches it either (see stories)\n",
    });
  });

  test("a prefix of two topics (u) exits 2 and names both", async () => {
    const result = await cli(["brief", "u"]);
    expect(result).toEqual({
      code: 2,
      stdout: "",
      stderr: "briefbot: topic 'u' is ambiguous — did you mean geneva-talks or uk-statements?\n",
    });
  });

  test("no topic at all exits 2 and points to `briefbot topics`", async () => {
    const result = await cli(["brief"]);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe("");
    expect(result.stderr).toBe("briefbot: brief needs a topic — try: briefbot topics\n");
  });

  test("a blank topic argument exits 2 and points to `briefbot topics`, not to a chat command", async () => {
    const result = await cli(["brief", "  "]);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe("");
    expect(result.stderr).toContain("briefbot topics");
    expect(result.stderr).not.toContain("/brief");
  });
});

describe("briefbot brief --limit", () => {
  test("--limit 2 gives exactly the first 2 sentences of the full briefing", async () => {
    const limited = await brief("nato-unity", "--limit", "2");
    const full = await brief("nato-unity");
    expect(limited.sentences).toHaveLength(2);
    expect(limited.sentences.map((s) => s.text)).toEqual(
      full.sentences.slice(0, 2).map((s) => s.text),
    );
    expectConsistentCitations(limited.sentences, limited.sources);
  });

  test("--limit may come before the command", async () => {
    const result = await cli(["--limit", "1", "brief", "iran-talks", "--json"]);
    expect(result.code).toBe(0);
    expect((JSON.parse(result.stdout) as TopicBriefing).sentences).toHaveLength(1);
  });

  test.each([
    { limit: "0", message: "briefbot: limit must be between 1 and 20, not 0\n" },
    { limit: "99", message: "briefbot: limit must be between 1 and 20, not 99\n" },
    { limit: "abc", message: "briefbot: --limit must be a positive whole number, not 'abc'\n" },
    { limit: "2.5", message: "briefbot: --limit must be a positive whole number, not '2.5'\n" },
  ])("--limit $limit exits 2 with a message saying what is allowed", async ({ limit, message }) => {
    const result = await cli(["brief", "geneva-talks", "--limit", limit]);
    expect(result).toEqual({ code: 2, stdout: "", stderr: message });
  });
});

describe("briefbot brief: text output", () => {
  test("iran-talks shows title, coverage with the clock's time, numbered cited sentences and the sources", async () => {
    const result = await cli(["brief", "iran-talks"]);
    expect(result.code).toBe(0);
    expect(result.stderr).toBe("");
    const lines = result.stdout.split("\n");
    expect(lines[0]).toBe("Iran nuclear talks (iran-talks)");
    expect(lines[1]).toBe(
      "The Iran nuclear negotiations in Vienna and the reactions to them, Israel's included.",
    );
    expect(lines[2]).toMatch(/ · generated 2026-01-15 08:00 UTC$/);
    expect(result.stdout).toContain("\n 1. ");
    expect(result.stdout).toContain("[1]");
    expect(result.stdout.endsWith("\n")).toBe(true);

    const sourcesAt = lines.indexOf("Sources");
    expect(sourcesAt).toBeGreaterThan(0);
    const body = lines.slice(0, sourcesAt).join("\n");
    const sourceLines = lines.slice(sourcesAt + 1);
    const cited = new Set([...body.matchAll(/\[(\d+)\]/g)].map((m) => Number(m[1])));
    expect(cited.size).toBeGreaterThan(0);
    for (const n of cited) {
      expect(sourceLines.filter((line) => line.startsWith(` [${n}] `))).toHaveLength(1);
    }
    const listed = sourceLines.filter((line) => /^ \[\d+\] /.test(line));
    expect(listed).toHaveLength(cited.size);
  });

  test("the text lists the same sentences, numbered in order, as --json", async () => {
    const text = (await cli(["brief", "uk-statements", "--limit", "3"])).stdout;
    const briefing = await brief("uk-statements", "--limit", "3");
    const flat = text.replace(/\n {4,5}/g, " ");
    briefing.sentences.forEach((sentence, i) => {
      expect(flat).toContain(` ${i + 1}. ${sentence.text} [${sentence.citation}]`);
    });
    expect(flat).not.toContain(` ${briefing.sentences.length + 1}. `);
  });
});
