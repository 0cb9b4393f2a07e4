/** Query parameters that only track where a reader came from: the same article without them. */
const TRACKING_PARAMETERS = new Set([
  "fbclid",
  "gclid",
  "dclid",
  "msclkid",
  "mc_cid",
  "mc_eid",
  "igshid",
  "xtor",
  "at_medium",
  "at_campaign",
  "at_platform",
  "at_send_date",
  "at_creation",
  "at_link",
  "ns_source",
  "ns_mchannel",
  "ns_campaign",
  "ns_linkname",
  "ns_fee",
  "cmp",
  "ref",
  "ref_src",
  "_ga",
  "partner",
]);

function isTracking(name: string): boolean {
  const lower = name.toLowerCase();
  return lower.startsWith("utm_") || lower.startsWith("at_") || TRACKING_PARAMETERS.has(lower);
}

/**
 * One spelling per article address: absolute http(s) only (anything else gives undefined),
 * host lower-cased, default port, fragment and tracking parameters dropped, the remaining
 * parameters sorted. `base` resolves relative links.
 */
export function canonicalUrl(url: string, base?: string): string | undefined {
  let parsed: URL;
  try {
    parsed = base === undefined ? new URL(url.trim()) : new URL(url.trim(), base);
  } catch {
    return undefined;
  }
  if (parsed.protocol !== "http:" && parsed.protocol !== "https:") return undefined;
  parsed.hash = "";
  parsed.username = "";
  parsed.password = "";
  const kept = [...parsed.searchParams.entries()].filter(([name]) => !isTracking(name));
  kept.sort(([a, x], [b, y]) => (a === b ? (x < y ? -1 : x > y ? 1 : 0) : a < b ? -1 : 1));
  parsed.search = new URLSearchParams(kept).toString();
  return parsed.toString();
}
