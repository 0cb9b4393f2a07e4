import {
  endsWithDeterminer,
  isCapitalisedDeterminer,
  nameTakesArticle,
  opensSentence,
} from "./articleBefore.js";
import { CAPITALISED_RUNS } from "./namePatterns.js";
import { OUTLET_NOUNS } from "./outletNouns.js";
import { splitRun } from "./splitRun.js";

/** The capitalised words of a sentence, as name candidates and as words standing alone. */
export interface CapitalisedWords {
  /**
   * Every full name written in the sentence, introduced or not ("Catherine Deneuve a trouvé
   * ça…"): the name part of each run of two or more capitalised words. Whether it is a person
   * is decided with the whole corpus in view (`PersonEvidence`): here it is only a candidate.
   * A name that takes a determiner ("la Lotus Elan", "La Maison Blanche") is no candidate.
   */
  readonly names: string[];
  /** Capitalised words standing alone, past the sentence's first word ("à Paris", "chez Ferrari"). */
  readonly lone: string[];
  /**
   * Capitalised words written after a determiner, alone or opening a name ("le Var", "la Lotus
   * Elan", "La Maison Blanche"): words that name things, places or organisations.
   */
  readonly articled: string[];
  /** Full names written right after a determiner ("l'Aston Martin DBX", "des Bouches du Rhône"). */
  readonly articledNames: string[];
  /** Capitalised words alone right after a preposition of place ("à Paris", "en Bretagne"). */
  readonly located: string[];
  /**
   * Full names right after "chez", "sur" or "dans" ("sur Fox News", "chez Albin Michel", "dans
   * Charlie Hebdo"), or alone in quotation marks ("de « Cash Investigation »"): where outlets,
   * firms, shops and the titles of works stand, seldom people. Single words too, after those or
   * a noun of an outlet or a firm ("l'hebdomadaire Marianne").
   */
  readonly placed: string[];
  /** Full names right after "à", "au", "aux" or "en" ("à Hong Kong", "en Corée du Sud"). */
  readonly locatedNames: string[];
}

/**
 * "chez", "sur" or "dans" right before a name, or a noun of an outlet or an organisation ("le
 * quotidien Yediot Aharonoth", "l'agence Bloomberg", "le think tank Terra Nova"), maybe with an
 * acronym or an adjective between ("le groupe BTP Vinci", "le groupe pharmaceutique Sanofi"; not
 * "le cabinet de Marisol Touraine").
 */
const PLACE_BEFORE_NAME = new RegExp(
  `(?:^|\\s)(?:chez|sur|dans|(?<!(?:de|d['’])\\s*)(?:[Ll]e|[Ll]a|[Ll]['’]|[Dd]u|[Aa]u|[Uu]n|[Uu]ne)\\s*(?:${OUTLET_NOUNS.join("|")})(?:\\s+(?:\\p{Lu}{2,}|(?!(?:pour|avec|dans|sans|chez|sous|vers|entre|contre|selon|après|avant)\\s)\\p{Ll}[\\p{Ll}-]{3,}))?)\\s+$`,
  "u",
);

/** A noun of a place and "de" before its name: "la ville de Tal Abyad", "la région de Kherson". */
const PLACE_NOUN_OF =
  "(?:ville|villes|région|commune|village|localité|province|quartier|district|bourg)\\s+de";

/**
 * "à", "au", "aux", "en" or a place noun's "de" right before a name: where places stand (and,
 * now and then, people).
 */
const LOCATIVE_BEFORE_NAME = new RegExp(`(?:^|\\s)(?:à|au|aux|en|${PLACE_NOUN_OF})\\s+$`, "iu");

/**
 * A preposition of place right before a word ("à", "en", "au", "aux", "vers", "depuis", "dans"),
 * or a place noun's "de" ("la ville de Mossoul").
 */
const LOCATIVE_BEFORE = new RegExp(
  `(?:^|\\s)(?:à|en|au|aux|vers|depuis|dans|${PLACE_NOUN_OF})\\s+$`,
  "u",
);

export function capitalisedWords(sentence: string): CapitalisedWords {
  const names: string[] = [];
  const lone: string[] = [];
  const articled: string[] = [];
  const articledNames: string[] = [];
  const located: string[] = [];
  const placed: string[] = [];
  const locatedNames: string[] = [];
  for (const match of CAPITALISED_RUNS.matches(sentence)) {
    const run = match[0];
    const split = splitRun(run, sentence.slice(Math.max(0, match.index - 12), match.index));
    if (split) {
      if (nameTakesArticle(sentence, match.index, run, split.offset)) {
        articled.push(split.name.split(/\s+/)[0] ?? "");
        articledNames.push(split.name);
      } else {
        names.push(split.name);
        const at = match.index + split.offset;
        if (
          PLACE_BEFORE_NAME.test(sentence.slice(Math.max(0, at - 40), at)) ||
          quotedAlone(sentence, at, split.name.length)
        ) {
          placed.push(split.name);
        }
        if (LOCATIVE_BEFORE_NAME.test(sentence.slice(Math.max(0, at - 20), at)))
          locatedNames.push(split.name);
      }
      continue;
    }
    const words = run.split(/\s+/);
    if (words.length === 1) {
      if (match.index > 0) lone.push(run);
      // "l'hebdomadaire Marianne", "le groupe Engie": a word that names an outlet or a firm.
      if (PLACE_BEFORE_NAME.test(sentence.slice(Math.max(0, match.index - 40), match.index))) {
        placed.push(run);
      }
      if (LOCATIVE_BEFORE.test(sentence.slice(Math.max(0, match.index - 20), match.index))) {
        located.push(run);
      }
      if (endsWithDeterminer(sentence.slice(Math.max(0, match.index - 12), match.index))) {
        articled.push(run);
      }
    } else if (
      words.length === 2 &&
      isCapitalisedDeterminer(words[0] ?? "") &&
      opensSentence(sentence, match.index)
    ) {
      articled.push(words[1] ?? "");
    }
  }
  return { names, lone, articled, articledNames, located, placed, locatedNames };
}

/** Whether the name at `at` (of `length` characters) stands alone between quotation marks. */
function quotedAlone(sentence: string, at: number, length: number): boolean {
  return (
    /["«“]\s*$/u.test(sentence.slice(Math.max(0, at - 2), at)) &&
    /^\s*["»”]/u.test(sentence.slice(at + length, at + length + 2))
  );
}
