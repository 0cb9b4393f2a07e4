import type { Person } from "../../src/officials/person.js";

/** A person discovered in the corpus under `name`, with no role, gender or organisation. */
export function discoveredPerson(
  name: string,
  aliases: string[] = [],
  source: Person["source"] = "discovered",
): Person {
  return {
    id: name.toLowerCase().replace(/[^a-z]+/g, "-"),
    name,
    aliases,
    role: { fr: null, en: null },
    roles: [],
    gender: null,
    organisation: null,
    country: null,
    source,
  };
}
