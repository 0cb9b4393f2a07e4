import type { parseHTML } from "linkedom";
import { isWebUrl } from "../../corpus/read/webUrl.js";
import { canonicalUrl } from "../canonicalUrl.js";
import { feedDate } from "./feedDate.js";

type PageDocument = ReturnType<typeof parseHTML>["document"];

/** What a page says of itself in its head, read before the reader view rewrites the document. */
export interface PageMetadata {
  readonly url?: string;
  readonly outlet?: string;
  readonly author?: string;
  readonly published?: string;
}

/** How deep a JSON-LD block is searched for its `datePublished` and `author`. */
const MAX_JSON_LD_DEPTH = 8;

function metaContent(document: PageDocument, key: string): string | undefined {
  for (const meta of document.querySelectorAll("meta")) {
    const name = (meta.getAttribute("property") ?? meta.getAttribute("name") ?? "").toLowerCase();
    const content = meta.getAttribute("content")?.trim();
    if (name === key && content) return content;
  }
  return undefined;
}

function canonicalHref(document: PageDocument): string | undefined {
  for (const link of document.querySelectorAll("link")) {
    const rels = (link.getAttribute("rel") ?? "").toLowerCase().split(/\s+/);
    const href = link.getAttribute("href")?.trim();
    if (rels.includes("canonical") && href) return href;
  }
  return undefined;
}

interface JsonLdFacts {
  datePublished?: string;
  author?: string;
}

function authorName(value: unknown): string | undefined {
  if (typeof value === "string") return value.trim() || undefined;
  if (Array.isArray(value)) return authorName(value[0]);
  if (typeof value === "object" && value !== null) {
    const name = (value as { name?: unknown }).name;
    return typeof name === "string" ? name.trim() || undefined : undefined;
  }
  return undefined;
}

/** The first `datePublished` and `author` anywhere in a JSON-LD value (objects, arrays, @graph). */
function collectJsonLd(value: unknown, facts: JsonLdFacts, depth: number): void {
  if (depth > MAX_JSON_LD_DEPTH || typeof value !== "object" || value === null) return;
  if (Array.isArray(value)) {
    for (const element of value) collectJsonLd(element, facts, depth + 1);
    return;
  }
  const record = value as Record<string, unknown>;
  if (facts.datePublished === undefined && typeof record.datePublished === "string") {
    facts.datePublished = record.datePublished;
  }
  if (facts.author === undefined) {
    const author = authorName(record.author);
    if (author !== undefined) facts.author = author;
  }
  for (const child of Object.values(record)) collectJsonLd(child, facts, depth + 1);
}

function jsonLdFacts(document: PageDocument): JsonLdFacts {
  const facts: JsonLdFacts = {};
  for (const script of document.querySelectorAll("script")) {
    if ((script.getAttribute("type") ?? "").toLowerCase() !== "application/ld+json") continue;
    try {
      collectJsonLd(JSON.parse(script.textContent ?? ""), facts, 0);
    } catch {
      // A broken JSON-LD block says nothing; the page's other metadata still counts.
    }
  }
  return facts;
}

function firstTimeDatetime(document: PageDocument): string | undefined {
  for (const time of document.querySelectorAll("time")) {
    const date = feedDate(time.getAttribute("datetime") ?? undefined);
    if (date !== undefined) return date;
  }
  return undefined;
}

/**
 * URL (`<link rel=canonical>`, else og:url, resolved against `pageUrl` and canonicalised),
 * outlet (og:site_name, application-name), author (meta author, article:author, JSON-LD) and
 * publication date (article:published_time, JSON-LD datePublished, the first `<time datetime>`).
 */
export function pageMetadata(document: PageDocument, pageUrl: string): PageMetadata {
  const declared = canonicalHref(document) ?? metaContent(document, "og:url");
  const url = declared === undefined ? undefined : canonicalUrl(declared, pageUrl);
  const outlet = metaContent(document, "og:site_name") ?? metaContent(document, "application-name");
  const jsonLd = jsonLdFacts(document);
  // article:author is often the address of the author's page, not a name: skip those.
  const author = [
    metaContent(document, "author"),
    metaContent(document, "article:author"),
    jsonLd.author,
  ].find((name) => name !== undefined && !isWebUrl(name));
  const published =
    feedDate(metaContent(document, "article:published_time")) ??
    feedDate(jsonLd.datePublished) ??
    firstTimeDatetime(document);
  return {
    ...(url === undefined ? {} : { url }),
    ...(outlet === undefined ? {} : { outlet }),
    ...(author === undefined ? {} : { author }),
    ...(published === undefined ? {} : { published }),
  };
}
