import { extractHtml } from "../../corpus/read/extractHtml.js";

/**
 * Plain text of an HTML fragment (a feed item's content, a title of type html): tags removed by
 * the corpus's HTML reader (htmlparser2, entities decoded, scripts and styles dropped), one
 * paragraph per block element separated by a blank line.
 */
export function htmlToText(html: string): string {
  return extractHtml(html).text;
}

/** The same on one line: for titles and names, where a line break means nothing. */
export function htmlToLine(html: string): string {
  return htmlToText(html).split(/\s+/).join(" ").trim();
}
