import type { SearchResults } from "../../briefings/searchResults.js";
import { sentenceLines, sourcesSection } from "./citedLines.js";
import { coverageFooter } from "./coverage.js";
import type { Audience, Line, ReplyDocument, Section } from "./document.js";
import { section, text } from "./document.js";
import { storyDetails, storyFigures } from "./storyDocuments.js";

/** Search results: the stories about the words, then the sentences saying them, then sources. */
export function searchDocument(r: SearchResults, _audience: Audience): ReplyDocument {
  const sections: Section[] = [];
  if (r.stories.length === 0 && r.sentences.length === 0) {
    sections.push(
      section(null, [text(`Nothing in the corpus matches “${r.query}”.`, { echo: true })]),
    );
  } else {
    const stories: Line[] = r.stories.map((s) => ({
      kind: "topic",
      id: s.id,
      title: s.label,
      description: storyDetails(s),
      figures: storyFigures(s),
    }));
    if (stories.length > 0) sections.push(section("Stories", stories));
    if (r.sentences.length > 0) {
      sections.push(
        section("What the articles say", sentenceLines(r.sentences), {
          footer: coverageFooter(r.dateRange, r.sources.length),
        }),
      );
      sections.push(sourcesSection(r.sources, r.dateRange));
    }
  }
  return {
    tone: "answer",
    private: false,
    title: "Search",
    summary: "Search results",
    // What the asker typed is echoed as text a renderer escapes, never as a title.
    preface: [text(`Results for “${r.query}”`, { echo: true })],
    sections,
  };
}
