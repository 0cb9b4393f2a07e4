import {
  buildOfficialProfile,
  officialMiss,
  type ProfileSubject,
} from "../briefings/officialProfile.js";
import { describeTopicMiss, resolveTopic } from "../briefings/resolveTopic.js";
import type { CorpusIndex } from "../src/index/corpusIndex.js";
import { describeNameMiss, resolveName } from "../src/officials/resolveName.js";
import { findStories } from "../src/stories/findStories.js";
import { defineCommand } from "./defineCommand.js";
import { SINCE_OPTION, sinceCutoff } from "./sinceOption.js";
import { userError } from "./types.js";

/** `/official name:<name>` — who a person is, what they said, where. */
export const official = defineCommand({
  name: "official",
  description: "What an official said: role, topics, key quotes, each with its source",
  preconditions: ["briefing-cooldown"],
  cli: {
    synopsis: "official <name>",
    summary: "who an official is, what they said and where (typos welcome)",
    about:
      "An official's role, the topics they appear in, their most significant quotes and a short\nsummary of what they did, each with its citation. Names are matched despite case, accents,\ntitles (M., Mme, Secretary), transliterations (Sergey/Sergueï) and small typos (Bliken).\nExit code 2 when nobody matches; ambiguous names list the candidates.",
    lookUp: "briefbot officials",
  },
  options: [
    {
      name: "name",
      description: "a name or surname, typos welcome (Blinken, Lavrov, Stoltenberg)",
      type: "string",
      required: true,
      maxLength: 80,
      autocomplete: "officials",
    },
    {
      name: "limit",
      description: "number of quotes (1-10)",
      type: "integer",
      required: false,
      min: 1,
      max: 10,
    },
    SINCE_OPTION,
    {
      name: "topic",
      description: "only what they said on this topic (see /topics)",
      type: "string",
      required: false,
      maxLength: 100,
      autocomplete: "topics",
    },
    {
      name: "story",
      description: "only what they said in this story (id or words, see /stories)",
      type: "string",
      required: false,
      maxLength: 100,
    },
  ],
  execute(input, deps) {
    const query = input.name;
    const resolved = resolveName(query, deps.index.officials.matcher);
    if (!resolved.ok) {
      const message = describeNameMiss(resolved);
      if (resolved.reason === "too-short") return userError(message);
      return {
        kind: "official",
        profile: officialMiss(query, message, resolved.reason, resolved.candidates, deps.now()),
      };
    }
    const subject = profileSubject(deps.index, input.topic, input.story);
    if (!subject.ok) return userError(subject.message, subject.suggestions);
    const now = deps.now();
    return {
      kind: "official",
      profile: buildOfficialProfile(deps.index, resolved.person, query, {
        now,
        summarizer: deps.summarizer,
        ...(input.limit === undefined ? {} : { maxQuotes: input.limit }),
        ...(input.since === undefined ? {} : { since: sinceCutoff(input.since, now) }),
        ...(subject.subject === null ? {} : { subject: subject.subject }),
      }),
    };
  },
});

type SubjectLookup =
  | { readonly ok: true; readonly subject: ProfileSubject | null }
  | { readonly ok: false; readonly message: string; readonly suggestions: readonly string[] };

/** The subject `--topic` or `--story` names (not both), or why it names none. */
function profileSubject(
  index: CorpusIndex,
  topic: string | undefined,
  story: string | undefined,
): SubjectLookup {
  if (topic !== undefined && story !== undefined) {
    return { ok: false, message: "give a topic or a story, not both", suggestions: [] };
  }
  if (topic !== undefined) {
    const resolved = resolveTopic(topic, index.topics);
    if (!resolved.ok) {
      return {
        ok: false,
        message: describeTopicMiss(resolved, index.topics),
        suggestions: resolved.suggestions,
      };
    }
    return {
      ok: true,
      subject: { kind: "topic", id: resolved.topic.id, title: resolved.topic.title },
    };
  }
  if (story !== undefined) {
    const found = findStories(index.stories, story)[0];
    if (!found) {
      return { ok: false, message: `no story matches '${story}' (see stories)`, suggestions: [] };
    }
    return { ok: true, subject: { kind: "story", id: found.id, title: found.label } };
  }
  return { ok: true, subject: null };
}
