import type { SinceReport } from "../../briefings/timeWindow.js";
import type { CommandUsage, OfficialSummary, TopicSummary } from "../../commands/types.js";
import { type Audience, type Line, type ReplyDocument, section, text } from "./document.js";
import { capList, OFFICIALS_NARROW } from "./listCap.js";
import { nothingSince, sinceLine } from "./sinceWording.js";

function listDocument(
  title: string | null,
  summary: string,
  lines: readonly Line[],
  isPrivate = false,
): ReplyDocument {
  return {
    tone: "answer",
    private: isPrivate,
    title,
    summary,
    preface: [],
    sections: [section(null, lines)],
  };
}

/** Every topic with its description and how much the corpus says of it. */
export function topicsDocument(topics: readonly TopicSummary[], audience: Audience): ReplyDocument {
  return listDocument(
    audience === "terminal" ? null : "Topics",
    "Topics",
    topics.map((t) => ({
      kind: "topic",
      id: t.id,
      title: t.title,
      description: t.description,
      figures: topicFigures(t),
    })),
  );
}

/**
 * "12 sentences in 3 articles, 60% of the corpus", then "; weak fit" when the corpus barely
 * covers the topic (`TopicSummary.weakFit`).
 */
export function topicFigures(t: TopicSummary): string {
  const figures = `${t.sentences} sentences in ${t.articles} articles, ${percent(t.share)} of the corpus`;
  return t.weakFit ? `${figures}; weak fit` : figures;
}

/** A share as a percentage: whole above 10%, two significant digits below ("0.02%"). */
function percent(share: number): string {
  const value = share * 100;
  if (value === 0) return "0%";
  return `${value >= 10 ? Math.round(value) : Number(value.toPrecision(2))}%`;
}

/**
 * The people in the news, most mentioned first. A channel gets one message's worth and a line on
 * how to narrow it; a terminal gets them all.
 */
export function officialsDocument(
  topic: string | null,
  officials: readonly OfficialSummary[],
  audience: Audience,
  since: SinceReport | null = null,
): ReplyDocument {
  const { shown, more } =
    audience === "terminal"
      ? { shown: officials, more: null }
      : capList(officials, OFFICIALS_NARROW);
  const lines: Line[] = shown.map((o) => ({
    kind: "person",
    name: o.name,
    role: o.role,
    figures: [
      { count: o.mentions, unit: "mentions" },
      { count: o.statements, unit: "statements" },
    ],
  }));
  if (more !== null) lines.push(text(more));
  if (lines.length === 0) {
    lines.push(
      text(
        since === null
          ? "No officials are named in these articles."
          : nothingSince(since, "names an official"),
      ),
    );
  } else if (since !== null) {
    lines.unshift(text(sinceLine(since)));
  }
  return listDocument(
    audience === "terminal" ? null : topic ? `People named in ${topic}` : "People in the news",
    "People in the news",
    lines,
  );
}

/** What the bot does, its commands and the questions it understands; for the asker only. */
export function helpDocument(
  commands: readonly CommandUsage[],
  examples: readonly string[],
  audience: Audience,
): ReplyDocument {
  const terminal = audience === "terminal";
  return listDocument(
    terminal ? null : "briefbot",
    "briefbot help",
    [
      text(
        terminal
          ? "briefbot answers with briefings that cite every sentence's source."
          : "Briefings on the news, every sentence citing its source.",
      ),
      ...commands.map((c): Line => ({ kind: "command", ...c })),
      text(`${examples.map((e) => `“${e}”`).join(", ")}.`, {
        lead: terminal ? "Or just ask:" : "Or mention me with a question:",
      }),
    ],
    true,
  );
}
