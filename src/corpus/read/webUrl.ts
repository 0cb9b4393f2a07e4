/**
 * Whether `url` is an absolute http(s) address: the only kind a briefing may link to. Anything
 * else a corpus names (javascript:, data:, vbscript:, file:, a relative path) would become a
 * live link in Slack, Discord, a terminal or a page that renders the JSON output.
 */
export function isWebUrl(url: string): boolean {
  try {
    const { protocol } = new URL(url);
    return protocol === "http:" || protocol === "https:";
  } catch {
    return false;
  }
}
