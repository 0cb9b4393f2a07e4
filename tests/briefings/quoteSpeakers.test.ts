import { describe, expect, it } from "vitest";
import { isBareQuote } from "../../bench/quoteShown.js";
import { buildDigest } from "../../briefings/digest.js";
import { buildOfficialProfile } from "../../briefings/officialProfile.js";
import { buildTopicBriefing } from "../../briefings/topicBriefing.js";
import { extractiveSummarizer as summarizer } from "../../src/summarize/extractiveSummarizer.js";
import { bundled } from "../helpers/engine.js";

const now = new Date("2026-01-15T08:00:00Z");

describe("no quote reaches a reader without its speaker (bundled corpus)", () => {
  it("briefings, the digest and official profiles show a speaker with every quote", async () => {
    const { index } = await bundled();
    const shown: string[] = [];
    for (const topic of index.topics) {
      shown.push(
        ...buildTopicBriefing(index, topic, { now, summarizer }).sentences.map((s) => s.text),
      );
    }
    const digest = buildDigest(index, { now, summarizer });
    shown.push(...digest.topStories.map((s) => s.text));
    shown.push(...digest.sections.flatMap((s) => s.sentences.map((x) => x.text)));
    for (const person of index.officials.people) {
      const profile = buildOfficialProfile(index, person, person.name, { now, summarizer });
      shown.push(...profile.summary.map((s) => s.text));
    }
    expect(shown.length).toBeGreaterThan(40);
    expect(shown.filter(isBareQuote)).toEqual([]);
  });

  it("puts the speaker's name before a quote the sentence credits to a pronoun", async () => {
    const { index } = await bundled();
    const truss = [...index.briefing.quoteCredits]
      .filter(([, c]) => c.speaker === "Liz Truss")
      .map(([id]) => index.sentenceById.get(id)?.sentence.display);
    expect(truss).toContain(
      "« Nous devons travailler avec des partenaires comme l’Australie, Israël, l’Inde, le Japon, l’Indonésie et d’autres », a-t-elle déclaré.",
    );
    expect(truss.every((display) => !display?.includes("Truss"))).toBe(true);
  });

  it("never shows a sentence whose quotation nobody known is credited with", async () => {
    const { index } = await bundled();
    const hidden = [...index.briefing.quoteCredits].filter(([, c]) => c.speaker === null);
    expect(hidden.length).toBeGreaterThan(0);
    const digest = buildDigest(index, { now, summarizer, perTopic: 6 });
    const ids = new Set(
      digest.sections
        .flatMap((s) => s.sentences.map((x) => x.text))
        .concat(digest.topStories.map((s) => s.text)),
    );
    for (const [id] of hidden) {
      expect(ids.has(index.sentenceById.get(id)?.sentence.display ?? "")).toBe(false);
    }
  });
});

describe("isBareQuote (the check used above and by eval:bare-quotes)", () => {
  it.each([
    ["« Nous ne serons pas détournés de cette question ».", true],
    ["« Nous ne serons pas détournés de cette question », a-t-il déclaré.", true],
    ["« Nous ne serons pas détournés de cette question », a déclaré Blinken.", false],
    ["Antony Blinken : « Nous ne serons pas détournés de cette question », a-t-il dit.", false],
    ["Le texte parle d'un « choc » pour les services publics.", false],
    ["Le ministre a déclaré : « nous ne céderons rien sur ce point ».", false],
  ])("%s -> %s", (shown, bare) => {
    expect(isBareQuote(shown)).toBe(bare);
  });
});
