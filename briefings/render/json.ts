import type { Digest, TopicBriefing } from "../types.js";

/** Stable JSON for `--json`: the briefing data as is, two-space indented, with a final newline. */
export function renderJson(value: TopicBriefing | Digest | object): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}
