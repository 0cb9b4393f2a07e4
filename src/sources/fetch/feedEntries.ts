import type { AnyFeed } from "feedsmith";

/** A piece of item text and whether it is HTML (to strip) or already plain. */
export interface EntryText {
  readonly value: string;
  readonly html: boolean;
}

/** One item as every feed format has it, before links are resolved and markup removed. */
export interface FeedEntry {
  readonly guid?: string;
  readonly link?: string;
  /** What `link` is relative to (Atom's xml:base, else the feed's own address). */
  readonly base: string;
  readonly title?: EntryText;
  /** The full article, when the feed carries it (content:encoded, Atom content, JSON content). */
  readonly content?: EntryText;
  /** A description or summary. */
  readonly summary?: EntryText;
  /** Candidate dates, best first; the first valid one is the item's. */
  readonly dates: readonly (string | undefined)[];
  readonly author?: string;
}

export interface FeedEntries {
  readonly title?: EntryText;
  readonly entries: readonly FeedEntry[];
}

type AtomText = { readonly value?: string; readonly type?: string } | undefined;

function atomText(text: AtomText): EntryText | undefined {
  if (text?.value === undefined) return undefined;
  // Atom's default type is "text"; "html" is escaped markup, "xhtml" inline markup.
  return { value: text.value, html: text.type === "html" || text.type === "xhtml" };
}

/** RSS and RDF texts are HTML by custom, whatever the element (titles included). */
function html(value: string | undefined): EntryText | undefined {
  return value === undefined ? undefined : { value, html: true };
}

function plain(value: string | undefined): EntryText | undefined {
  return value === undefined ? undefined : { value, html: false };
}

/** Resolves an xml:base against the base around it; an unusable one changes nothing. */
function rebase(base: string, xmlBase: string | undefined): string {
  if (xmlBase === undefined) return base;
  try {
    return new URL(xmlBase, base).href;
  } catch {
    return base;
  }
}

type AtomLink = { readonly href?: string; readonly rel?: string; readonly type?: string };

/** The entry's page: a rel="alternate" link (the default rel), HTML first. */
function atomAlternate(links: readonly AtomLink[] | undefined): string | undefined {
  const alternates = (links ?? []).filter(
    (link) => link.href !== undefined && (link.rel === undefined || link.rel === "alternate"),
  );
  const page = alternates.find((link) => link.type === undefined || link.type.includes("html"));
  return (page ?? alternates[0])?.href;
}

/**
 * Each format's fields mapped onto `FeedEntry`: RSS 2.0 (content:encoded, dc:creator, dc:date),
 * RSS 1.0/RDF, Atom (xml:base on the feed and the entry), JSON Feed. `feedUrl` is the address the
 * feed was read from, the base of relative links.
 */
export function feedEntries(parsed: AnyFeed, feedUrl: string): FeedEntries {
  switch (parsed.format) {
    case "rss": {
      const { feed } = parsed;
      return {
        ...optional("title", html(feed.title)),
        entries: (feed.items ?? []).map((item) => {
          const permalink = item.guid?.isPermaLink === false ? undefined : item.guid?.value;
          return entry({
            guid: item.guid?.value,
            link: item.link ?? permalink,
            base: feedUrl,
            title: html(item.title),
            content: html(item.content?.encoded),
            summary: html(item.description),
            dates: [item.pubDate, ...(item.dc?.dates ?? [])],
            author: item.dc?.creators?.[0] ?? rssAuthor(item.authors?.[0]),
          });
        }),
      };
    }
    case "rdf": {
      const { feed } = parsed;
      return {
        ...optional("title", html(feed.title)),
        entries: (feed.items ?? []).map((item) =>
          entry({
            guid: item.rdf?.about,
            link: item.link,
            base: feedUrl,
            title: html(item.title),
            content: html(item.content?.encoded),
            summary: html(item.description),
            dates: item.dc?.dates ?? [],
            author: item.dc?.creators?.[0],
          }),
        ),
      };
    }
    case "atom": {
      const { feed } = parsed;
      const feedBase = rebase(feedUrl, feed.xml?.base);
      return {
        ...optional("title", atomText(feed.title)),
        entries: (feed.entries ?? []).map((item) =>
          entry({
            guid: item.id,
            link: atomAlternate(item.links),
            base: rebase(feedBase, item.xml?.base),
            title: atomText(item.title),
            content: atomText(item.content),
            summary: atomText(item.summary),
            dates: [item.published, item.updated],
            author: item.authors?.[0]?.name,
          }),
        ),
      };
    }
    case "json": {
      const { feed } = parsed;
      return {
        ...optional("title", plain(feed.title)),
        entries: (feed.items ?? []).map((item) =>
          entry({
            guid: item.id,
            link: item.url ?? item.external_url,
            base: feedUrl,
            title: plain(item.title),
            content: html(item.content_html) ?? plain(item.content_text),
            summary: plain(item.summary),
            dates: [item.date_published, item.date_modified],
            author: item.authors?.[0]?.name,
          }),
        ),
      };
    }
  }
}

/** RSS's <author> is "email (Name)"; feedsmith splits it, or leaves a bare name as name. */
function rssAuthor(
  person: string | { readonly name?: string; readonly email?: string } | undefined,
) {
  if (typeof person === "string") return person;
  return person?.name ?? person?.email;
}

type Loose<T> = { readonly [K in keyof T]?: T[K] | undefined };

/** Drops the fields a format left undefined (the contract's optional fields are exact). */
function entry(fields: Loose<FeedEntry> & Pick<FeedEntry, "base" | "dates">): FeedEntry {
  return Object.fromEntries(
    Object.entries(fields).filter(([, value]) => value !== undefined),
  ) as unknown as FeedEntry;
}

function optional<K extends string, V>(key: K, value: V | undefined): { [P in K]?: V } {
  return (value === undefined ? {} : { [key]: value }) as { [P in K]?: V };
}
