import type { TopicSuggestion } from "../../briefings/topicSuggestions.js";
import type { ReplyDocument, Section } from "./document.js";
import { section, text } from "./document.js";
import { storyFigures } from "./storyDocuments.js";

/** Topics proposed from stories: each entry's id, title, terms and the story it came from. */
export function topicSuggestionsDocument(suggestions: readonly TopicSuggestion[]): ReplyDocument {
  const sections: Section[] =
    suggestions.length === 0
      ? [
          section(null, [
            text("No story is big enough, and free of a configured topic, to suggest one."),
          ]),
        ]
      : [
          ...suggestions.map(({ entry, story }) => {
            const group = entry.terms.fr.strong.length > 0 ? entry.terms.fr : entry.terms.en;
            return section(entry.id, [
              text(entry.title),
              text(group.strong.join(", "), { lead: "Strong terms:" }),
              ...(group.weak.length > 0
                ? [text(group.weak.join(", "), { lead: "Weak terms:" })]
                : []),
              ...(entry.terms.any.strong.length > 0
                ? [text(entry.terms.any.strong.join(", "), { lead: "People:" })]
                : []),
              text(`${story.id}, ${storyFigures(story)}`, { lead: "From story" }),
            ]);
          }),
          section(null, [
            text(
              "Review them and add the ones you want to config/topics.json (`briefbot topics suggest --json` prints them as entries).",
            ),
          ]),
        ];
  return {
    tone: "answer",
    private: false,
    title: "Suggested topics",
    summary: "Suggested topics",
    preface: [],
    sections,
  };
}
