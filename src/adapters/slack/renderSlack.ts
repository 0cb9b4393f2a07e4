import type { OfficialProfile } from "../../../briefings/officialProfile.js";
import type { Digest, TopicBriefing } from "../../../briefings/types.js";
import type { Reply } from "../../../commands/types.js";
import type { SourceRef } from "../../corpus/types.js";
import { capList, OFFICIALS_NARROW } from "../listCap.js";
import {
  contexts,
  escapeMrkdwn as e,
  header,
  packSlackMessages,
  SLACK_LIMITS,
  type SlackBlock,
  type SlackMessage,
  sections,
  shorten,
} from "./blocks.js";

/**
 * A command reply as Slack Block Kit messages: a header, sections of numbered sentences with
 * their citations, and context blocks listing the sources, split into several messages within
 * Slack's limits. All corpus text is escaped for mrkdwn. User errors and failures are ephemeral.
 */
export function renderSlack(reply: Reply): SlackMessage[] {
  switch (reply.kind) {
    case "user-error": {
      const hint =
        reply.suggestions.length > 0 && !/did you mean/i.test(reply.message)
          ? ` Did you mean: ${reply.suggestions.map((s) => `\`${e(s)}\``).join(", ")}?`
          : "";
      return [ephemeralText(`:warning: ${e(reply.message)}${hint}`)];
    }
    case "notice": {
      const text = shorten(e(reply.message), SLACK_LIMITS.sectionText);
      return [
        {
          text,
          blocks: [{ type: "section", text: { type: "mrkdwn", text } }],
          ephemeral: reply.private === true,
        },
      ];
    }
    case "failure":
      return [ephemeralText(e(reply.message))];
    case "briefing":
      return packSlackMessages(
        briefingBlocks(reply.briefing),
        `Briefing: ${reply.briefing.topic.title}`,
      );
    case "digest":
      return packSlackMessages(digestBlocks(reply.digest), "Daily briefing");
    case "official":
      if (reply.profile.official === null) {
        const people =
          reply.profile.miss === "ambiguous"
            ? reply.profile.candidates
                .map((c) => `\n• ${e(c.name)}${c.role ? ` — ${e(c.role)}` : ""}`)
                .join("")
            : "";
        return [
          ephemeralText(`:warning: ${e(reply.profile.message ?? "no such official")}${people}`),
        ];
      }
      return packSlackMessages(officialBlocks(reply.profile), reply.profile.official.name);
    case "officials": {
      const { shown, more } = capList(reply.officials, OFFICIALS_NARROW);
      return packSlackMessages(
        [
          header(reply.topic ? `People named in ${reply.topic}` : "People in the news"),
          ...sections([
            ...shown.map(
              (o) =>
                `*${e(o.name)}*${o.role ? ` — ${e(o.role)}` : ""} · ${o.mentions} mentions, ${o.statements} statements`,
            ),
            ...(more ? [e(more)] : []),
          ]),
        ],
        "People in the news",
      );
    }
    case "topics":
      return packSlackMessages(
        [
          header("Topics"),
          ...sections(
            reply.topics.map(
              (t) =>
                `*${e(t.title)}* (\`${e(t.id)}\`) — ${e(t.description)} · ${t.sentences} sentences`,
            ),
          ),
        ],
        "Topics",
      );
    case "help":
      return packSlackMessages(
        [
          header("briefbot"),
          ...sections([
            "Briefings on the news, every sentence citing its source.",
            ...reply.commands.map(
              (c) =>
                `\`/${c.name}${c.usage.slice(c.name.length + 1).replace(/(\w+):<\w+>/g, "<$1>")}\` — ${e(c.description)}`,
            ),
            `Or mention me with a question: ${reply.examples.map((x) => `“${e(x)}”`).join(", ")}.`,
          ]),
        ],
        "briefbot help",
        true,
      );
  }
}

