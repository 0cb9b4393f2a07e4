import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { getGender } from "gender-detection-from-name";
import { GIVEN_NAME_GENDERS } from "./givenNameGenders.js";

/**
 * Whether a word is a given name in the lexicon of `gender-detection-from-name` (first names
 * of English, French, German, Italian, Spanish and Turkish speakers, and many of other origins
 * met in their news: "Rachida", "Lassana", "Zhao"). A compound ("Jean-Pierre", "Marie-Laure")
 * is one when its first part is. The lexicon is data in the package: no lookup leaves the process.
 */
export function isLexiconGivenName(word: string): boolean {
  if (word.length < 2) return false;
  if (getGender(word) !== "unknown") return true;
  // "Jean-Marc", "Marie-Thérèse": every part a given name ("Nouvelle-Aquitaine" is none).
  const parts = word.split("-");
  return parts.length > 1 && parts.every((p) => p.length >= 2 && getGender(p) !== "unknown");
}

type Gender = "m" | "f";

/**
 * The genders the package's French list gives each name. Its map keeps one entry per name, the
 * last written, so a name the French registry gives to boys and to girls ("Julien", "Stéphane",
 * "Valérie") reads as female through `getGender`: the list itself tells the mixed names apart.
 */
let frenchGenders: Map<string, Set<Gender>> | null = null;

function frenchList(): Map<string, Set<Gender>> {
  if (frenchGenders !== null) return frenchGenders;
  const map = new Map<string, Set<Gender>>();
  try {
    const file = createRequire(import.meta.url).resolve("gender-detection-from-name/names/fr.js");
    const text = readFileSync(file, "utf8");
    for (const m of text.matchAll(/\['([^']+)', '(male|female)'\]/g)) {
      const set = map.get(m[1] as string) ?? new Set<Gender>();
      set.add(m[2] === "male" ? "m" : "f");
      map.set(m[1] as string, set);
    }
  } catch {
    // Without the list file, only the other languages' lists speak.
  }
  frenchGenders = map;
  return map;
}

const OTHER_LANGUAGES = ["en", "it", "es", "de"] as const;
let otherLists: ReadonlyMap<string, string>[] | null = null;

/** The package's English, Italian, Spanish and German lists, each alone (getGender mixes them). */
function otherLanguageLists(): ReadonlyMap<string, string>[] {
  if (otherLists !== null) return otherLists;
  const require = createRequire(import.meta.url);
  otherLists = OTHER_LANGUAGES.flatMap((language) => {
    try {
      const list = require(`gender-detection-from-name/names/${language}.js`) as unknown;
      return list instanceof Map ? [list as ReadonlyMap<string, string>] : [];
    } catch {
      return [];
    }
  });
  return otherLists;
}

/**
 * The gender a given name tells by the lexicon's lists: the French list's when it gives the name one
 * gender only; else the gender the other languages' lists agree on ("Julien" is male in all of
 * them); null for names given to both ("Dominique" is female in English and mixed in French,
 * "Claude" male in English and female in German) and for words no list knows. A compound
 * ("Jean-Pierre") not listed itself takes its first part's gender.
 */
export function listsGender(word: string): Gender | null {
  const key = word.toLowerCase();
  const dash = key.indexOf("-");
  const listed = (k: string) => frenchList().has(k) || otherLanguageLists().some((l) => l.has(k));
  const name = dash > 1 && !listed(key) ? key.slice(0, dash) : key;
  const french = frenchList().get(name);
  if (french?.size === 1) return [...french][0] ?? null;
  const votes = new Set<Gender>();
  for (const list of otherLanguageLists()) {
    const g = list.get(name);
    if (g === "male") votes.add("m");
    else if (g === "female") votes.add("f");
  }
  return votes.size === 1 ? ([...votes][0] ?? null) : null;
}

/**
 * Whether the English, Italian, Spanish and German lists give a name both genders ("Claude",
 * "Denis", "Jean"): a name borne by men and women, whatever one corpus shows of it.
 */
export function otherListsDisagree(word: string): boolean {
  const name = word.toLowerCase();
  const genders = new Set(otherLanguageLists().map((list) => list.get(name)));
  return genders.has("male") && genders.has("female");
}

/**
 * The gender a given name tells: the lexicon's lists' (`listsGender`), else, for a name they give
 * both genders without saying which is usual ("Denis", "Aude", "Stéphane"), the gender the
 * shared corpus introduces its bearers with (`GIVEN_NAME_GENDERS`); null otherwise.
 */
export function lexiconGender(word: string): Gender | null {
  return listsGender(word) ?? GIVEN_NAME_GENDERS.get(word.toLowerCase()) ?? null;
}

/**
 * The gender the lexicon gives a full name's given name ("Carlos Ghosn" → m); null for one word
 * alone or a given name the lexicon does not know.
 */
export function givenNameGender(fullName: string): Gender | null {
  const words = fullName.trim().split(/\s+/);
  return words.length < 2 ? null : lexiconGender(words[0] ?? "");
}
