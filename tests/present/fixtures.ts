import type { OfficialProfile, ProfileQuote } from "../../briefings/officialProfile.js";
import type { Digest, OfficialRef, TopicBriefing } from "../../briefings/types.js";
import type { Reply } from "../../commands/types.js";
import type { SourceRef } from "../../src/corpus/types.js";

/** Small replies of every kind, for the presenter and every renderer. */
export const SOURCE: SourceRef = {
  id: "a1",
  title: "Talks end",
  date: "2022-01-07",
  url: "https://example.org/a1",
  outlet: "Le Monde",
};
const UNDATED: SourceRef = { id: "b2", title: "Notes", date: null, url: null, outlet: null };
const RANGE = { from: "2022-01-07", to: "2022-01-21", undated: 0 };
const NOW = "2026-01-15T08:00:00.000Z";
const TOPIC = { id: "geneva", title: "Geneva talks", description: "The talks in Geneva." };

export const LAVROV: OfficialRef = {
  id: "lavrov",
  name: "Sergueï Lavrov",
  role: "ministre",
  roleEn: "Foreign Minister",
  aliases: [],
  organisation: null,
  country: null,
};

export const FIRST_SENTENCE = { text: "The talks ended.", source: SOURCE, citation: 1, score: 1 };

export const BRIEFING: TopicBriefing = {
  topic: TOPIC,
  generatedAt: NOW,
  dateRange: RANGE,
  sentences: [FIRST_SENTENCE, { text: "Nobody moved.", source: UNDATED, citation: 2, score: 0.5 }],
  speakers: [
    {
      official: LAVROV,
      statements: 2,
      quote: { text: "We will not yield", kind: "direct", source: SOURCE, citation: 1 },
    },
  ],
  sources: [SOURCE, UNDATED],
  since: null,
};

export const DIGEST: Digest = {
  generatedAt: NOW,
  dateRange: RANGE,
  topStories: [
    {
      text: "The talks ended.",
      source: SOURCE,
      citation: 1,
      score: 1,
      story: {
        id: "s1a2b3c4",
        label: "Talks end without a deal",
        articles: 2,
        repeats: 0,
        outlets: [],
        firstDate: "2022-01-12",
        lastDate: "2022-01-12",
        undated: 0,
        people: [],
      },
    },
  ],
  sections: [
    { topic: TOPIC, sentences: [{ text: "Nobody moved.", source: SOURCE, citation: 1, score: 1 }] },
    { topic: { id: "iran", title: "Iran talks", description: "" }, sentences: [] },
  ],
  sources: [SOURCE],
  since: null,
};

export const PROFILE_QUOTE: ProfileQuote = {
  text: "Russia wants guarantees",
  speaker: "Sergueï Lavrov",
  kind: "indirect",
  source: SOURCE,
  sentenceId: "a1:0:0",
  position: 0,
  citation: 1,
  score: 1,
};

export const PROFILE: OfficialProfile = {
  query: "lavrov",
  official: LAVROV,
  candidates: [],
  message: null,
  miss: null,
  generatedAt: NOW,
  mentions: 3,
  spellings: ["Sergueï Lavrov", "Lavrov"],
  topics: [{ id: "geneva", title: "Geneva talks", mentions: 2 }],
  quotes: [PROFILE_QUOTE],
  summary: [{ text: "Lavrov met Blinken.", source: SOURCE, citation: 1, score: 1 }],
  dateRange: { from: "2022-01-07", to: "2022-01-07", undated: 0 },
  sources: [SOURCE],
  since: null,
  subject: null,
};

export const REPLIES = {
  briefing: { kind: "briefing", briefing: BRIEFING },
  digest: { kind: "digest", digest: DIGEST },
  topics: {
    kind: "topics",
    topics: [
      { ...TOPIC, sentences: 12, articles: 3, corpusArticles: 5, share: 0.6, weakFit: false },
    ],
  },
  official: { kind: "official", profile: PROFILE },
  help: {
    kind: "help",
    commands: [{ name: "brief", usage: "/brief topic:<topic>", description: "A briefing" }],
    examples: ["what about nato?"],
  },
  officials: {
    kind: "officials",
    topic: null,
    since: null,
    officials: [
      {
        id: "lavrov",
        name: "Sergueï Lavrov",
        role: "ministre",
        mentions: 3,
        statements: 2,
        articles: 1,
      },
    ],
  },
  notice: { kind: "notice", message: "No new articles since the last digest." },
  failure: { kind: "failure", message: "Something went wrong on our side." },
  "user-error": { kind: "user-error", message: "unknown topic 'genva'", suggestions: ["geneva"] },
} as const satisfies Record<string, Reply>;
