import { BoundedHtmlParser } from "../../corpus/read/boundedHtmlParser.js";
import { canonicalUrl } from "../canonicalUrl.js";

/** Media types by which a page announces its feeds. */
const FEED_TYPES = new Set([
  "application/rss+xml",
  "application/atom+xml",
  "application/rdf+xml",
  "application/feed+json",
  "application/json",
]);

/**
 * Feeds a page announces with `<link rel="alternate" type="…">` (RSS, Atom, RDF, JSON Feed),
 * in page order, without repeats, resolved against `<base href>` or `pageUrl`. An href that is
 * not http(s) once resolved (javascript:, data:) is left out.
 */
export function feedLinks(html: string, pageUrl: string): string[] {
  let base = pageUrl;
  let baseSeen = false;
  const hrefs: string[] = [];
  const parser = BoundedHtmlParser.create(
    {
      onopentag(name, attributes) {
        if (name === "base" && !baseSeen && attributes.href !== undefined) {
          baseSeen = true;
          base = canonicalUrl(attributes.href, pageUrl) ?? pageUrl;
        }
        if (name !== "link" || attributes.href === undefined) return;
        const rels = (attributes.rel ?? "").toLowerCase().split(/\s+/);
        const type = (attributes.type ?? "").split(";", 1)[0]?.trim().toLowerCase() ?? "";
        if (rels.includes("alternate") && FEED_TYPES.has(type)) hrefs.push(attributes.href);
      },
    },
    { decodeEntities: true },
  );
  parser.write(html);
  parser.end();
  const found: string[] = [];
  for (const href of hrefs) {
    const url = canonicalUrl(href, base);
    if (url !== undefined && !found.includes(url)) found.push(url);
  }
  return found;
}
