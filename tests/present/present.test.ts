import { describe, expect, it } from "vitest";
import { nothingAbout } from "../../src/present/briefingDocument.js";
import { present } from "../../src/present/present.js";
import { REPLIES } from "./fixtures.js";

const SOURCE_LINE = {
  kind: "source",
  number: 1,
  title: "Talks end",
  url: "https://example.org/a1",
  date: "2022-01-07",
  outlet: "Le Monde",
  id: "a1",
} as const;
const UNDATED_LINE = {
  kind: "source",
  number: 2,
  title: "Notes",
  url: null,
  date: "undated",
  outlet: null,
  id: "b2",
} as const;
const LAVROV = { name: "Sergueï Lavrov", role: "ministre" };

function reply(kind: keyof typeof REPLIES) {
  return REPLIES[kind];
}

function minor(heading: string | null, lines: unknown[], extra: object = {}) {
  return { heading, rank: "minor", lines, footer: null, note: null, ...extra };
}

/** An answer's document with no preface. */
function answer(title: string, summary: string, sections: unknown[], isPrivate = false) {
  return { tone: "answer", private: isPrivate, title, summary, preface: [], sections };
}

describe("present: one document per reply, every phrase decided here", () => {
  it("briefing: numbered sentences with the coverage footer, who spoke with the speaker, sources", () => {
    expect(present(reply("briefing"))).toEqual(
      answer("Geneva talks", "Briefing: Geneva talks", [
        minor(
          null,
          [
            { kind: "sentence", number: 1, text: "The talks ended.", citation: 1, topic: null },
            { kind: "sentence", number: 2, text: "Nobody moved.", citation: 2, topic: null },
          ],
          { footer: "2 sources · covering 2022-01-07 to 2022-01-21" },
        ),
        minor("Who spoke", [
          {
            kind: "quote",
            number: null,
            speaker: LAVROV,
            text: "« We will not yield »",
            direct: true,
            citation: 1,
          },
        ]),
        minor("Sources", [SOURCE_LINE, UNDATED_LINE], { note: "2022-01-07 to 2022-01-21" }),
      ]),
    );
  });

  it("briefing for a terminal: the id in the title, the description and generation time first", () => {
    const doc = present(reply("briefing"), "terminal");
    expect(doc.title).toBe("Geneva talks (geneva)");
    expect(doc.preface).toEqual([
      { kind: "text", text: "The talks in Geneva." },
      {
        kind: "text",
        text: "2 sources, covering 2022-01-07 to 2022-01-21 · generated 2026-01-15 08:00 UTC",
      },
    ]);
    expect(doc.sections).toEqual(present(reply("briefing")).sections);
  });

  it("digest: top stories tagged with their story's headline, a major section per topic, 'Nothing new' when empty", () => {
    expect(present(reply("digest"))).toEqual(
      answer("Daily briefing", "Daily briefing", [
        {
          heading: "Top stories",
          rank: "major",
          lines: [
            {
              kind: "sentence",
              number: 1,
              text: "The talks ended.",
              citation: 1,
              topic: "Talks end without a deal",
            },
          ],
          footer: "1 source · covering 2022-01-07 to 2022-01-21",
          note: null,
        },
        {
          heading: "Geneva talks",
          rank: "major",
          lines: [
            { kind: "sentence", number: null, text: "Nobody moved.", citation: 1, topic: null },
          ],
          footer: null,
          note: null,
        },
        {
          heading: "Iran talks",
          rank: "major",
          lines: [{ kind: "text", text: "Nothing new on this topic." }],
          footer: null,
          note: null,
        },
        minor("Sources", [SOURCE_LINE], { note: "2022-01-07 to 2022-01-21" }),
      ]),
    );
  });

  it("topics: one row per topic with its figures", () => {
    expect(present(reply("topics"))).toEqual(
      answer("Topics", "Topics", [
        minor(null, [
          {
            kind: "topic",
            id: "geneva",
            title: "Geneva talks",
            description: "The talks in Geneva.",
            figures: "12 sentences in 3 articles, 60% of the corpus",
          },
        ]),
      ]),
    );
  });

  it("official: intro, what they said (each quote with its speaker), in the news, sources", () => {
    expect(present(reply("official"))).toEqual(
      answer("Sergueï Lavrov — ministre", "Sergueï Lavrov", [
        minor(null, [
          { kind: "text", text: "Named in 3 sentences." },
          { kind: "text", text: "Topics: Geneva talks (2)", runOn: true },
          { kind: "gap" },
          { kind: "subheading", text: "What they said" },
          {
            kind: "quote",
            number: 1,
            speaker: LAVROV,
            text: "Russia wants guarantees",
            direct: false,
            citation: 1,
          },
        ]),
        minor("In the news", [
          { kind: "sentence", number: 1, text: "Lavrov met Blinken.", citation: 1, topic: null },
        ]),
        minor("Sources", [SOURCE_LINE], { note: "2022-01-07" }),
      ]),
    );
  });

  it("official for a terminal: both roles, the other spellings, 'What they said' as a section", () => {
    const doc = present(reply("official"), "terminal");
    expect(doc.title).toBe("Sergueï Lavrov — ministre / Foreign Minister");
    expect(doc.preface).toEqual([
      { kind: "text", text: "Named in 3 sentences (also written Lavrov)." },
      { kind: "text", text: "Topics: Geneva talks (2)", runOn: true },
    ]);
    expect(doc.sections.map((s) => s.heading)).toEqual([
      "What they said",
      "In the news",
      "Sources",
    ]);
  });

  it("help: private, the commands and the questions to ask", () => {
    expect(present(reply("help"))).toEqual(
      answer(
        "briefbot",
        "briefbot help",
        [
          minor(null, [
            { kind: "text", text: "Briefings on the news, every sentence citing its source." },
            {
              kind: "command",
              name: "brief",
              usage: "/brief topic:<topic>",
              description: "A briefing",
            },
            { kind: "text", text: "“what about nato?”.", lead: "Or mention me with a question:" },
          ]),
        ],
        true,
      ),
    );
  });

  it("officials: one row per person with their figures", () => {
    expect(present(reply("officials"))).toEqual(
      answer("People in the news", "People in the news", [
        minor(null, [
          {
            kind: "person",
            name: "Sergueï Lavrov",
            role: "ministre",
            figures: [
              { count: 3, unit: "mentions" },
              { count: 2, unit: "statements" },
            ],
          },
        ]),
      ]),
    );
  });

  it.each([
    ["notice", "the message, for the channel", false, "No new articles since the last digest."],
    ["failure", "only the apology, privately", true, "Something went wrong on our side."],
  ] as const)("%s: %s", (kind, _, isPrivate, message) => {
    expect(present(reply(kind))).toEqual({
      tone: kind,
      private: isPrivate,
      title: null,
      summary: message,
      preface: [],
      sections: [minor(null, [{ kind: "text", text: message }])],
    });
  });

  it("user error: the message (it may echo the asker) and the suggestions, privately", () => {
    expect(present(reply("user-error"))).toEqual({
      tone: "user-error",
      private: true,
      title: null,
      summary: "unknown topic 'genva'",
      preface: [],
      sections: [
        minor(null, [
          { kind: "text", text: "unknown topic 'genva'", echo: true },
          { kind: "choices", lead: "Did you mean:", choices: ["geneva"], runOn: true },
        ]),
      ],
    });
    expect(present(reply("user-error"), "terminal").sections[0]?.lines).toHaveLength(1);
  });
});

describe("the reply for a topic with nothing in the corpus", () => {
  it("names the topic, and the cutoff when there is one", () => {
    expect(nothingAbout("NATO unity")).toBe("Nothing in this corpus is about NATO unity.");
    expect(nothingAbout("NATO unity", "2022-01-12")).toBe(
      "Nothing in this corpus is about NATO unity since 2022-01-12.",
    );
  });
});
