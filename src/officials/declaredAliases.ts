import { significantWords } from "./nameKey.js";
import type { NameMatcher } from "./nameMatcher.js";
import { NAME_WORD } from "./namePatterns.js";
import type { Person } from "./person.js";

/** Two names the text says are one person's: "Maxime Nicolle alias Fly Rider". */
export interface DeclaredAlias {
  readonly name: string;
  readonly alias: string;
}

/** A name of one to four capitalised words, with particles ("Ursula von der Leyen"). */
const NAME = `${NAME_WORD}(?:\\s+(?:(?:de|du|von|van|der|le|la|di|da)\\s+)?${NAME_WORD}){0,3}`;

/** A nickname in quotation marks: up to three words, the first capitalised or after an article. */
const QUOTED = `[«"“]\\s*((?:(?:le|la|l['’])\\s*)?\\p{Lu}[^\\s«»"“”.,;:!?]*(?:\\s+[^\\s«»"“”.,;:!?]+){0,2})\\s*[»"”]`;

/**
 * How French news declares another name of a person right after the name: "alias",
 * "surnommé(e)", "dit(e)" before a quoted nickname, "né(e)" before a birth name, "de son vrai
 * nom" before the real one. The name before is what the article goes on calling them.
 */
const DECLARED = new RegExp(
  `(?<![\\p{L}])(${NAME})\\s*,?\\s+(?:alias\\s+|surnommée?\\s+|(?<=,\\s*)dite?\\s+(?=[«"“])|(née?)\\s+(?=\\p{Lu})|de\\s+son\\s+vrai\\s+nom\\s*,?\\s*)(?:${QUOTED}|(${NAME}))`,
  "gu",
);

/** Cheap test first: most sentences declare nothing ("a dit" is everywhere, ", dit « X »" rare). */
const MAY_DECLARE = /alias|surnomm|,\s*dite?\s+[«"“]|\snée?\s+\p{Lu}|vrai nom/u;

/** The aliases a sentence declares ("Caitlyn Jenner, née Bruce Jenner"). */
export function declaredAliases(sentence: string): DeclaredAlias[] {
  if (!MAY_DECLARE.test(sentence)) return [];
  const found: DeclaredAlias[] = [];
  for (const m of sentence.matchAll(DECLARED)) {
    const name = m[1];
    let alias = (m[3] ?? m[4])?.trim();
    if (!name || !alias || alias === name) continue;
    // "Jeannine Pierson, née Ganaye": her birth name is "Jeannine Ganaye".
    const given = name.slice(0, Math.max(0, name.lastIndexOf(" ")));
    if (m[2] && !/\s/u.test(alias) && given !== "") alias = `${given} ${alias}`;
    found.push({ name, alias });
  }
  return found;
}

/**
 * People with the aliases the corpus declares for them: the person either name designates
 * (the first one when both do) gets the other as an alias, and a discovered person known only by
 * that other name is dropped — its mentions are the first one's now. Configured people are
 * never dropped; a name that designates nobody, or several people, adds nothing.
 */
export function withDeclaredAliases(
  people: readonly Person[],
  declared: readonly DeclaredAlias[],
  matcher: NameMatcher,
): Person[] {
  if (declared.length === 0) return [...people];
  const byId = new Map(people.map((p) => [p.id, p]));
  // "Selon Maxime Nicolle": the words before the name are tried off one by one.
  const holder = (name: string): Person | null => {
    const words = significantWords(name);
    for (let from = 0; from === 0 || words.length - from >= 2; from++) {
      const full = matcher.match(words.slice(from)).filter((m) => m.kind === "full");
      if (full.length === 1) return byId.get(full[0]?.person.id ?? "") ?? null;
      if (full.length > 1) return null;
    }
    return null;
  };
  for (const { name, alias } of declared) {
    const first = holder(name);
    const second = holder(alias);
    const keeper = first ?? second;
    if (!keeper) continue;
    const other = keeper === first ? alias : name;
    const dropped = keeper === first ? second : first;
    if (dropped && dropped.id !== keeper.id && dropped.source === "discovered") {
      byId.delete(dropped.id);
    }
    const current = byId.get(keeper.id) ?? keeper;
    if (current.name === other || current.aliases.includes(other)) continue;
    byId.set(keeper.id, { ...current, aliases: [...current.aliases, other] });
  }
  return [...byId.values()];
}
