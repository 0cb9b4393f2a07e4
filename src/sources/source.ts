import { createHash } from "node:crypto";

/** Shortest wait between two polls of one feed; a source asking for less is refused. */
export const MIN_INTERVAL_MINUTES = 5;
/** The longest interval a source may ask for: a day. */
export const MAX_INTERVAL_MINUTES = 1440;
/** The interval of a source that names none, unless `config/sources.json` says otherwise. */
export const DEFAULT_INTERVAL_MINUTES = 15;
/** Longest outlet name kept. */
export const MAX_NAME_LENGTH = 80;

/**
 * One followed feed. `config`: listed in `config/sources.json` (read-only at run time); `added`:
 * added with `sources add` or `/sources add`, kept in the store. The id is derived from the feed
 * URL alone, so a feed's health and remembered articles survive moving it between the two.
 */
export interface Source {
  readonly id: string;
  /** The feed's URL (what discovery found for a home page), canonicalised. */
  readonly url: string;
  /** The outlet name given by the person who added it; null: the feed's own title. */
  readonly name: string | null;
  /** Minutes between polls; null: the default. */
  readonly intervalMinutes: number | null;
  readonly origin: "config" | "added";
  readonly addedAt: string | null;
  readonly addedBy: string | null;
}

/** The id of the feed at `url` (already canonical): 12 hex digits of its SHA-256. */
export function sourceId(url: string): string {
  return createHash("sha256").update(url).digest("hex").slice(0, 12);
}

/** The folder name of a source's articles: its name or host in lower-case letters and dashes. */
export function sourceSlug(source: Pick<Source, "id" | "url" | "name">): string {
  const base = source.name ?? new URL(source.url).hostname.replace(/^www\./, "");
  const slug = base
    .normalize("NFKD")
    .replace(/\p{M}+/gu, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 40);
  return slug === "" ? source.id : slug;
}

/** The host whose concurrency limit a request to `url` counts against. */
export function hostOf(url: string): string {
  try {
    return new URL(url).host.toLowerCase();
  } catch {
    return "";
  }
}
