import type { OfficialProfile } from "../../../briefings/officialProfile.js";
import { coveredDates, sourceCount } from "../../../briefings/render/coverage.js";
import type { Digest, TopicBriefing } from "../../../briefings/types.js";
import type { Reply } from "../../../commands/types.js";
import type { SourceRef } from "../../corpus/types.js";
import { capList, OFFICIALS_NARROW } from "../listCap.js";
import {
  BRAND_COLOR,
  type DiscordEmbed,
  type DiscordMessage,
  fieldsToEmbeds,
  fitText,
  linesToEmbeds,
  packMessages,
  safe,
} from "./embeds.js";
import { DISCORD_LIMITS as L } from "./limits.js";

/**
 * A command reply as Discord messages: embeds with numbered citations and a sources list with
 * links, split across embeds and messages within Discord's limits. User errors and failures are
 * short ephemeral texts, visible only to the asker.
 */
export function renderDiscord(reply: Reply): DiscordMessage[] {
  switch (reply.kind) {
    case "user-error": {
      const hint =
        reply.suggestions.length > 0 && !/did you mean/i.test(reply.message)
          ? `\nDid you mean: ${reply.suggestions.map((s) => `\`${s}\``).join(", ")}?`
          : "";
      return [
        {
          content: fitText(`⚠️ ${safe(reply.message)}${hint}`, L.content),
          embeds: [],
          ephemeral: true,
        },
      ];
    }
    case "notice":
      return [
        {
          content: fitText(reply.message, L.content),
          embeds: [],
          ephemeral: reply.private === true,
        },
      ];
    case "failure":
      return [{ content: reply.message, embeds: [], ephemeral: true }];
    case "briefing":
      return packMessages(briefingEmbeds(reply.briefing));
    case "digest":
      return packMessages(digestEmbeds(reply.digest));
    case "official":
      if (reply.profile.official === null) {
        const list =
          reply.profile.miss === "ambiguous"
            ? reply.profile.candidates
                .map((c) => `\n• ${safe(c.name)}${c.role ? ` — ${safe(c.role)}` : ""}`)
                .join("")
            : "";
        return [
          {
            content: fitText(
              `⚠️ ${safe(reply.profile.message ?? "no such official")}${list}`,
              L.content,
            ),
            embeds: [],
            ephemeral: true,
          },
        ];
      }
      return packMessages(officialEmbeds(reply.profile));
    case "officials": {
      const { shown, more } = capList(reply.officials, OFFICIALS_NARROW);
      return packMessages(
        linesToEmbeds(reply.topic ? `People named in ${reply.topic}` : "People in the news", [
          ...shown.map(
            (o) =>
              `**${safe(o.name)}**${o.role ? ` — ${safe(o.role)}` : ""} · ${o.mentions} mentions, ${o.statements} statements`,
          ),
          ...(more ? [more] : []),
        ]),
      );
    }
    case "topics":
      return packMessages(
        fieldsToEmbeds(
          "Topics",
          reply.topics.map((t) => ({
            name: `${t.title} (${t.id})`,
            value: `${t.description}\n${t.sentences} sentences in ${t.articles} articles`,
          })),
        ),
      );
    case "help":
      return packMessages(
        [
          {
            title: "briefbot",
            color: BRAND_COLOR,
            description: [
              "Briefings on the news, every sentence citing its source.",
              ...reply.commands.map((c) => `\`${c.usage}\` — ${c.description}`),
              `Or mention me with a question: ${reply.examples.map((e) => `“${e}”`).join(", ")}.`,
            ].join("\n"),
          },
        ],
        true,
      );
  }
}

function numbered(items: readonly { text: string; citation: number }[]): string[] {
  return items.map((s, i) => `**${i + 1}.** ${safe(s.text)} [${s.citation}]`);
}

function sourceLines(sources: readonly SourceRef[]): string[] {
  return sources.map((s, i) => {
    const title = safe(s.title);
    const link =
      s.url && /^https?:\/\//.test(s.url) ? `[${title.replace(/[[\]]/g, "")}](${s.url})` : title;
    return `[${i + 1}] ${link} — ${s.date ?? "undated"}${s.outlet ? ` · ${safe(s.outlet)}` : ""}`;
  });
}

function coverage(range: { from: string | null; to: string | null }, count: number): string {
  return `${sourceCount(count)} · ${coveredDates(range)}`;
}

function briefingEmbeds(b: TopicBriefing): DiscordEmbed[] {
  if (b.sentences.length === 0) {
    return [
      {
        title: fitText(b.topic.title, L.embedTitle),
        description: "Nothing in the corpus is about this topic yet.",
        color: BRAND_COLOR,
      },
    ];
  }
  const embeds = linesToEmbeds(
    b.topic.title,
    numbered(b.sentences),
    coverage(b.dateRange, b.sources.length),
  );
  if (b.speakers.length > 0) {
    embeds.push(
      ...fieldsToEmbeds(
        "Who spoke",
        b.speakers.map((s) => ({
          name: `${s.official.name}${s.official.role ? ` — ${s.official.role}` : ""}`,
          value: `${s.quote.kind === "direct" ? `« ${safe(s.quote.text)} »` : safe(s.quote.text)} [${s.quote.citation}]`,
        })),
      ),
    );
  }
  embeds.push(...linesToEmbeds("Sources", sourceLines(b.sources)));
  return embeds;
}

function digestEmbeds(d: Digest): DiscordEmbed[] {
  const embeds = linesToEmbeds(
    "Daily briefing — top stories",
    d.topStories.map(
      (s, i) => `**${i + 1}.** ${safe(s.text)} [${s.citation}] — *${safe(s.topic.title)}*`,
    ),
    coverage(d.dateRange, d.sources.length),
  );
  for (const section of d.sections) {
    const lines =
      section.sentences.length === 0
        ? ["Nothing new on this topic."]
        : section.sentences.map((s) => `• ${safe(s.text)} [${s.citation}]`);
    embeds.push(...linesToEmbeds(section.topic.title, lines));
  }
  embeds.push(...linesToEmbeds("Sources", sourceLines(d.sources)));
  return embeds;
}

function officialEmbeds(p: OfficialProfile): DiscordEmbed[] {
  const o = p.official;
  if (!o) return [];
  const intro = [
    `Named in ${p.mentions} sentence${p.mentions === 1 ? "" : "s"}.`,
    p.topics.length > 0
      ? `Topics: ${p.topics.map((t) => `${t.title} (${t.mentions})`).join(", ")}`
      : "",
  ].filter(Boolean);
  const quotes = p.quotes.map(
    (q, i) =>
      `**${i + 1}.** ${q.kind === "direct" ? `« ${safe(q.text)} »` : safe(q.text)} [${q.citation}]`,
  );
  const embeds = linesToEmbeds(`${o.name}${o.role ? ` — ${o.role}` : ""}`, [
    ...intro,
    "",
    "**What they said**",
    ...(quotes.length > 0 ? quotes : ["No quote or statement attributed to them."]),
  ]);
  if (p.summary.length > 0) embeds.push(...linesToEmbeds("In the news", numbered(p.summary)));
  if (p.sources.length > 0) embeds.push(...linesToEmbeds("Sources", sourceLines(p.sources)));
  return embeds;
}
