import type { Line, ReplyDocument } from "../../present/document.js";
import { wrap } from "./wrap.js";

export interface TerminalLayout {
  /** Columns text is word-wrapped at; a word is never cut. */
  readonly width: number;
  /**
   * Word-wraps the one-line items too (topics, officials, help, notices, errors), for a person
   * reading in a terminal (`briefbot chat`); without it each stays one line, for scripts and grep.
   */
  readonly wrapLines?: boolean;
}

export interface TerminalText {
  /** Text for stdout (empty for errors). */
  readonly stdout: string;
  /** Text for stderr (user errors and failures). */
  readonly stderr: string;
  readonly exitCode: number;
}

/** Columns the help's descriptions need to stand in a column of their own. */
const HELP_DESCRIPTION_MIN = 30;

/**
 * A presented reply as terminal text: a user error on stderr with exit code 2, a failure with 70,
 * anything else on stdout. Lists are rows in aligned columns; answers are wrapped paragraphs.
 */
export function renderTerminal(doc: ReplyDocument, layout: TerminalLayout): TerminalText {
  const item = itemLayout(layout);
  const lines = doc.sections.flatMap((s) => s.lines);
  if (doc.tone === "user-error" || doc.tone === "failure") {
    const body = lines.map((l) => (l.kind === "bullet" ? `  • ${l.text}` : plain(l))).join("\n");
    return {
      stdout: "",
      stderr: `${item("briefbot: ", body, 2)}\n`,
      exitCode: doc.tone === "user-error" ? 2 : 70,
    };
  }
  if (doc.tone === "notice") return ok(`${item("", lines.map(plain).join("\n"), 2)}\n`);
  // A list is rows; a list beside cited sentences (search results) is part of an answer's prose.
  const cites = lines.some((l) => l.kind === "sentence" || l.kind === "quote");
  if (
    !cites &&
    lines.some((l) => l.kind === "person" || l.kind === "topic" || l.kind === "command")
  )
    return ok(`${rows(lines, layout, item).join("\n")}\n`);
  return ok(`${prose(doc, layout.width).join("\n")}\n`);
}

type Item = (lead: string, text: string, indent: number) => string;

/**
 * One item: `lead` (aligned columns, kept as it is) then `text`. `wrapLines` word-wraps each
 * line of it: the first line's continuations indented by `indent` columns, a further line's by
 * its own indentation plus two.
 */
function itemLayout(layout: TerminalLayout): Item {
  return (lead, text, indent) =>
    layout.wrapLines
      ? text
          .split("\n")
          .map((line, i) => {
            const own = i === 0 ? lead : (/^ */.exec(line)?.[0] ?? "");
            return wrap(line, layout.width, own, " ".repeat(i === 0 ? indent : own.length + 2));
          })
          .join("\n")
      : lead + text;
}

/** A list: one row a line, the names in a column, the help's descriptions aligned after usages. */
function rows(lines: readonly Line[], layout: TerminalLayout, item: Item): string[] {
  const usages = lines.flatMap((l) => (l.kind === "command" ? [l.usage.length] : []));
  const longest = Math.max(0, ...usages);
  const column = layout.width - longest - 3 >= HELP_DESCRIPTION_MIN ? longest : 0;
  return lines.map((l) => {
    switch (l.kind) {
      case "person": {
        const [first, second] = l.figures;
        return item(
          `${l.name.padEnd(24)} ${String(first?.count ?? "").padStart(3)} ${first?.unit ?? ""}, ${String(second?.count ?? "").padStart(2)} `,
          `${second?.unit ?? ""}${l.role ? ` — ${l.role}` : ""}`,
          25,
        );
      }
      case "topic":
        return item(`${l.id.padEnd(16)} `, `${l.title} — ${l.description} (${l.figures})`, 17);
      case "command":
        return item(`  ${l.usage.padEnd(column)} `, l.description, column === 0 ? 4 : column + 3);
      case "text":
        return l.lead ? item(`${l.lead} `, l.text, 2) : item("", l.text, 0);
      default:
        return plain(l);
    }
  });
}

/** An answer: title and preface, then each section after a blank line, wrapped at `width`. */
function prose(doc: ReplyDocument, width: number): string[] {
  const out: string[] = [];
  if (doc.title !== null) out.push(wrap(doc.title, width, "", ""));
  for (const line of doc.preface) out.push(wrap(line.text, width, "", line.runOn ? "  " : ""));
  doc.sections.forEach((s, i) => {
    if (i > 0 || out.length > 0) out.push("");
    if (s.heading !== null) out.push(s.rank === "major" ? s.heading.toUpperCase() : s.heading);
    // Under a heading, a remark stands in line with the items ("    Nothing new on this topic.").
    const indent = s.heading === null ? "" : "    ";
    for (const line of s.lines) out.push(proseLine(line, width, indent));
  });
  return out;
}

function proseLine(line: Line, width: number, indent: string): string {
  switch (line.kind) {
    case "sentence": {
      const topic = line.topic === null ? "" : ` (${line.topic})`;
      return wrap(`${line.text} [${line.citation}]${topic}`, width, marker(line.number), "    ");
    }
    case "quote": {
      if (line.number !== null)
        return wrap(`${line.text} [${line.citation}]`, width, marker(line.number), "    ");
      const { name, role } = line.speaker;
      const who = role ? `${name} (${role})` : name;
      return wrap(`${who}: ${line.text} [${line.citation}]`, width, marker(null), "    ");
    }
    case "source": {
      const details = [line.outlet, line.date, line.url ?? line.id].filter(Boolean).join(" · ");
      return wrap(`${line.title} — ${details}`, width, ` [${line.number}] `, "     ");
    }
    case "text":
      return wrap(plain(line), width, indent, indent);
    case "topic":
      return wrap(
        `${line.title} (${line.id}) — ${line.figures}${line.description ? `. ${line.description}` : ""}`,
        width,
        marker(null),
        "    ",
      );
    default:
      return plain(line);
  }
}

function marker(number: number | null): string {
  return number === null ? "  • " : ` ${number}. `;
}

/** A line as plain words, for the few kinds that need no layout of their own. */
function plain(line: Line): string {
  switch (line.kind) {
    case "text":
      return `${line.lead ? `${line.lead} ` : ""}${line.text}`;
    case "bullet":
      return `  • ${line.text}`;
    case "subheading":
      return line.text;
    case "choices":
      return `${line.lead} ${line.choices.join(", ")}?`;
    default:
      return "";
  }
}

function ok(stdout: string): TerminalText {
  return { stdout, stderr: "", exitCode: 0 };
}
