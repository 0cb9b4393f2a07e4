import { editDistance } from "../text/editDistance.js";
import { nameKey, nameWords, significantWords } from "./nameKey.js";
import type { NameMatcher } from "./nameMatcher.js";
import type { Person } from "./person.js";

export type NameResolution =
  | { readonly ok: true; readonly person: Person }
  | {
      readonly ok: false;
      readonly reason: "too-short" | "ambiguous" | "unknown";
      readonly query: string;
      /** Ambiguous: the people it could be. Unknown: the closest names. */
      readonly candidates: readonly Person[];
    };

/** Shortest query worth resolving, in letters. */
const MIN_QUERY_LETTERS = 3;

/**
 * Resolves a user's query to one person: case-, accent- and punctuation-insensitive, titles
 * ignored ("M. Lavrov", "Secretary Blinken"), surname alone, transliterations and small typos
 * ("Bliken", "Ryabkov", "Putin"). A first name shared by several people ("Sergueï") is
 * ambiguous; a name matching nobody is unknown, with the closest names — never a wrong person.
 */
export function resolveName(query: string, matcher: NameMatcher): NameResolution {
  const words = significantWords(query);
  const letters = words.join("").length;
  if (letters < MIN_QUERY_LETTERS) {
    return { ok: false, reason: "too-short", query, candidates: [] };
  }
  let matches = matcher.match(words);
  if (matches.length === 0 && words.length === 1) matches = matcher.matchFirstName(words[0] ?? "");
  const people = [...new Map(matches.map((m) => [m.person.id, m.person])).values()];
  if (people.length === 1 && people[0]) return { ok: true, person: people[0] };
  if (people.length > 1) return { ok: false, reason: "ambiguous", query, candidates: people };
  return { ok: false, reason: "unknown", query, candidates: closest(query, matcher.persons) };
}

/** Up to three people whose name or surname is closest to the query by edit distance. */
function closest(query: string, persons: readonly Person[]): Person[] {
  const q = nameKey(query);
  const qWords = nameWords(query);
  return persons
    .map((person) => {
      const forms = [person.name, ...person.aliases].flatMap((n) => {
        const key = nameKey(n);
        return [key, key.split(" ").pop() ?? key];
      });
      // A query that starts a name ("Stolt") is as close as it gets.
      const prefix = q.length >= 3 && forms.some((f) => f.startsWith(q));
      const distance = prefix ? 0 : Math.min(...forms.map((f) => editDistance(q, f)));
      return { person, distance, relative: distance / Math.max(q.length, 1) };
    })
    .filter((c) => c.relative <= 0.5 || qWords.length === 0)
    .sort((a, b) => a.distance - b.distance || a.person.name.localeCompare(b.person.name))
    .slice(0, 3)
    .map((c) => c.person);
}

/** One line for a failed resolution, as shown to users. */
export function describeNameMiss(miss: Extract<NameResolution, { ok: false }>): string {
  const names = miss.candidates.map((p) => p.name);
  if (miss.reason === "too-short") {
    return `'${miss.query.trim()}' is too short to look up — give at least ${MIN_QUERY_LETTERS} letters of a name`;
  }
  if (miss.reason === "ambiguous") return `'${miss.query}' could be ${orList(names)} — which one?`;
  if (names.length === 0) return `no official named '${miss.query}'`;
  return `no official named '${miss.query}' — closest: ${names.join(", ")}`;
}

function orList(items: readonly string[]): string {
  if (items.length <= 1) return items.join("");
  return `${items.slice(0, -1).join(", ")} or ${items[items.length - 1]}`;
}
