import type { SinceReport } from "../../briefings/timeWindow.js";
import type { StorySummary } from "../../briefings/types.js";
import { dateSpan } from "./coverage.js";
import type { Audience, Line, ReplyDocument, TextLine } from "./document.js";
import { section, text } from "./document.js";
import { nothingSince, sinceLine } from "./sinceWording.js";

/**
 * "3 articles, 2020-08-31 to 2020-09-01 (1 undated)", "2 articles (+1 repeated), 2020-09-01",
 * "1 article, undated".
 */
export function storyFigures(s: StorySummary): string {
  const repeated = s.repeats > 0 ? ` (+${s.repeats} repeated)` : "";
  const articles = `${s.articles} article${s.articles === 1 ? "" : "s"}${repeated}`;
  const dated =
    s.firstDate === null ? "undated" : dateSpan({ from: s.firstDate, to: s.lastDate, undated: 0 });
  const undated = s.firstDate !== null && s.undated > 0 ? ` (${s.undated} undated)` : "";
  return `${articles}, ${dated}${undated}`;
}

/** "Outlets: AFP, Le Monde · People: Jean Castex, Emmanuel Macron", or "" when none is known. */
export function storyDetails(s: StorySummary): string {
  const parts = [
    s.outlets.length > 0 ? `Outlets: ${s.outlets.slice(0, 4).join(", ")}` : null,
    s.people.length > 0 ? `People: ${s.people.join(", ")}` : null,
  ].filter((p): p is string => p !== null);
  return parts.join(" · ");
}

/** The stories, biggest and newest first, each with its id to brief it by. */
export function storiesDocument(
  stories: readonly StorySummary[],
  total: number,
  since: SinceReport | null,
  audience: Audience,
): ReplyDocument {
  const lines: Line[] = stories.map((s) => ({
    kind: "topic",
    id: s.id,
    title: s.label,
    description: storyDetails(s),
    figures: storyFigures(s),
  }));
  if (lines.length === 0) {
    lines.push(
      text(
        since === null
          ? "No stories: the corpus holds no article yet."
          : nothingSince(since, "is in this corpus"),
      ),
    );
  } else if (total > stories.length) {
    lines.push(
      text(
        `…${total - stories.length} more stories — ask with a larger limit, or brief one by its id`,
      ),
    );
  }
  return {
    tone: "answer",
    private: false,
    title: audience === "terminal" ? null : "Stories",
    summary: "Stories",
    preface: since === null || stories.length === 0 ? [] : [text(sinceLine(since))],
    sections: [section(null, lines)],
  };
}

/** What a story's briefing says under its headline: its figures, outlets and people. */
export function storyPreface(s: StorySummary): TextLine[] {
  const details = storyDetails(s);
  return [text(`Story ${s.id}: ${storyFigures(s)}`), ...(details === "" ? [] : [text(details)])];
}
