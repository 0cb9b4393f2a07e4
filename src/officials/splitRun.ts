import { isStopword } from "../nlp/stopwords.js";
import { isLexiconGivenName } from "./givenNames.js";
import { NOT_A_FIRST_NAME, ORGANISATION_START } from "./namePatterns.js";

const PARTICLE = /^(?:von|van|der|den|de|du|da|di|bin|ben|al|el|ter)$/;

/**
 * Text ending with a preposition or a determiner: the run after it complements a noun ("la maire
 * de Paris …", "le ministre de la Justice …", "le secrétaire général de l'Elysée …").
 */
const COMPLEMENT_BEFORE =
  /(?:^|[\s(«"“])(?:de|du|des|à|au|aux|en|of|le|la|les|the)\s+$|(?:^|[\s(«"“])[dl]['’]$/iu;

/**
 * The person's name inside a run of capitalised words: its last two name words, with any
 * particles before the last ("Ursula von der Leyen"); three when the run is three words of
 * which the first two are given names ("Neil Patrick Harris"), unless the run complements a noun
 * (`before`, the text before the run: "la maire de Paris Anne Hidalgo"). A particle followed by
 * two name words is a preposition ("Joseph Zen de Hong Kong": the name is before it). Returns
 * null for a single word, for a run an organisation or a place opens and fills ("France Bleu
 * Hérault"),
 * and when the first name is a title or a function word ("Le", "Secretary").
 */
export function splitRun(run: string, before = ""): { name: string; offset: number } | null {
  const words = run.split(/\s+/);
  // "France Bleu Hérault", "Radio Nova Lyon": an organisation's name fills the run (after a
  // particle a person may follow: "Assemblée de Corse Paul Martin").
  if (
    words.length >= 3 &&
    ORGANISATION_START.has((words[0] ?? "").toLowerCase()) &&
    !words.some((w) => PARTICLE.test(w))
  ) {
    return null;
  }
  const named = namePart(run);
  if (named.length < run.length) return splitRun(named, before);
  let first = words.length - 2;
  while (first > 0 && PARTICLE.test(words[first] ?? "")) first--;
  // "Marine Le Pen", "Luigi Di Maio": a capitalised article or particle after a given name opens
  // the surname.
  if (opensSurname(words, first)) first--;
  if (first < 0 || PARTICLE.test(words[first] ?? "")) return null;
  if (NOT_A_FIRST_NAME.has((words[first] ?? "").toLowerCase())) return null;
  if (
    words.length === 3 &&
    first === 1 &&
    !NOT_A_FIRST_NAME.has((words[0] ?? "").toLowerCase()) &&
    isLexiconGivenName(words[0] ?? "") &&
    isLexiconGivenName(words[1] ?? "") &&
    !COMPLEMENT_BEFORE.test(before)
  ) {
    return { name: run, offset: 0 };
  }
  // "la juge Pernille Wold Ellingsen", "Gabriel García Márquez": a given name then two words
  // that are none is one person with a double surname.
  if (
    words.length === 3 &&
    first === 1 &&
    isLexiconGivenName(words[0] ?? "") &&
    !NOT_A_FIRST_NAME.has((words[0] ?? "").toLowerCase()) &&
    !ORGANISATION_START.has((words[0] ?? "").toLowerCase()) &&
    !isLexiconGivenName(words[1] ?? "") &&
    !COMPLEMENT_BEFORE.test(before)
  ) {
    return { name: run, offset: 0 };
  }
  const offset = first === 0 ? 0 : wordStart(run, first);
  return { name: run.slice(offset), offset };
}

/**
 * Whether `words[i]` is a capitalised article or particle that opens a surname after a given
 * name: "Marine Le Pen", "Robert De Niro", "Luigi Di Maio", "Ursula Von der Leyen".
 */
export function opensSurname(words: readonly string[], i: number): boolean {
  const before = words[i - 1] ?? "";
  return (
    i > 0 &&
    SURNAME_ARTICLE.test(words[i] ?? "") &&
    isLexiconGivenName(before) &&
    !NOT_A_FIRST_NAME.has(before.toLowerCase())
  );
}

/** A capitalised article or particle a surname may open on (`opensSurname`). */
const SURNAME_ARTICLE = /^(?:Le|La|De|Di|Da|Del|Della|Van|Von)$/;

/**
 * The run up to a particle followed by two name words or more, when a full name opens on a
 * given name before it: the particle is then a preposition ("Joseph Zen de Hong Kong" → "Joseph
 * Zen"). The whole run otherwise ("Charles de Gaulle", "Assemblée de Corse Jean Dupont").
 */
export function namePart(whole: string): string {
  const run = withoutTrailingFunctionWord(whole);
  const words = run.split(/\s+/);
  let particle = words.length - 1;
  while (particle >= 0 && !PARTICLE.test(words[particle] ?? "")) particle--;
  if (particle < 2 || words.length - particle <= 2) return run;
  const given = words[particle - 2] ?? "";
  if (NOT_A_FIRST_NAME.has(given.toLowerCase()) || !isLexiconGivenName(given)) return run;
  return run.slice(0, wordStart(run, particle)).trimEnd();
}

/**
 * A run without a capitalised function word at its end: "Emmanuel Macron Ces" is "Emmanuel
 * Macron" before "Ces dernières semaines" (a full stop lost), "Jean Dupont Mais" is "Jean
 * Dupont". A name never ends on a determiner, pronoun or conjunction ("Marine Le Pen" goes on).
 */
function withoutTrailingFunctionWord(run: string): string {
  const m = /\s+(\p{Lu}\p{Ll}*)$/u.exec(run);
  if (!m?.[1] || !isStopword(m[1].toLowerCase(), "fr")) return run;
  const rest = run.slice(0, m.index);
  return /\s/u.test(rest) ? rest : run;
}

/** Where the `n`th word (from 0) of a run starts. */
function wordStart(run: string, n: number): number {
  const spaces = /\s+/g;
  let at = 0;
  for (let i = 0; i < n; i++) {
    const m = spaces.exec(run);
    if (m === null) return run.length;
    at = m.index + m[0].length;
  }
  return at;
}
