import { currentRole } from "../briefings/officialProfile.js";
import { describeTopicMiss, resolveTopic } from "../briefings/resolveTopic.js";
import { articleDatedSince, datedSince, undatedAmong } from "../briefings/timeWindow.js";
import { defineCommand } from "./defineCommand.js";
import { SINCE_OPTION, sinceCutoff } from "./sinceOption.js";
import { type OfficialSummary, userError } from "./types.js";

/** `/officials [topic:<topic>]` — the people in the corpus, most mentioned first. */
export const officials = defineCommand({
  name: "officials",
  description: "The people named in the news, with how often, optionally for one topic",
  preconditions: ["flood-limits"],
  cli: {
    synopsis: "officials [--topic t]",
    summary: "the people named in the corpus, most mentioned first",
    about:
      "Lists the people named in the corpus (configured officials and people introduced with a role),\nwith the number of sentences naming them and of statements attributed to them.",
  },
  options: [
    {
      name: "topic",
      description: "only people named in this topic's sentences",
      type: "string",
      required: false,
      maxLength: 100,
      autocomplete: "topics",
    },
    SINCE_OPTION,
  ],
  execute(input, deps) {
    const { index } = deps;
    let topicId: string | null = null;
    if (input.topic !== undefined) {
      const resolved = resolveTopic(input.topic, index.topics);
      if (!resolved.ok)
        return userError(describeTopicMiss(resolved, index.topics), resolved.suggestions);
      topicId = resolved.topic.id;
    }
    const since = input.since === undefined ? null : sinceCutoff(input.since, deps.now());
    const dated = (articleId: string) =>
      since === null || articleDatedSince(index, articleId, since);
    const rows: OfficialSummary[] = [];
    const seenArticles: string[] = [];
    for (const person of index.officials.people) {
      const onTopic = (index.officials.mentions.get(person.id) ?? []).filter(
        (r) => topicId === null || index.sentenceById.get(r.sentenceId)?.topics.has(topicId),
      );
      for (const r of onTopic) seenArticles.push(r.articleId);
      const refs = onTopic.filter((r) => dated(r.articleId));
      const mentions = new Set(refs.map((r) => r.sentenceId)).size;
      if (mentions === 0) continue;
      const statements = index.officials.statements.filter(
        (s) =>
          s.speakerId === person.id &&
          (since === null ||
            datedSince(index.sentenceById.get(s.sentenceId)?.source.date ?? null, since)) &&
          (topicId === null || index.sentenceById.get(s.sentenceId)?.topics.has(topicId)),
      ).length;
      rows.push({
        id: person.id,
        name: person.name,
        role: currentRole(index, person),
        mentions,
        statements,
        articles: new Set(refs.map((r) => r.articleId)).size,
      });
    }
    rows.sort((a, b) => b.mentions - a.mentions || a.name.localeCompare(b.name));
    return {
      kind: "officials",
      topic: topicId,
      officials: rows,
      since:
        since === null ? null : { from: since, undatedLeftOut: undatedAmong(index, seenArticles) },
    };
  },
});
