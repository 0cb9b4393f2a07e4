import { significantWords, wordKey } from "../../src/officials/nameKey.js";
import { closeEnough, type NameMatch } from "../../src/officials/nameMatcher.js";
import type { Person } from "../../src/officials/person.js";

const PARTICLES = new Set([
  "von",
  "van",
  "der",
  "den",
  "de",
  "du",
  "da",
  "di",
  "bin",
  "ben",
  "al",
  "el",
  "ter",
]);

/**
 * The plain definition `NameMatcher` must agree with: every person's forms compared with the
 * query, no blocking (the matcher before blocking, kept as the reference).
 */
export function scanningMatch(persons: readonly Person[], words: readonly string[]): NameMatch[] {
  const keys = words.filter((w, i) => i === words.length - 1 || !PARTICLES.has(w)).map(wordKey);
  const last = keys[keys.length - 1];
  if (last === undefined || last.length < 2) return [];
  const first = keys.length >= 2 ? keys[0] : undefined;
  const exact: NameMatch[] = [];
  const fuzzy: NameMatch[] = [];
  for (const person of persons) {
    const all = [person.name, ...person.aliases].map((n) => significantWords(n).map(wordKey));
    const surnames = all.map((w) => w[w.length - 1] ?? "").filter((k) => k !== "");
    const firstNames = all.filter((w) => w.length >= 2).map((w) => w[0] ?? "");
    const surnameExact = surnames.includes(last);
    const surnameClose =
      surnameExact || surnames.some((s) => closeEnough(s, last) && !last.startsWith(s));
    if (!surnameClose) continue;
    if (first !== undefined) {
      const firstExact = firstNames.includes(first);
      const oneEdit = (f: string) =>
        Math.min(f.length, first.length) >= 5 &&
        Math.abs(f.length - first.length) <= 1 &&
        closeEnoughOne(f, first);
      const firstClose = firstExact || firstNames.some((f) => closeEnough(f, first) || oneEdit(f));
      if (!firstClose) continue;
      (surnameExact && firstExact ? exact : fuzzy).push({
        person,
        kind: surnameExact && firstExact ? "full" : "fuzzy-full",
      });
    } else {
      (surnameExact ? exact : fuzzy).push({
        person,
        kind: surnameExact ? "surname" : "fuzzy-surname",
      });
    }
  }
  return exact.length > 0 ? exact : fuzzy;
}

/** Edit distance ≤ 1 (optimal string alignment), by the textbook table. */
function closeEnoughOne(a: string, b: string): boolean {
  const d: number[][] = [];
  for (let i = 0; i <= a.length; i++) {
    d.push([]);
    for (let j = 0; j <= b.length; j++) {
      if (i === 0 || j === 0) {
        (d[i] as number[])[j] = i + j;
        continue;
      }
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min(
        (d[i - 1]?.[j] ?? 0) + 1,
        (d[i]?.[j - 1] ?? 0) + 1,
        (d[i - 1]?.[j - 1] ?? 0) + cost,
      );
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        v = Math.min(v, (d[i - 2]?.[j - 2] ?? 0) + 1);
      }
      (d[i] as number[])[j] = v;
    }
  }
  return (d[a.length]?.[b.length] ?? 99) <= 1;
}
