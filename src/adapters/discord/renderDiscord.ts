import type { Reply } from "../../../commands/types.js";
import type { Line, ReplyDocument, Section } from "../../present/document.js";
import { present } from "../../present/present.js";
import {
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
  return renderDiscordDocument(present(reply));
}

/** A presented reply in Discord's shapes: an answer as embeds, anything else as one text. */
export function renderDiscordDocument(doc: ReplyDocument): DiscordMessage[] {
  if (doc.tone !== "answer") return [textMessage(doc)];
  return packMessages(
    doc.sections.flatMap((s, i) => sectionEmbeds(s, embedTitle(doc, s, i))),
    doc.private,
  );
}

/** A notice, a user error (with a warning sign) or an apology: one text, no embeds. */
function textMessage(doc: ReplyDocument): DiscordMessage {
  const body = doc.sections.flatMap((s) => s.lines.map(lineText)).join("\n");
  const sign = doc.tone === "user-error" ? "⚠️ " : "";
  return { content: fitText(`${sign}${body}`, L.content), embeds: [], ephemeral: doc.private };
}

/**
 * An embed has one title: the first section carries the document's ("Daily briefing — top
 * stories" where that section has a heading of its own), the others their heading.
 */
function embedTitle(doc: ReplyDocument, s: Section, i: number): string {
  if (i > 0 || doc.title === null) return s.heading ?? doc.title ?? "";
  return s.heading === null ? doc.title : `${doc.title} — ${s.heading.toLowerCase()}`;
}

/** Named entries (a speaker and their quote, a topic and its figures) as fields; lines else. */
function sectionEmbeds(s: Section, title: string): DiscordEmbed[] {
  const fields = s.lines.flatMap(field);
  if (fields.length > 0 && fields.length === s.lines.length) return fieldsToEmbeds(title, fields);
  return linesToEmbeds(title, s.lines.map(lineText), s.footer ?? undefined);
}

function field(line: Line): { name: string; value: string }[] {
  if (line.kind === "quote" && line.number === null) {
    const { name, role } = line.speaker;
    return [
      {
        name: `${name}${role ? ` — ${role}` : ""}`,
        value: `${safe(line.text)} [${line.citation}]`,
      },
    ];
  }
  if (line.kind === "topic")
    return [{ name: `${line.title} (${line.id})`, value: `${line.description}\n${line.figures}` }];
  return [];
}

/** One line in Discord markdown; corpus text and the asker's words escaped (`safe`). */
function lineText(line: Line): string {
  switch (line.kind) {
    case "text":
      return `${line.lead ? `${line.lead} ` : ""}${line.echo ? safe(line.text) : line.text}`;
    case "sentence":
      return `${line.number === null ? "•" : `**${line.number}.**`} ${safe(line.text)} [${line.citation}]${line.topic === null ? "" : ` — *${safe(line.topic)}*`}`;
    case "quote":
      return line.number === null
        ? `• **${safe(line.speaker.name)}**${line.speaker.role ? ` (${safe(line.speaker.role)})` : ""}: ${safe(line.text)} [${line.citation}]`
        : `**${line.number}.** ${safe(line.text)} [${line.citation}]`;
    case "source": {
      const title = safe(line.title);
      const link =
        line.url && /^https?:\/\//.test(line.url)
          ? `[${title.replace(/[[\]]/g, "")}](${line.url})`
          : title;
      return `[${line.number}] ${link} — ${line.date}${line.outlet ? ` · ${safe(line.outlet)}` : ""}`;
    }
    case "person":
      return `**${safe(line.name)}**${line.role ? ` — ${safe(line.role)}` : ""} · ${line.figures.map((f) => `${f.count} ${f.unit}`).join(", ")}`;
    case "topic":
      return `**${line.title}** (${line.id}) — ${line.description} · ${line.figures}`;
    case "command":
      return `\`${line.usage}\` — ${line.description}`;
    case "bullet":
      return `• ${safe(line.text)}`;
    case "choices":
      return `${line.lead} ${line.choices.map((c) => `\`${c}\``).join(", ")}?`;
    case "subheading":
      return `**${line.text}**`;
    case "gap":
      return "";
  }
}
