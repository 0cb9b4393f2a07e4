import type { BriefingSentence, DateRange } from "../../briefings/types.js";
import type { SourceRef } from "../corpus/types.js";
import { dateSpan } from "./coverage.js";
import type { Line, QuoteLine, Section, SentenceLine, Speaker } from "./document.js";
import { section } from "./document.js";

/** Every line that cites a source: sentences, quotes with their speaker, the sources list. */

/** Sentences with their citations, numbered from 1 or (`bullets`) as bullets. */
export function sentenceLines(
  sentences: readonly (BriefingSentence & { readonly topic?: { readonly title: string } })[],
  bullets = false,
): SentenceLine[] {
  return sentences.map((s, i) => ({
    kind: "sentence",
    number: bullets ? null : i + 1,
    text: s.text,
    citation: s.citation,
    topic: s.topic?.title ?? null,
  }));
}

/** The numbered sources list every citation points into. */
export function sourcesSection(sources: readonly SourceRef[], range: DateRange): Section {
  const lines: Line[] = sources.map((s, i) => ({
    kind: "source",
    number: i + 1,
    title: s.title,
    url: s.url,
    date: s.date ?? "undated",
    outlet: s.outlet,
    id: s.id,
  }));
  return section("Sources", lines, { note: dateSpan(range) });
}

/**
 * A quote as shown, with its speaker and citation: a person's own words in guillemets, a reported
 * statement as it is. `number` for a person's own numbered quotes, null for a bullet.
 */
export function quoteLine(
  speaker: Speaker,
  quote: { readonly text: string; readonly kind: "direct" | "indirect"; readonly citation: number },
  number: number | null,
): QuoteLine {
  return {
    kind: "quote",
    number,
    speaker,
    text: quote.kind === "direct" ? `« ${quote.text} »` : quote.text,
    direct: quote.kind === "direct",
    citation: quote.citation,
  };
}
