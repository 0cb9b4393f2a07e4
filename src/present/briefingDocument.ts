import type { Digest, TopicBriefing } from "../../briefings/types.js";
import type { FailingFeed } from "../sources/sourceStatus.js";
import { quoteLine, sentenceLines, sourcesSection } from "./citedLines.js";
import { coverageFooter, coverageLine } from "./coverage.js";
import type { Audience, ReplyDocument, Section } from "./document.js";
import { section, text } from "./document.js";
import { nothingSince, sinceLine } from "./sinceWording.js";
import { failingFeedsLine } from "./sourcesDocument.js";
import { storyPreface } from "./storyDocuments.js";

/**
 * What an empty topic briefing says: "Nothing in this corpus is about NATO unity." or, under a
 * cutoff, "… about NATO unity since 2022-01-12." (`since` as the user should read it).
 */
export function nothingAbout(topicTitle: string, since: string | null = null): string {
  return `Nothing in this corpus is about ${topicTitle}${since === null ? "" : ` since ${since}`}.`;
}
const NOTHING_NEW = "Nothing new on this topic.";

/**
 * A topic briefing: its numbered sentences, who spoke (one key quote each, with the speaker) and
 * the sources. A terminal reader also gets the topic's id, description and when it was generated.
 */
export function briefingDocument(b: TopicBriefing, audience: Audience): ReplyDocument {
  const terminal = audience === "terminal";
  const sections: Section[] = [];
  if (b.sentences.length === 0) {
    const nothing =
      b.since === null
        ? nothingAbout(b.topic.title)
        : nothingSince(b.since, `is about ${b.topic.title}`);
    sections.push(section(null, [text(nothing)]));
  } else {
    sections.push(
      section(null, sentenceLines(b.sentences), {
        footer: coverageFooter(b.dateRange, b.sources.length),
      }),
    );
    if (b.speakers.length > 0) {
      const quotes = b.speakers.map((s) =>
        quoteLine({ name: s.official.name, role: s.official.role }, s.quote, null),
      );
      sections.push(section("Who spoke", quotes));
    }
    sections.push(sourcesSection(b.sources, b.dateRange));
  }
  return {
    tone: "answer",
    private: false,
    title: terminal ? `${b.topic.title} (${b.topic.id})` : b.topic.title,
    summary: `Briefing: ${b.topic.title}`,
    preface: [
      ...(b.story ? storyPreface(b.story) : []),
      ...(terminal
        ? [
            ...(b.story ? [] : [text(b.topic.description)]),
            text(coverageLine(b.dateRange, b.sources.length, b.generatedAt)),
          ]
        : []),
      // With nothing shown, the one line saying so names the window itself.
      ...(b.since === null || b.sentences.length === 0 ? [] : [text(sinceLine(b.since))]),
    ],
    sections,
  };
}

/** The daily digest: top stories across topics, a section per topic, then every source. */
export function digestDocument(
  d: Digest,
  audience: Audience,
  failingFeeds: readonly FailingFeed[] = [],
): ReplyDocument {
  const failing = failingFeedsLine(failingFeeds);
  const since = d.since === null ? [] : [text(sinceLine(d.since))];
  if (d.since !== null && d.sources.length === 0) {
    return {
      tone: "answer",
      private: false,
      title: "Daily briefing",
      summary: "Daily briefing",
      preface: [],
      sections: [section(null, [text(nothingSince(d.since, "in this corpus"))])],
    };
  }
  return {
    tone: "answer",
    private: false,
    title: "Daily briefing",
    summary: "Daily briefing",
    preface: [
      ...(audience === "terminal"
        ? [text(coverageLine(d.dateRange, d.sources.length, d.generatedAt))]
        : []),
      // A terminal shows no footers: the failing feeds lead instead.
      ...(audience === "terminal" && failing !== null ? [text(failing)] : []),
      ...since,
    ],
    sections: [
      section(
        "Top stories",
        sentenceLines(
          d.topStories.map((s) =>
            // A story named after this very sentence (an article without a title) needs no tag.
            s.text.startsWith(s.story.label.replace(/…$/u, ""))
              ? s
              : { ...s, topic: { title: s.story.label } },
          ),
        ),
        {
          rank: "major",
          footer:
            failing === null
              ? coverageFooter(d.dateRange, d.sources.length)
              : `${coverageFooter(d.dateRange, d.sources.length)} · ${failing}`,
        },
      ),
      ...d.sections.map((s) =>
        section(
          s.topic.title,
          s.sentences.length === 0 ? [text(NOTHING_NEW)] : sentenceLines(s.sentences, true),
          { rank: "major" },
        ),
      ),
      sourcesSection(d.sources, d.dateRange),
    ],
  };
}
