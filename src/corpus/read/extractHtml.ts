import { BoundedHtmlParser, MAX_HTML_DEPTH } from "./boundedHtmlParser.js";
import { count } from "./fileProblems.js";
import { isIsoDate } from "./isoDate.js";
import { type DocumentMetadata, metadataOf } from "./metadata.js";

/** Elements whose content is never visible article text. */
const DROPPED = new Set([
  "script",
  "style",
  "noscript",
  "template",
  "svg",
  "iframe",
  "head",
  "title",
  "nav",
  "footer",
  "aside",
  "form",
  "button",
]);

/** Elements that start and end a paragraph of their own. */
const BLOCKS = new Set([
  "p",
  "div",
  "h1",
  "h2",
  "h3",
  "h4",
  "h5",
  "h6",
  "li",
  "br",
  "hr",
  "article",
  "section",
  "main",
  "header",
  "blockquote",
  "pre",
  "ul",
  "ol",
  "dl",
  "dt",
  "dd",
  "table",
  "tr",
  "figure",
  "figcaption",
  "address",
]);

/** Table cells: separated by a space within their row. */
const CELLS = new Set(["td", "th"]);

/** HTML collapses only ASCII whitespace; no-break spaces are text and are kept. */
const HTML_WHITESPACE = /[ \t\n\f\r]+/g;

function collapse(text: string): string {
  return text.replace(HTML_WHITESPACE, " ").trim();
}

export interface ExtractedHtml {
  /** Visible text, one block element per paragraph, paragraphs separated by a blank line. */
  readonly text: string;
  readonly metadata: DocumentMetadata;
  /** Set when the page nested deeper than {@link MAX_HTML_DEPTH} elements and was read flat there. */
  readonly warning?: string;
}

/**
 * Visible text and metadata of an HTML page. Title: og:title, else <title>, else the first
 * <h1>. Date: article:published_time, else the first <time datetime>, else <meta name=date>
 * (the first that is an ISO date). URL: <link rel=canonical>, else og:url. Language: <html lang>.
 */
export function extractHtml(html: string): ExtractedHtml {
  const paragraphs: string[] = [];
  let current = "";
  let droppedDepth = 0;
  const flush = (): void => {
    const paragraph = collapse(current);
    if (paragraph !== "") paragraphs.push(paragraph);
    current = "";
  };

  const meta = new Map<string, string>();
  const setOnce = (key: string, value: string | undefined): void => {
    const trimmed = value?.trim();
    if (trimmed !== undefined && trimmed !== "" && !meta.has(key)) meta.set(key, trimmed);
  };
  const dates: { publishedTime?: string; time?: string; metaDate?: string } = {};
  const setDate = (key: keyof typeof dates, value: string | undefined): void => {
    const trimmed = value?.trim();
    if (trimmed !== undefined && dates[key] === undefined && isIsoDate(trimmed)) {
      dates[key] = trimmed;
    }
  };
  let titleText: string | undefined;
  let h1Text: string | undefined;
  let svgDepth = 0;
  let inTitle = false;
  let inFirstH1 = false;
  // A dropped element read flat (beyond the depth limit) is closed at once: its content, up to
  // the next tag (all of a <script>'s or <style>'s), is still left out.
  let inFlatDropped = false;

  const parser: BoundedHtmlParser = BoundedHtmlParser.create(
    {
      onopentag(name, attributes) {
        inFlatDropped = parser.isFlattening && DROPPED.has(name);
        if (name === "html") setOnce("language", attributes.lang);
        if (name === "meta") {
          const key = (attributes.property ?? attributes.name ?? "").toLowerCase();
          if (key === "og:title") setOnce("ogTitle", attributes.content);
          if (key === "og:url") setOnce("ogUrl", attributes.content);
          if (key === "article:published_time") setDate("publishedTime", attributes.content);
          if (key === "date") setDate("metaDate", attributes.content);
        }
        if (
          name === "link" &&
          (attributes.rel ?? "").toLowerCase().split(/\s+/).includes("canonical")
        ) {
          setOnce("canonical", attributes.href);
        }
        if (name === "time") setDate("time", attributes.datetime);
        if (name === "svg") svgDepth++;
        // An <svg> has <title>s of its own (icon labels); only the page's counts.
        if (name === "title" && titleText === undefined && svgDepth === 0) {
          inTitle = true;
          titleText = "";
        }
        if (name === "h1" && h1Text === undefined && droppedDepth === 0) {
          inFirstH1 = true;
          h1Text = "";
        }
        if (DROPPED.has(name)) droppedDepth++;
        if (BLOCKS.has(name)) flush();
        if (CELLS.has(name)) current += " ";
      },
      ontext(text) {
        if (inFlatDropped) return;
        if (inTitle) titleText += text;
        if (inFirstH1) h1Text += text;
        if (droppedDepth === 0) current += text;
      },
      onclosetag(name) {
        if (!parser.isFlattening) inFlatDropped = false;
        if (name === "svg" && svgDepth > 0) svgDepth--;
        if (name === "title") inTitle = false;
        if (name === "h1") inFirstH1 = false;
        if (DROPPED.has(name) && droppedDepth > 0) droppedDepth--;
        if (BLOCKS.has(name)) flush();
        if (CELLS.has(name)) current += " ";
      },
    },
    { decodeEntities: true },
  );
  parser.write(html);
  parser.end();
  flush();

  const { flattened } = parser.report();
  return {
    text: paragraphs.join("\n\n"),
    metadata: metadataOf({
      title: meta.get("ogTitle") ?? nonBlank(collapse(titleText ?? "")) ?? collapse(h1Text ?? ""),
      date: dates.publishedTime ?? dates.time ?? dates.metaDate,
      url: meta.get("canonical") ?? meta.get("ogUrl"),
      language: meta.get("language"),
    }),
    ...(flattened > 0
      ? {
          warning: `elements nested deeper than ${MAX_HTML_DEPTH} levels; ${count(flattened)} tags beyond that depth read flat`,
        }
      : {}),
  };
}

function nonBlank(text: string): string | undefined {
  return text === "" ? undefined : text;
}
