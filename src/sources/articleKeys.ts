import { createHash } from "node:crypto";
import { canonicalUrl } from "./canonicalUrl.js";

/** Fewer words than this make no text fingerprint: "Read more." must not merge two articles. */
const MIN_FINGERPRINT_WORDS = 12;
/** Words of the normalised text a fingerprint covers: enough to tell articles apart. */
const FINGERPRINT_WORDS = 80;

function sha(text: string): string {
  return createHash("sha256").update(text).digest("hex").slice(0, 24);
}

/**
 * The text's fingerprint: the first `FINGERPRINT_WORDS` words, lower-cased, accents and
 * punctuation dropped, hashed; so the same article from two feeds (or with its typography
 * touched up) is one. Null for a text too short to tell.
 */
function textFingerprint(text: string): string | null {
  const words = text
    .normalize("NFKD")
    .replace(/\p{M}+/gu, "")
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w !== "");
  if (words.length < MIN_FINGERPRINT_WORDS) return null;
  return sha(words.slice(0, FINGERPRINT_WORDS).join(" "));
}

/**
 * Every key that names one article (`SourcesStore.seen`): its canonical URL (tracking
 * parameters dropped) across feeds, its GUID within its feed, its text fingerprint across
 * feeds. Dates are never part of a key, so a feed that re-dates an item adds nothing.
 */
export function articleKeys(
  feedId: string,
  item: { readonly guid?: string; readonly url?: string; readonly text: string },
): string[] {
  const keys: string[] = [];
  const url = item.url === undefined ? undefined : canonicalUrl(item.url);
  if (url !== undefined) keys.push(`url:${sha(url)}`);
  if (item.guid !== undefined && item.guid.trim() !== "")
    keys.push(`guid:${feedId}:${sha(item.guid.trim())}`);
  const fingerprint = textFingerprint(item.text);
  if (fingerprint !== null) keys.push(`text:${fingerprint}`);
  return keys;
}
