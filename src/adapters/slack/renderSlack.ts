import type { Reply } from "../../../commands/types.js";
import type { Line, ReplyDocument } from "../../present/document.js";
import { present } from "../../present/present.js";
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
  return renderSlackDocument(present(reply));
}

/** A presented reply in Block Kit: an answer as blocks, anything else as one section of text. */
export function renderSlackDocument(doc: ReplyDocument): SlackMessage[] {
  if (doc.tone !== "answer") {
    const sign = doc.tone === "user-error" ? ":warning: " : "";
    const text = shorten(
      `${sign}${doc.sections.flatMap((s) => packed(s.lines)).join("\n")}`,
      SLACK_LIMITS.sectionText,
    );
    return [
      {
        text,
        blocks: [{ type: "section", text: { type: "mrkdwn", text } }],
        ephemeral: doc.private,
      },
    ];
  }
  const blocks: SlackBlock[] = doc.title === null ? [] : [header(doc.title)];
  doc.sections.forEach((s, i) => {
    if (s.lines.every((l) => l.kind === "source")) {
      const heading = s.heading === null ? [] : [`*${s.heading}*${s.note ? ` · ${s.note}` : ""}`];
      blocks.push(...contexts([...heading, ...s.lines.map(lineText)]));
      return;
    }
    // Parts that stand side by side (the digest's topics) are set apart by a divider.
    if (s.rank === "major" && doc.sections[i - 1]?.rank === "major")
      blocks.push({ type: "divider" });
    blocks.push(
      ...sections([...(s.heading === null ? [] : [`*${e(s.heading)}*`]), ...packed(s.lines)]),
    );
  });
  return packSlackMessages(blocks, doc.summary, doc.private);
}

/** The lines as mrkdwn, a run-on line joined to the one before it; no blank lines in a section. */
function packed(lines: readonly Line[]): string[] {
  const out: string[] = [];
  for (const line of lines) {
    if (line.kind === "gap") continue;
    const rendered = lineText(line);
    const last = out.length - 1;
    if ((line.kind === "text" || line.kind === "choices") && line.runOn && last >= 0)
      out[last] = `${out[last]} ${rendered}`;
    else out.push(rendered);
  }
  return out;
}

/** One line in mrkdwn, every piece of text escaped. */
function lineText(line: Line): string {
  switch (line.kind) {
    case "text":
      return e(`${line.lead ? `${line.lead} ` : ""}${line.text}`);
    case "sentence":
      return `${line.number === null ? "•" : `*${line.number}.*`} ${e(line.text)} [${line.citation}]${line.topic === null ? "" : ` — _${e(line.topic)}_`}`;
    case "quote":
      return line.number === null
        ? `• *${e(line.speaker.name)}*${line.speaker.role ? ` (${e(line.speaker.role)})` : ""}: ${e(line.text)} [${line.citation}]`
        : `*${line.number}.* ${e(line.text)} [${line.citation}]`;
    case "source": {
      const title = e(line.title).replace(/\|/g, "¦");
      const link =
        line.url && /^https?:\/\/[^\s<>|]+$/.test(line.url) ? `<${line.url}|${title}>` : title;
      return `[${line.number}] ${link} — ${line.date}`;
    }
    case "person":
      return `*${e(line.name)}*${line.role ? ` — ${e(line.role)}` : ""} · ${line.figures.map((f) => `${f.count} ${f.unit}`).join(", ")}`;
    case "topic":
      return `*${e(line.title)}* (\`${e(line.id)}\`) — ${e(line.description)} · ${line.figures}`;
    case "command":
      // Slack's slash commands take their options as words: `/brief <topic> [limit]`.
      return `\`/${line.name}${line.usage.slice(line.name.length + 1).replace(/(\w+):<\w+>/g, "<$1>")}\` — ${e(line.description)}`;
    case "bullet":
      return `• ${e(line.text)}`;
    case "choices":
      return `${line.lead} ${line.choices.map((c) => `\`${e(c)}\``).join(", ")}?`;
    case "subheading":
      return `*${e(line.text)}*`;
    case "gap":
      return "";
  }
}
