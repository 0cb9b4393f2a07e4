import { nameWords, significantWords } from "./nameKey.js";
import type { NameMatcher } from "./nameMatcher.js";
import type { Person } from "./person.js";

/**
 * People without those discovered as an honorific and a surname ("Monseigneur Chauvet", "M.
 * Drouet") when the corpus names exactly one person in full with that surname ("Patrick
 * Chauvet"), of no other gender: met before the full name, the surname-only person stood beside
 * it and made the surname ambiguous. With it gone, "Mgr Chauvet" is read as the one Chauvet of
 * the corpus, as an honorific and a surname are (`MentionFinder`). The person named in full takes
 * the roles the other was introduced with.
 */
export function withoutSurnameDoubles(people: readonly Person[], matcher: NameMatcher): Person[] {
  const byId = new Map(people.map((p) => [p.id, p]));
  for (const person of people) {
    if (person.source !== "discovered" || person.singleName) continue;
    const words = significantWords(person.name);
    // An honorific the name's words leave out, and one word left: a surname.
    if (words.length !== 1 || nameWords(person.name).length < 2) continue;
    const full = matcher
      .match(words)
      .filter(
        (m) =>
          m.kind === "surname" &&
          m.person.id !== person.id &&
          significantWords(m.person.name).length >= 2,
      );
    const holder = full.length === 1 ? byId.get(full[0]?.person.id ?? "") : undefined;
    if (!holder) continue;
    if (person.gender !== null && holder.gender !== null && person.gender !== holder.gender) {
      continue;
    }
    byId.delete(person.id);
    const roles = [...holder.roles, ...person.roles.filter((r) => !holder.roles.includes(r))];
    byId.set(holder.id, { ...holder, roles });
  }
  return [...byId.values()];
}
