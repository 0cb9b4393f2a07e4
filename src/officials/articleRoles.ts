import type { Article } from "../corpus/types.js";
import { significantWords } from "./nameKey.js";
import type { NameMatcher } from "./nameMatcher.js";
import { discoveryOf } from "./sentenceDiscovery.js";

/** The role an article gives a person in apposition or as a title, with the article's date. */
export interface DatedRole {
  readonly articleId: string;
  /** The article's date (ISO), null when unknown. */
  readonly date: string | null;
  readonly role: string;
}

/**
 * Person id → the role each article gives them (the first one it gives, cleaned by people
 * discovery: "le ministre de l'Intérieur X", "X, secrétaire d'État américain"), in corpus order.
 * Reads the per-sentence discoveries people building already made.
 */
export function articleRoles(
  articles: readonly Article[],
  matcher: NameMatcher,
): Map<string, DatedRole[]> {
  const roles = new Map<string, DatedRole[]>();
  for (const article of articles) {
    const seen = new Set<string>();
    for (const passage of article.passages) {
      if (passage.kind !== "paragraph") continue;
      for (const sentence of passage.sentences) {
        for (const found of discoveryOf(sentence).people) {
          if (found.role === null) continue;
          const person = matcher.match(significantWords(found.name))[0]?.person;
          if (!person || seen.has(person.id)) continue;
          seen.add(person.id);
          const dated = { articleId: article.id, date: article.date ?? null, role: found.role };
          const list = roles.get(person.id);
          if (list) list.push(dated);
          else roles.set(person.id, [dated]);
        }
      }
    }
  }
  return roles;
}
