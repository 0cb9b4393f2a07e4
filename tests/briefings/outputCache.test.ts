import { describe, expect, it } from "vitest";
import { buildDigest } from "../../briefings/digest.js";
import { buildOfficialProfile } from "../../briefings/officialProfile.js";
import { buildTopicBriefing } from "../../briefings/topicBriefing.js";
import { AnswerCache } from "../../src/index/answerCache.js";
import { extractiveSummarizer as summarizer } from "../../src/summarize/extractiveSummarizer.js";
import { bundled } from "../helpers/engine.js";

const monday = new Date("2026-01-12T08:00:00Z");
const tuesday = new Date("2026-01-13T08:00:00Z");

describe("built answers are reused per index and inputs, stamped per call", () => {
  it("a briefing asked again is the same briefing with the new time", async () => {
    const { index } = await bundled();
    const topic = index.topics[0];
    if (!topic) throw new Error("no topic");
    const first = buildTopicBriefing(index, topic, { now: monday, summarizer });
    const again = buildTopicBriefing(index, topic, { now: tuesday, summarizer });
    expect(again.generatedAt).toBe(tuesday.toISOString());
    expect(first.generatedAt).toBe(monday.toISOString());
    expect(again.sentences).toBe(first.sentences);
    expect(Object.keys(again)).toEqual(Object.keys(first));
    const shorter = buildTopicBriefing(index, topic, { now: tuesday, summarizer, maxSentences: 2 });
    expect(shorter.sentences).toHaveLength(2);
  });

  it("a copy of the index (another corpus load) recomputes, with the same result", async () => {
    const { index } = await bundled();
    const copy = { ...index, answers: new AnswerCache() };
    const a = buildDigest(index, { now: monday, summarizer });
    const b = buildDigest(copy, { now: monday, summarizer });
    expect(b.sections).not.toBe(a.sections);
    expect(b).toEqual(a);
  });

  it("profiles are shared across queries naming the same person, each reply its own query", async () => {
    const { index } = await bundled();
    const person = index.officials.people.find((p) => p.id === "antony-blinken");
    if (!person) throw new Error("no Blinken");
    const a = buildOfficialProfile(index, person, "Blinken", { now: monday, summarizer });
    const b = buildOfficialProfile(index, person, "Antony Blinken", { now: tuesday, summarizer });
    expect([a.query, b.query]).toEqual(["Blinken", "Antony Blinken"]);
    expect(b.quotes).toBe(a.quotes);
    expect(b.generatedAt).toBe(tuesday.toISOString());
    expect(
      buildOfficialProfile(index, person, "Blinken", { now: monday, summarizer, maxQuotes: 1 })
        .quotes,
    ).toHaveLength(1);
  });
});
