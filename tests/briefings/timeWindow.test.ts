import { describe, expect, it } from "vitest";
import { recencyFactor } from "../../briefings/rules/recency.js";
import type { DateRange, Digest, TopicBriefing } from "../../briefings/types.js";
import { brief } from "../../commands/brief.js";
import { digest } from "../../commands/digest.js";
import { official } from "../../commands/official.js";
import type { Reply } from "../../commands/types.js";
import type { SourceRef } from "../../src/corpus/types.js";
import { present } from "../../src/present/present.js";
import { extractiveSummarizer as summarizer } from "../../src/summarize/extractiveSummarizer.js";
import { bundled } from "../helpers/engine.js";

/** The clock well after the corpus: `--since` spans count from it, the recency prior does not. */
const now = () => new Date("2022-01-22T09:00:00Z");

async function briefing(input: Parameters<typeof brief.execute>[0]): Promise<TopicBriefing> {
  const { index } = await bundled();
  const reply = await brief.execute(input, { index, summarizer, now });
  if (reply.kind !== "briefing") throw new Error(`expected a briefing, got ${reply.kind}`);
  return reply.briefing;
}

async function digestOf(input: Parameters<typeof digest.execute>[0]): Promise<Digest> {
  const { index } = await bundled();
  const reply = await digest.execute(input, { index, summarizer, now });
  if (reply.kind !== "digest") throw new Error(`expected a digest, got ${reply.kind}`);
  return reply.digest;
}

/** The range the sources shown really span. */
function rangeOf(sources: readonly SourceRef[]): DateRange {
  const dates = sources.flatMap((s) => (s.date === null ? [] : [s.date])).sort();
  return {
    from: dates[0] ?? null,
    to: dates[dates.length - 1] ?? null,
    undated: sources.length - dates.length,
  };
}

function documentText(reply: Reply): string {
  return JSON.stringify(present(reply, "chat"));
}

describe("briefings in time", () => {
  it("brief nato: the date range is the min and max of the sources shown, the undated counted", async () => {
    const b = await briefing({ topic: "nato" });
    expect(b.dateRange).toEqual(rangeOf(b.sources));
    expect(b.dateRange).toEqual({ from: "2022-01-12", to: "2022-01-21", undated: 1 });
    expect(documentText({ kind: "briefing", briefing: b })).toContain(
      "covering 2022-01-12 to 2022-01-21, 1 undated",
    );
  });

  it("brief nato --since 2022-01-13 shows only sources dated since then and counts the undated left out", async () => {
    const b = await briefing({ topic: "nato", since: { kind: "date", date: "2022-01-13" } });
    expect(b.sentences.length).toBeGreaterThan(0);
    for (const source of b.sources) expect(source.date ?? "undated").toMatch(/^2022-01-(1[3-9]|2)/);
    expect(b.dateRange).toEqual(rangeOf(b.sources));
    expect(b.dateRange.undated).toBe(0);
    expect(b.since).toEqual({ from: "2022-01-13", undatedLeftOut: 1 });
    expect(documentText({ kind: "briefing", briefing: b })).toContain(
      "Since 2022-01-13 · 1 undated article left out",
    );
  });

  it("--since 24h counts from the injected clock: the 2022-01-21 articles only", async () => {
    const b = await briefing({ topic: "geneva", since: { kind: "span", hours: 24 } });
    expect(new Set(b.sources.map((s) => s.date))).toEqual(new Set(["2022-01-21"]));
    expect(b.since?.from).toBe("2022-01-21");
  });

  it("says so when nothing is dated since the cutoff", async () => {
    const b = await briefing({ topic: "iran", since: { kind: "date", date: "2022-01-01" } });
    expect(b.sentences).toEqual([]);
    expect(b.sources).toEqual([]);
    expect(b.since).toEqual({ from: "2022-01-01", undatedLeftOut: 2 });
    expect(documentText({ kind: "briefing", briefing: b })).toContain(
      "Nothing dated since 2022-01-01 is about Iran nuclear talks (2 undated articles left out).",
    );
  });

  it("a digest under --since keeps only dated sources since the cutoff; with none it says so", async () => {
    const d = await digestOf({ since: { kind: "date", date: "2022-01-10" } });
    for (const source of d.sources)
      expect(source.date !== null && source.date >= "2022-01-10").toBe(true);
    expect(d.dateRange).toEqual(rangeOf(d.sources));
    const empty = await digestOf({ since: { kind: "date", date: "2022-01-22" } });
    expect(empty.sources).toEqual([]);
    expect(documentText({ kind: "digest", digest: empty })).toContain(
      "Nothing dated since 2022-01-22 in this corpus (3 undated articles left out).",
    );
  });

  it("an official's profile under --since quotes only articles dated since the cutoff", async () => {
    const { index } = await bundled();
    const reply = await official.execute(
      { name: "Blinken", since: { kind: "date", date: "2022-01-21" } },
      { index, summarizer, now },
    );
    if (reply.kind !== "official") throw new Error(`expected a profile, got ${reply.kind}`);
    expect(reply.profile.quotes.length).toBeGreaterThan(0);
    for (const source of reply.profile.sources) expect(source.date).toBe("2022-01-21");
    expect(reply.profile.since?.from).toBe("2022-01-21");
  });

  it("an official named only in undated articles: nothing since the cutoff, and why", async () => {
    const { index } = await bundled();
    const reply = await official.execute(
      { name: "Haliva", since: { kind: "date", date: "2022-01-13" } },
      { index, summarizer, now },
    );
    expect(documentText(reply)).toContain(
      "Nothing dated since 2022-01-13 names Aharon Haliva (1 undated article left out).",
    );
  });

  it("the digest does not lead with its oldest story: top stories newest first, undated last", async () => {
    const d = await digestOf({});
    const dates = d.topStories.map((s) => s.source.date);
    const dated = dates.filter((x): x is string => x !== null);
    expect(dated).toEqual([...dated].sort().reverse());
    expect(dates.slice(dated.length).every((x) => x === null)).toBe(true);
    // The newest article of the bundled corpus is of 2022-01-21: a story of that day leads.
    expect(dates[0]).toBe("2022-01-21");
  });
});

describe("recencyFactor", () => {
  it("boosts the newest dated sentences mildly, halving the boost every week, and leaves undated ones alone", () => {
    expect(recencyFactor("2022-01-21", "2022-01-21")).toBe(1.25);
    expect(recencyFactor("2022-01-14", "2022-01-21")).toBe(1.125);
    expect(recencyFactor(null, "2022-01-21")).toBe(1);
    expect(recencyFactor("2022-01-21", null)).toBe(1);
    expect(recencyFactor("2021-03-23", "2022-01-21")).toBeCloseTo(1, 5);
  });
});
