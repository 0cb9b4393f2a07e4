import type { Line, ReplyDocument, Section } from "../../present/document.js";
import { continued, groupWithin, shorten } from "../../present/fitting.js";
import { type Markup, STANDARD_MARKDOWN } from "./markup.js";

export { escapeMarkdown } from "./markup.js";

export interface MarkdownLimits {
  /** Characters one message may hold (Mattermost 16,383; Rocket.Chat 5,000 by default). */
  readonly maxLength: number;
}

/**
 * A presented reply as markdown messages, standard (Mattermost, Rocket.Chat, Matrix) unless
 * `markup` names another dialect (Google Chat, Teams cards): the title as a heading, each section
 * as a bold heading and its lines, citations as `[n]` and the sources as links. Text from the
 * corpus or the asker goes through `markup.escape`, so it can neither format nor notify. Blocks
 * are never split; a message that would pass `maxLength` ends and the next opens with the title
 * marked "(continued)"; a single block longer than that is shortened.
 */
export function renderMarkdown(
  doc: ReplyDocument,
  limits: MarkdownLimits,
  markup: Markup = STANDARD_MARKDOWN,
): string[] {
  const line = lineText(markup);
  if (doc.tone !== "answer") {
    const sign = doc.tone === "user-error" ? "⚠️ " : "";
    return [
      shorten(
        `${sign}${doc.sections.flatMap((s) => s.lines.map(line)).join("\n")}`,
        limits.maxLength,
      ),
    ];
  }
  const blocks = doc.sections.flatMap((s) => sectionBlocks(s, markup, line));
  return pack(blocks, doc.title, limits.maxLength, markup);
}

/** A section as blocks: its heading (with its note), its lines, its footer in italics. */
function sectionBlocks(s: Section, m: Markup, line: (l: Line) => string): string[] {
  const heading =
    s.heading === null
      ? []
      : [`${m.bold(m.escape(s.heading))}${s.note ? ` · ${m.escape(s.note)}` : ""}`];
  const lines = s.lines.filter((l) => l.kind !== "gap").map(line);
  return [...heading, ...lines, ...(s.footer ? [m.italic(m.escape(s.footer))] : [])];
}

/** Blocks into messages of at most `max` characters, in order; a list stays a list across them. */
function pack(blocks: readonly string[], title: string | null, max: number, m: Markup): string[] {
  const opening = (first: boolean) =>
    title === null ? "" : `${m.title(m.escape(first ? title : continued(title)))}\n\n`;
  const room = max - opening(false).length;
  // Each block costs its length and at most two newlines before it; the first needs none.
  const groups = groupWithin(
    blocks.map((block) => shorten(block, room)),
    (block) => block.length + 2,
    { size: room + 2 },
  );
  if (groups.length === 0) return [opening(true).trimEnd()];
  return groups.map((group, i) => opening(i === 0) + joinBlocks(group));
}

/** Items of one list stand on consecutive lines; anything else is a paragraph of its own. */
function joinBlocks(blocks: readonly string[]): string {
  return blocks
    .map((block, i) => {
      const previous = blocks[i - 1];
      if (previous === undefined) return block;
      return `${isListItem(block) && isListItem(previous) ? "\n" : "\n\n"}${block}`;
    })
    .join("");
}

function isListItem(block: string): boolean {
  return /^(-|\d+\.) /.test(block);
}

/** One line: list items for sentences, quotes, sources and rows; paragraphs for text. */
function lineText(m: Markup): (line: Line) => string {
  const md = m.escape;
  const numbered = (n: number | null) => (n === null ? "-" : `${n}.`);
  return (line) => {
    switch (line.kind) {
      case "text":
        return md(`${line.lead ? `${line.lead} ` : ""}${line.text}`);
      case "sentence":
        return `${numbered(line.number)} ${md(line.text)} [${line.citation}]${line.topic === null ? "" : ` — ${m.italic(md(line.topic))}`}`;
      case "quote": {
        // Every quote names its speaker: a part of a split profile may lose the title.
        const { name, role } = line.speaker;
        const who = `${m.bold(md(name))}${role ? ` (${md(role)})` : ""}`;
        return `${numbered(line.number)} ${who}: ${md(line.text)} [${line.citation}]`;
      }
      case "source": {
        const title = md(line.title);
        const link =
          line.url && /^https?:\/\/[^\s()<>|]+$/.test(line.url) ? m.link(title, line.url) : title;
        return `- [${line.number}] ${link} — ${md(line.date)}${line.outlet ? ` · ${md(line.outlet)}` : ""}`;
      }
      case "person":
        return `- ${m.bold(md(line.name))}${line.role ? ` — ${md(line.role)}` : ""} · ${line.figures.map((f) => `${f.count} ${f.unit}`).join(", ")}`;
      case "topic":
        return `- ${m.bold(md(line.title))} (${m.code(line.id)}) — ${md(line.description)} · ${line.figures}`;
      case "command":
        return `- ${m.code(line.usage)} — ${md(line.description)}`;
      case "bullet":
        return `- ${md(line.text)}`;
      case "choices":
        return `${md(line.lead)} ${line.choices.map(m.code).join(", ")}?`;
      case "subheading":
        return m.bold(md(line.text));
      case "gap":
        return "";
    }
  };
}
