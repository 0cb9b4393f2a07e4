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

let lexicon: {
  readonly inflecting: ReadonlySet<string>;
  readonly common: ReadonlySet<string>;
} | null = null;

/** The dictionary's words read once: those that inflect for gender, and its lower-case entries. */
function dictionary(): NonNullable<typeof lexicon> {
  if (lexicon !== null) return lexicon;
  const inflecting = new Set<string>();
  const common = new Set<string>();
  try {
    const dir = dirname(createRequire(import.meta.url).resolve("dictionary-fr"));
    const dic = readFileSync(join(dir, "index.dic"), "utf8");
    for (const line of dic.split("\n")) {
      const slash = line.indexOf("/");
      if (slash <= 0) continue;
      const word = line.slice(0, slash);
      if (/^\p{Ll}/u.test(word)) common.add(word);
      const flags = line.slice(slash + 1).trim();
      for (let i = 0; i + 1 < flags.length; i += 2) {
        if (GENDER_CLASSES.has(flags.slice(i, i + 2))) {
          inflecting.add(word);
          break;
        }
      }
    }
  } catch {
    // Without the dictionary, no word is known: callers fall back on the corpus.
  }
  lexicon = { inflecting, common };
  return lexicon;
}

function inflectingWords(): ReadonlySet<string> {
  return dictionary().inflecting;
}

/**
 * Whether a word, lower-cased, is an entry of the French dictionary written in lower case there
 * ("aigle", "azur", "pierre"): a common word, whatever the corpus at hand has seen of it.
 */
export function isFrenchCommonWord(word: string): boolean {
  return dictionary().common.has(word.toLowerCase());
}

/** Whether a lower-case French word (its masculine form) inflects for gender in the lexicon. */
export function inflectsForGender(word: string): boolean {
  return inflectingWords().has(word.toLowerCase());
}
