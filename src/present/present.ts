import type { Reply } from "../../commands/types.js";
import { briefingDocument, digestDocument } from "./briefingDocument.js";
import { type Audience, type Line, type ReplyDocument, section, text } from "./document.js";
import { helpDocument, officialsDocument, topicsDocument } from "./listDocuments.js";
import { officialDocument } from "./officialDocument.js";
import { searchDocument } from "./searchDocument.js";
import { sourcesDocument } from "./sourcesDocument.js";
import { storiesDocument } from "./storyDocuments.js";
import { topicSuggestionsDocument } from "./topicSuggestionsDocument.js";

/**
 * A reply as the one neutral document every platform renders. `audience` is who reads it: a chat
 * channel (the default: Discord, Slack, webhooks) or a person at a terminal, who has room for more
 * detail, cannot mention the bot and sees no list cut short.
 */
export function present(reply: Reply, audience: Audience = "chat"): ReplyDocument {
  switch (reply.kind) {
    case "briefing":
      return briefingDocument(reply.briefing, audience);
    case "digest":
      return digestDocument(reply.digest, audience, reply.failingFeeds ?? []);
    case "official":
      return officialDocument(reply.profile, audience);
    case "topics":
      return topicsDocument(reply.topics, audience);
    case "topic-suggestions":
      return topicSuggestionsDocument(reply.suggestions);
    case "search":
      return searchDocument(reply.results, audience);
    case "stories":
      return storiesDocument(reply.stories, reply.total, reply.since, audience);
    case "officials":
      return officialsDocument(reply.topic, reply.officials, audience, reply.since);
    case "sources":
      return sourcesDocument(reply.view);
    case "help":
      return helpDocument(reply.commands, reply.examples, audience);
    case "notice":
      return message("notice", reply.private === true, [text(reply.message)]);
    case "failure":
      return message("failure", true, [text(reply.message)]);
    case "user-error": {
      // A terminal user reads the message alone; a chat gets the suggestions as choices, unless
      // the message already offers them.
      const offer =
        audience === "chat" && reply.suggestions.length > 0 && !/did you mean/i.test(reply.message);
      return message("user-error", true, [
        text(reply.message, { echo: true }),
        ...(offer
          ? [
              {
                kind: "choices",
                lead: "Did you mean:",
                choices: reply.suggestions,
                runOn: true,
              } as const,
            ]
          : []),
      ]);
    }
  }
}

function message(
  tone: "notice" | "failure" | "user-error",
  isPrivate: boolean,
  lines: readonly Line[],
): ReplyDocument {
  const first = lines[0];
  return {
    tone,
    private: isPrivate,
    title: null,
    summary: first?.kind === "text" ? first.text : "",
    preface: [],
    sections: [section(null, lines)],
  };
}
