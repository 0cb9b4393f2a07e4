/** What a fetched document looks like, from its Content-Type and its first characters. */
export type DocumentKind = "html" | "json" | "xml" | "other";

function mediaType(contentType: string | undefined): string {
  return (contentType ?? "").split(";", 1)[0]?.trim().toLowerCase() ?? "";
}

/** The first characters after whitespace and a byte-order mark, lower-cased. */
function opening(text: string, length: number): string {
  let start = 0;
  while (start < text.length && (text.charCodeAt(start) <= 0x20 || text[start] === "\uFEFF"))
    start++;
  return text.slice(start, start + length).toLowerCase();
}

/**
 * Classifies a document. Servers label feeds loosely (text/xml, text/html, text/plain,
 * application/octet-stream), so the body's opening decides when the label is vague: "<!doctype
 * html" or "<html" is a page (also after an XML declaration: XHTML), "{" is JSON, "<?xml",
 * "<rss", "<feed" are XML whatever the label (a feed served as text/html).
 */
export function documentKind(contentType: string | undefined, text: string): DocumentKind {
  const type = mediaType(contentType);
  const start = opening(text, PROLOG_CHARS);
  if (start.startsWith("<!doctype html") || start.startsWith("<html")) return "html";
  if (start.startsWith("{")) return "json";
  if (start.startsWith("<?xml")) return isXhtml(start) ? "html" : "xml";
  if (start.startsWith("<rss") || start.startsWith("<feed")) return "xml";
  if (start.startsWith("<rdf") || start.startsWith("<!--")) {
    return type.includes("html") ? "html" : "xml";
  }
  if (type === "text/html" || type === "application/xhtml+xml") return "html";
  if (type.includes("json")) return "json";
  if (type.includes("xml")) return "xml";
  return start.startsWith("<") ? "html" : "other";
}

/** How much of a document's opening is looked at: enough for a declaration and a doctype. */
const PROLOG_CHARS = 512;

/** Whether an XML document's opening shows an XHTML page before any feed element. */
function isXhtml(start: string): boolean {
  const page = Math.min(...["<!doctype html", "<html"].map((tag) => indexOrEnd(start, tag)));
  const feed = Math.min(...["<rss", "<feed", "<rdf"].map((tag) => indexOrEnd(start, tag)));
  return page < feed;
}

function indexOrEnd(text: string, tag: string): number {
  const at = text.indexOf(tag);
  return at < 0 ? text.length : at;
}

/** Whether the media type names HTML (for pages, which must be HTML to be read). */
export function isHtmlType(contentType: string | undefined): boolean {
  const type = mediaType(contentType);
  return type === "text/html" || type === "application/xhtml+xml";
}