function ephemeralText(text: string): SlackMessage {
  const t = shorten(text, SLACK_LIMITS.sectionText);
  return {
    text: t,
    blocks: [{ type: "section", text: { type: "mrkdwn", text: t } }],
    ephemeral: true,
  };
}

function numbered(items: readonly { text: string; citation: number }[]): string[] {
  return items.map((s, i) => `*${i + 1}.* ${e(s.text)} [${s.citation}]`);
}

function sourceItems(sources: readonly SourceRef[]): string[] {
  return sources.map((s, i) => {
    const title = e(s.title).replace(/\|/g, "¦");
    const link = s.url && /^https?:\/\/[^\s<>|]+$/.test(s.url) ? `<${s.url}|${title}>` : title;
    return `[${i + 1}] ${link} — ${s.date ?? "undated"}`;
  });
}

function briefingBlocks(b: TopicBriefing): SlackBlock[] {
  if (b.sentences.length === 0)
    return [header(b.topic.title), ...sections(["Nothing in the corpus is about this topic yet."])];
  const blocks: SlackBlock[] = [header(b.topic.title), ...sections(numbered(b.sentences))];
  if (b.speakers.length > 0) {
    blocks.push(
      ...sections([
        "*Who spoke*",
        ...b.speakers.map(
          (s) =>
            `• *${e(s.official.name)}*${s.official.role ? ` (${e(s.official.role)})` : ""}: ${s.quote.kind === "direct" ? `« ${e(s.quote.text)} »` : e(s.quote.text)} [${s.quote.citation}]`,
        ),
      ]),
    );
  }
  blocks.push(...contexts([`*Sources* · ${dates(b.dateRange)}`, ...sourceItems(b.sources)]));
  return blocks;
}

function digestBlocks(d: Digest): SlackBlock[] {
  const blocks: SlackBlock[] = [
    header("Daily briefing"),
    ...sections([
      "*Top stories*",
      ...d.topStories.map(
        (s, i) => `*${i + 1}.* ${e(s.text)} [${s.citation}] — _${e(s.topic.title)}_`,
      ),
    ]),
  ];
  for (const section of d.sections) {
    blocks.push({ type: "divider" });
    blocks.push(
      ...sections([
        `*${e(section.topic.title)}*`,
        ...(section.sentences.length === 0
          ? ["Nothing new on this topic."]
          : section.sentences.map((s) => `• ${e(s.text)} [${s.citation}]`)),
      ]),
    );
  }
  blocks.push(...contexts([`*Sources* · ${dates(d.dateRange)}`, ...sourceItems(d.sources)]));
  return blocks;
}

function officialBlocks(p: OfficialProfile): SlackBlock[] {
  const o = p.official;
  if (!o) return [];
  const blocks: SlackBlock[] = [
    header(`${o.name}${o.role ? ` — ${o.role}` : ""}`),
    ...sections([
      `Named in ${p.mentions} sentence${p.mentions === 1 ? "" : "s"}.${p.topics.length > 0 ? ` Topics: ${p.topics.map((t) => `${e(t.title)} (${t.mentions})`).join(", ")}` : ""}`,
      "*What they said*",
      ...(p.quotes.length > 0
        ? p.quotes.map(
            (q, i) =>
              `*${i + 1}.* ${q.kind === "direct" ? `« ${e(q.text)} »` : e(q.text)} [${q.citation}]`,
          )
        : ["No quote or statement attributed to them."]),
    ]),
  ];
  if (p.summary.length > 0) blocks.push(...sections(["*In the news*", ...numbered(p.summary)]));
  if (p.sources.length > 0)
    blocks.push(...contexts([`*Sources* · ${dates(p.dateRange)}`, ...sourceItems(p.sources)]));
  return blocks;
}

function dates(range: { from: string | null; to: string | null }): string {
  if (range.from === null) return "undated";
  return range.from === range.to ? range.from : `${range.from} to ${range.to}`;
}
