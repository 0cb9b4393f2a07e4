import { describe, expect, it } from "vitest";
import type { Reply } from "../../commands/types.js";
import { renderChatReply } from "../../src/adapters/chat/renderChatReply.js";
import { renderDiscord } from "../../src/adapters/discord/renderDiscord.js";
import { renderMarkdown } from "../../src/adapters/markdown/renderMarkdown.js";
import { renderSlack } from "../../src/adapters/slack/renderSlack.js";
import { renderReply } from "../../src/adapters/terminal/renderReply.js";
import { present } from "../../src/present/present.js";
import { BRIEFING, LAVROV, PROFILE, PROFILE_QUOTE, SOURCE } from "./fixtures.js";

/**
 * What a person reads as one piece, per platform: a Discord embed, a markdown message, a Slack
 * reply, a terminal's output. A quote must never stand in one without its speaker's name.
 */
const PLATFORMS: Record<string, (reply: Reply) => string[]> = {
  discord: (r) => renderDiscord(r).flatMap((m) => m.embeds.map((e) => JSON.stringify(e))),
  slack: (r) => [JSON.stringify(renderSlack(r))],
  terminal: (r) => [renderReply(r, { json: false, width: 60 }).stdout],
  chat: (r) => [renderChatReply(r, 40)],
  markdown: (r) => renderMarkdown(present(r), { maxLength: 600 }),
};

const quoted = (i: number) => `Quote number ${i} ${"word ".repeat(60)}end`;
const MANY_SPEAKERS: Reply = {
  kind: "briefing",
  briefing: {
    ...BRIEFING,
    speakers: Array.from({ length: 30 }, (_, i) => ({
      official: { ...LAVROV, id: `p${i}`, name: `Speaker${i} Name` },
      statements: 1,
      quote: {
        text: quoted(i),
        kind: i % 2 ? "direct" : "indirect",
        source: SOURCE,
        citation: 1,
      },
    })),
  },
};
const LONG_PROFILE: Reply = {
  kind: "official",
  profile: {
    ...PROFILE,
    quotes: Array.from({ length: 10 }, (_, i) => ({
      ...PROFILE_QUOTE,
      text: `${quoted(i)} ${"more ".repeat(150)}`,
    })),
  },
};

const CASES: [string, Reply, { text: string; speaker: string }[]][] = [
  [
    "a briefing's key quotes",
    MANY_SPEAKERS,
    MANY_SPEAKERS.kind === "briefing"
      ? MANY_SPEAKERS.briefing.speakers.map((s) => ({
          text: s.quote.text.slice(0, 16),
          speaker: s.official.name,
        }))
      : [],
  ],
  [
    "an official's quotes, split across parts",
    LONG_PROFILE,
    LONG_PROFILE.kind === "official"
      ? LONG_PROFILE.profile.quotes.map((q) => ({ text: q.text.slice(0, 16), speaker: q.speaker }))
      : [],
  ],
];

describe("a quote never reaches a user without its speaker", () => {
  for (const [platform, render] of Object.entries(PLATFORMS)) {
    it.each(CASES)(`${platform}: %s`, (_, reply, quotes) => {
      // Word-wrapped text is read across its line breaks.
      const pieces = render(reply).map((p) => p.replace(/\s+/g, " "));
      for (const q of quotes) {
        const holding = pieces.filter((p) => p.includes(q.text));
        expect(holding.length, `${q.text} is shown`).toBeGreaterThan(0);
        for (const piece of holding) expect(piece).toContain(q.speaker);
      }
    });
  }
});
