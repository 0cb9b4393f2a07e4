import { isIsoDate } from "./isoDate.js";
import { type DocumentMetadata, metadataOf } from "./metadata.js";

export interface ExtractedMarkdown {
  /** The prose with markdown syntax removed; paragraphs as in the source. */
  readonly text: string;
  readonly metadata: DocumentMetadata;
}

/*
 * Literal characters (backslash escapes, code) are moved to a private-use range while the
 * syntax is stripped, so that "\*" or "`a*b`" survive, then moved back.
 */
const PROTECT_BASE = 0xe000;
const protect = (text: string): string =>
  text.replace(/[\\`*_[\]()!#<>~|=-]/g, (c) => String.fromCharCode(PROTECT_BASE + c.charCodeAt(0)));
const restore = (text: string): string =>
  text.replace(/[\ue000-\ue07f]/g, (c) => String.fromCharCode(c.charCodeAt(0) - PROTECT_BASE));

const FENCE = /^\s{0,3}(`{3,}|~{3,})/;
const ATX_HEADING = /^\s{0,3}#{1,6}(?:\s+(.*?))?(?:\s+#+)?\s*$/;
const ATX_H1 = /^\s{0,3}#(?:\s+(.*?))?(?:\s+#+)?\s*$/;
const SETEXT_H1_UNDERLINE = /^\s{0,3}=+\s*$/;
const SETEXT_OR_RULE = /^\s{0,3}([-*_=])(?:\s*\1){2,}\s*$/;
const REFERENCE_DEFINITION = /^\s{0,3}\[[^\]]+\]:\s*\S+.*$/;
const BLOCKQUOTE = /^\s{0,3}(?:>\s?)+/;
const LIST_MARKER = /^\s*(?:[-*+]|\d{1,9}[.)])\s+(?:\[[ xX]\]\s+)?/;

/*
 * Inline syntax, in the order it is removed. Spans are bounded (link text and emphasis to
 * 300 characters, link targets to 2,000) so a long line of unmatched "[" or "*" stays linear.
 */
const INLINE: readonly (readonly [RegExp, string | ((...groups: string[]) => string)])[] = [
  [/\\([\\`*_{}[\]()#+\-.!<>~|])/g, (_, c: string) => protect(c)],
  [/(`+)(.{1,300}?)\1/g, (_, __, code: string) => protect(code.trim())],
  [/!\[[^\]]{0,300}\]\((?:[^()]|\([^)]{0,2000}\)){0,2000}\)/g, ""],
  [/!\[[^\]]{0,300}\]\[[^\]]{0,300}\]/g, ""],
  [/\[([^\]]{1,300})\]\((?:[^()]|\([^)]{0,2000}\)){0,2000}\)/g, "$1"],
  [/\[([^\]]{1,300})\]\[[^\]]{0,300}\]/g, "$1"],
  [/<((?:https?|mailto):[^>\s]{1,2000})>/g, "$1"],
  [/(\*\*|__)(?=\S)(.{1,300}?)(?<=\S)\1/g, "$2"],
  [/~~(?=\S)(.{1,300}?)(?<=\S)~~/g, "$1"],
  [/\*(?=\S)(.{1,300}?)(?<=\S)\*/g, "$1"],
  [/(^|[^\p{L}\p{N}_])_(?=\S)(.{1,300}?)(?<=\S)_(?![\p{L}\p{N}_])/gu, "$1$2"],
];

function stripInline(line: string): string {
  let result = line;
  for (const [pattern, replacement] of INLINE) {
    result =
      typeof replacement === "string"
        ? result.replace(pattern, replacement)
        : result.replace(pattern, replacement);
  }
  return result;
}

const FRONT_MATTER_KEYS: Readonly<
  Record<string, "title" | "date" | "url" | "outlet" | "language">
> = {
  title: "title",
  date: "date",
  url: "url",
  outlet: "outlet",
  source: "outlet",
  language: "language",
  lang: "language",
};

/** "---" YAML front matter: removed; its plain `key: value` lines give metadata. */
function splitFrontMatter(markdown: string): { body: string; metadata: DocumentMetadata } {
  const match = /^---\n([\s\S]*?)\n(?:---|\.\.\.)[ \t]*(?:\n|$)/.exec(markdown);
  if (match === null) return { body: markdown, metadata: {} };
  const values: Record<string, string> = {};
  for (const line of (match[1] ?? "").split("\n")) {
    const pair = /^([A-Za-z_]+)\s*:\s*(.*?)\s*$/.exec(line);
    const field = FRONT_MATTER_KEYS[pair?.[1]?.toLowerCase() ?? ""];
    if (pair === null || field === undefined || values[field] !== undefined) continue;
    const value = (pair[2] ?? "").replace(/^(["'])(.*)\1$/, "$2");
    if (field !== "date" || isIsoDate(value)) values[field] = value;
  }
  return { body: markdown.slice(match[0].length), metadata: metadataOf(values) };
}

/**
 * Plain text of a markdown article: a leading "# Heading" (or setext heading) becomes the
 * title; other headings, quote and list markers, rules, images, link targets, emphasis and
 * code markers are removed. Fenced code is kept as written, without its fences.
 */
export function extractMarkdown(markdown: string): ExtractedMarkdown {
  const { body, metadata: frontMatter } = splitFrontMatter(markdown);
  const lines = body.split("\n");
  const output: string[] = [];
  let title: string | undefined;
  let sawContent = false;
  let fence: string | undefined;

  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? "";
    const fenceMatch = FENCE.exec(line);
    if (fence !== undefined) {
      if (fenceMatch?.[1]?.startsWith(fence)) fence = undefined;
      else output.push(protect(line));
      continue;
    }
    if (fenceMatch !== null) {
      fence = fenceMatch[1];
      sawContent = true;
      continue;
    }
    const heading = ATX_HEADING.exec(line);
    if (!sawContent && line.trim() !== "") {
      sawContent = true;
      // A level-1 heading at the very top is the document's title, not part of its text.
      const atxTitle = ATX_H1.exec(line);
      if (atxTitle !== null) {
        title = stripInline(atxTitle[1] ?? "");
        continue;
      }
      if (SETEXT_H1_UNDERLINE.test(lines[i + 1] ?? "")) {
        title = stripInline(line.trim());
        i++;
        continue;
      }
    }
    if (heading !== null) {
      output.push(stripInline(heading[1] ?? ""));
      continue;
    }
    if (SETEXT_OR_RULE.test(line) || REFERENCE_DEFINITION.test(line)) continue;
    output.push(stripInline(line.replace(BLOCKQUOTE, "").replace(LIST_MARKER, "")));
  }

  const text = restore(output.join("\n"))
    .replace(/[ \t]+$/gm, "")
    .replace(/\n{3,}/g, "\n\n")
    .trim();
  const titleText = title === undefined ? undefined : restore(title).trim();
  return {
    text,
    metadata: metadataOf({ ...(titleText ? { title: titleText } : {}), ...frontMatter }),
  };
}
