import { extractHtml } from "../../corpus/read/extractHtml.js";

/**
 * Plain text of an HTML fragment (a feed item's content, a title of type html): tags removed by
 * the corpus's HTML reader (htmlparser2, entities decoded, scripts and styles dropped), one
 * paragraph per block element separated by a blank line.
 */
export function htmlToText(html: string): string {
  return extractHtml(html).text;
}

/** Text on one line, runs of white space as one space: for titles, where a break means nothing. */
export function oneLine(text: string): string {
  return text.split(/\s+/).join(" ").trim();
}

/** `htmlToText` on one line. */
export function htmlToLine(html: string): string {
  return oneLine(htmlToText(html));
}
