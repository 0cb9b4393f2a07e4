import type { SourceRef } from "../../src/corpus/types.js";
import type { BriefingSentence, DateRange, Digest, TopicBriefing } from "../types.js";
import { coveredDates, sourceCount } from "./coverage.js";
import { wrap } from "./wrap.js";

export interface TerminalOptions {
  /** Columns to wrap at (default 100). */
  readonly width?: number;
}

/** A topic briefing as terminal text: title, coverage, numbered sentences with [n] citations, sources. */
export function renderBriefingText(briefing: TopicBriefing, options: TerminalOptions = {}): string {
  const width = options.width ?? 100;
  const out = [
    wrap(`${briefing.topic.title} (${briefing.topic.id})`, width, "", ""),
    wrap(briefing.topic.description, width, "", ""),
    wrap(
      coverage(briefing.dateRange, briefing.sources.length, briefing.generatedAt),
      width,
      "",
      "",
    ),
    "",
  ];
  if (briefing.sentences.length === 0) {
    out.push("Nothing in the corpus is about this topic yet.");
  } else {
    out.push(...renderSentences(briefing.sentences, width));
    if (briefing.speakers.length > 0) {
      out.push("", "Who spoke");
      for (const s of briefing.speakers) {
        const quote = s.quote.kind === "direct" ? `« ${s.quote.text} »` : s.quote.text;
        const who = s.official.role ? `${s.official.name} (${s.official.role})` : s.official.name;
        out.push(wrap(`${who}: ${quote} [${s.quote.citation}]`, width, "  • ", "    "));
      }
    }
    out.push("", ...renderSources(briefing.sources, width));
  }
  return `${out.join("\n")}\n`;
}

/** The digest as terminal text: top stories, then one section per topic, then all sources. */
export function renderDigestText(digest: Digest, options: TerminalOptions = {}): string {
  const width = options.width ?? 100;
  const out = [
    "Daily briefing",
    wrap(coverage(digest.dateRange, digest.sources.length, digest.generatedAt), width, "", ""),
    "",
    "TOP STORIES",
  ];
  digest.topStories.forEach((s, i) => {
    out.push(wrap(`${s.text} [${s.citation}] (${s.topic.title})`, width, ` ${i + 1}. `, "    "));
  });
  for (const section of digest.sections) {
    out.push("", section.topic.title.toUpperCase());
    if (section.sentences.length === 0) out.push("    Nothing new on this topic.");
    else out.push(...renderSentences(section.sentences, width, "  • "));
  }
  out.push("", ...renderSources(digest.sources, width));
  return `${out.join("\n")}\n`;
}

function renderSentences(
  sentences: readonly BriefingSentence[],
  width: number,
  bullet?: string,
): string[] {
  return sentences.map((s, i) =>
    wrap(`${s.text} [${s.citation}]`, width, bullet ?? ` ${i + 1}. `, "    "),
  );
}

export function renderSources(sources: readonly SourceRef[], width: number): string[] {
  return [
    "Sources",
    ...sources.map((s, i) => {
      const details = [s.outlet, s.date ?? "undated", s.url ?? s.id].filter(Boolean).join(" · ");
      return wrap(`${s.title} — ${details}`, width, ` [${i + 1}] `, "     ");
    }),
  ];
}

function coverage(range: DateRange, count: number, generatedAt: string): string {
  return `${sourceCount(count)}, ${coveredDates(range)} · generated ${generatedAt.replace("T", " ").slice(0, 16)} UTC`;
}
