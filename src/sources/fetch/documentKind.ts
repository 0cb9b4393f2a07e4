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
 * html" or "<html" is a page, "{" is JSON, "<" is XML; an explicit text/html label with an
 * XML opening (a feed served as HTML) is read as XML.
 */
export function documentKind(contentType: string | undefined, text: string): DocumentKind {
  const type = mediaType(contentType);
  const start = opening(text, 64);
  if (start.startsWith("<!doctype html") || start.startsWith("<html")) return "html";
  if (start.startsWith("{")) return "json";
  if (start.startsWith("<?xml") || start.startsWith("<rss") || start.startsWith("<feed"))
    return "xml";
  if (start.startsWith("<rdf") || start.startsWith("<!--"))
    return type.includes("html") ? "html" : "xml";
  if (type === "text/html" || type === "application/xhtml+xml") return "html";
  if (type.includes("json")) return "json";
  if (type.includes("xml")) return "xml";
  return start.startsWith("<") ? "html" : "other";
}

/** Whether the media type names HTML (for pages, which must be HTML to be read). */
export function isHtmlType(contentType: string | undefined): boolean {
  const type = mediaType(contentType);
  return type === "text/html" || type === "application/xhtml+xml";
}
