import { type AnyFeed, DetectError, parseFeed as parseAnyFeed } from "feedsmith";
import { canonicalUrl } from "../canonicalUrl.js";
import { type FeedItem, SourceFetchError } from "../types.js";
import { documentKind } from "./documentKind.js";
import { feedDate } from "./feedDate.js";
import { type EntryText, type FeedEntry, feedEntries } from "./feedEntries.js";
import { htmlToLine, htmlToText, oneLine } from "./htmlToText.js";
import { isTeaser } from "./teaser.js";

export interface ParsedFeed {
  readonly title?: string;
  readonly items: readonly FeedItem[];
}

function textOf(text: EntryText | undefined): string {
  if (text === undefined) return "";
  return text.html ? htmlToText(text.value) : text.value.trim();
}

function lineOf(text: EntryText | undefined): string | undefined {
  if (text === undefined) return undefined;
  const line = text.html ? htmlToLine(text.value) : oneLine(text.value);
  return line === "" ? undefined : line;
}

function feedItem(entry: FeedEntry): FeedItem {
  const content = textOf(entry.content);
  const text = content !== "" ? content : textOf(entry.summary);
  const url = entry.link === undefined ? undefined : canonicalUrl(entry.link, entry.base);
  const title = lineOf(entry.title);
  const published = entry.dates.map(feedDate).find((date) => date !== undefined);
  const author = entry.author?.trim();
  const guid = entry.guid?.trim();
  return {
    ...(guid ? { guid } : {}),
    ...(url === undefined ? {} : { url }),
    ...(title === undefined ? {} : { title }),
    text,
    teaser: isTeaser(text, content !== ""),
    ...(published === undefined ? {} : { published }),
    ...(author ? { author } : {}),
  };
}

/**
 * Items of an RSS 2.0, RSS 1.0/RDF, Atom or JSON Feed document, read by feedsmith (over
 * fast-xml-parser, which leaves DTD entities unexpanded, so a "billion laughs" document costs
 * its own size). Links are made absolute against `feedUrl` (or Atom's xml:base) and
 * canonicalised; a link that is not http(s) (javascript:, data:) is dropped. Texts come out
 * plain. An HTML page throws `not-a-feed`; broken XML or JSON throws `malformed`.
 */
export function parseFeed(
  text: string,
  contentType: string | undefined,
  feedUrl: string,
): ParsedFeed {
  const kind = documentKind(contentType, text);
  if (kind === "html") {
    throw new SourceFetchError(
      "not-a-feed",
      `${feedUrl} is a web page, not a feed; give the feed's own address (discover finds it)`,
    );
  }
  let parsed: AnyFeed;
  try {
    parsed = parseAnyFeed<string>(kind === "json" ? JSON.parse(text) : text);
  } catch (error) {
    if (error instanceof DetectError) {
      throw new SourceFetchError("not-a-feed", `${feedUrl} is not an RSS, Atom or JSON feed`);
    }
    throw new SourceFetchError(
      "malformed",
      `${feedUrl} is a broken ${kind === "json" ? "JSON" : "XML"} feed: ${reason(error)}`,
    );
  }
  const { title, entries } = feedEntries(parsed, feedUrl);
  const feedTitle = lineOf(title);
  return { ...(feedTitle === undefined ? {} : { title: feedTitle }), items: entries.map(feedItem) };
}

/** The parser's own words on what broke (feedsmith wraps them in a generic message). */
function reason(error: unknown): string {
  const cause = error instanceof Error && error.cause instanceof Error ? error.cause : error;
  return cause instanceof Error ? cause.message : String(cause);
}
