import { foldDiacritics } from "../src/nlp/index.js";
import { editDistance } from "../src/text/editDistance.js";
import type { TopicDefinition } from "../src/topics/topicsConfig.js";

export type TopicResolution =
  | { readonly ok: true; readonly topic: TopicDefinition }
  | {
      readonly ok: false;
      readonly reason: "empty" | "unknown" | "ambiguous";
      readonly query: string;
      /** Closest topic ids, best first (at most 3). */
      readonly suggestions: readonly string[];
    };

function key(text: string): string {
  return foldDiacritics(text.toLowerCase())
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "");
}

/**
 * Finds a topic by id, title or unambiguous prefix of either, ignoring case, accents and
 * punctuation ("NATO unity", "nato", "geneva"). Misses come back as values with suggestions.
 */
export function resolveTopic(query: string, topics: readonly TopicDefinition[]): TopicResolution {
  const q = key(query);
  if (q === "") return { ok: false, reason: "empty", query, suggestions: topics.map((t) => t.id) };
  const exact = topics.find((t) => key(t.id) === q || key(t.title) === q);
  if (exact) return { ok: true, topic: exact };
  const prefixed = topics.filter((t) => key(t.id).startsWith(q) || key(t.title).startsWith(q));
  if (prefixed.length === 1 && prefixed[0]) return { ok: true, topic: prefixed[0] };
  if (prefixed.length > 1) {
    return { ok: false, reason: "ambiguous", query, suggestions: prefixed.map((t) => t.id) };
  }
  const ranked = topics
    .map((t) => ({ id: t.id, distance: Math.min(distanceTo(q, t.id), distanceTo(q, t.title)) }))
    .sort((a, b) => a.distance - b.distance || a.id.localeCompare(b.id));
  const close = ranked.filter((r) => r.distance <= Math.max(2, Math.floor(q.length / 3)));
  return { ok: false, reason: "unknown", query, suggestions: close.slice(0, 3).map((r) => r.id) };
}

/** Distance to the name or to its same-length prefix, so "natoo" is close to "nato-unity". */
function distanceTo(q: string, name: string): number {
  const k = key(name);
  return Math.min(editDistance(q, k), editDistance(q, k.slice(0, q.length)) + 0.5);
}

/** The one-line message for a failed resolution. */
export function describeTopicMiss(
  miss: Extract<TopicResolution, { ok: false }>,
  all: readonly TopicDefinition[],
): string {
  const list = all.map((t) => t.id).join(", ");
  if (miss.reason === "empty") return `no topic given — choose one of: ${list}`;
  if (miss.reason === "ambiguous") {
    return `topic '${miss.query}' is ambiguous — did you mean ${orList(miss.suggestions)}?`;
  }
  if (miss.suggestions.length > 0) {
    return `unknown topic '${miss.query}' — did you mean ${orList(miss.suggestions)}?`;
  }
  return `unknown topic '${miss.query}' — topics are: ${list}`;
}

function orList(items: readonly string[]): string {
  if (items.length <= 1) return items.join("");
  return `${items.slice(0, -1).join(", ")} or ${items[items.length - 1]}`;
}
