import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";

/**
 * The words of the French dictionary of `dictionary-fr` (Grammalecte's, in Hunspell form) that
 * inflect for gender: those carrying one of its masculine/feminine affix classes ("animateur/Fc"
 * gives "animatrice", "chauffeur/Fs", "avocat/F."). A noun of that kind names a person or is an
 * adjective ("quotidien/F+"); a noun without names a thing or a person of either gender alike
 * ("restaurant/S.", "journaliste/S."). The lexicon is data in the package: read once, from disk.
 */
const GENDER_CLASSES = new Set(["F.", "F+", "Fc", "Fe", "Fs", "Fx"]);

let inflecting: ReadonlySet<string> | null = null;

function inflectingWords(): ReadonlySet<string> {
  if (inflecting !== null) return inflecting;
  const words = new Set<string>();
  try {
    const dir = dirname(createRequire(import.meta.url).resolve("dictionary-fr"));
    const dic = readFileSync(join(dir, "index.dic"), "utf8");
    for (const line of dic.split("\n")) {
      const slash = line.indexOf("/");
      if (slash <= 0) continue;
      const flags = line.slice(slash + 1).trim();
      for (let i = 0; i + 1 < flags.length; i += 2) {
        if (GENDER_CLASSES.has(flags.slice(i, i + 2))) {
          words.add(line.slice(0, slash));
          break;
        }
      }
    }
  } catch {
    // Without the dictionary, no word is known to inflect: callers fall back on the corpus.
  }
  inflecting = words;
  return words;
}

/** Whether a lower-case French word (its masculine form) inflects for gender in the lexicon. */
export function inflectsForGender(word: string): boolean {
  return inflectingWords().has(word.toLowerCase());
}
