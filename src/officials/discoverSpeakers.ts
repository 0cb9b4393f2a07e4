import { findSpeechVerbs, type VerbMatch } from "../nlp/speechVerbs.js";
import { nameTakesArticle } from "./articleBefore.js";
import { isLexiconGivenName } from "./givenNames.js";
import { CAPITALISED_RUNS, NOUN_COMPLEMENT_BEFORE } from "./namePatterns.js";
import { allMatches } from "./patternScan.js";
import { runsIntoVerb } from "./roleWords.js";
import { splitRun } from "./splitRun.js";
import { trailingSubject } from "./trailingSubject.js";

/**
 * Names that speak: a full name in the clause of an inverted speech verb ("», a expliqué Bruno
 * Donnet", "a précisé un responsable de la Croix-Rouge Marc Zyltman"), the subject of a speech
 * verb ("Pascal Pavageau, secrétaire général de FO, a expliqué"), or after "selon". Whoever
 * is quoted is a person even when the text gives no role. One-word names are left out (they are
 * too often organisations: "prévient Matignon"). `verbs` are the sentence's speech verbs.
 */
export function discoverSpeakers(
  sentence: string,
  verbs: readonly VerbMatch[] = findSpeechVerbs(sentence),
): string[] {
  const names: string[] = [];
  for (const verb of verbs) {
    if (verb.pronoun) continue;
    const before = sentence.slice(0, verb.index);
    // "», lui assure Sibeth Ndiaye": an object pronoun may stand before the inverted verb.
    if (/(?:[»”"]\s*,?|,)\s*(?:(?:lui|leur|nous|vous|me)\s+|m['’])?$/u.test(before)) {
      const clause = /^[^,.;:«»"“”()]{0,100}/u.exec(sentence.slice(verb.end))?.[0] ?? "";
      const name = firstFullName(clause);
      if (name) {
        names.push(name);
        continue;
      }
    }
    // The subject: a name right before the verb, or before an apposition between commas.
    const subject = trailingSubject(before);
    const name = lastFullName(subject);
    if (!name || appositionOfClause(before, subject)) continue;
    if (subject.trimEnd().endsWith(name) || /,[^,]{1,120},\s*$/.test(before)) names.push(name);
  }
  for (const match of allMatches(SELON, sentence)) {
    const name = firstFullName(match[1] ?? "");
    if (name) names.push(name);
  }
  return [...new Set(names)];
}

/**
 * Full names in `text`, except those that complement a noun or a verb ("le frère de Nordahl
 * Lelandais", "a déclaré le ministre sur Fox News", "joint par France Bleu Paris") and those
 * that take a determiner ("la Bugatti Chiron").
 */
function fullNames(text: string): string[] {
  const names: string[] = [];
  for (const match of CAPITALISED_RUNS.matches(text)) {
    const split = splitRun(match[0], text.slice(Math.max(0, match.index - 12), match.index));
    if (!split || nameTakesArticle(text, match.index, match[0], split.offset)) continue;
    const at = match.index + split.offset;
    if (COMPLEMENT.test(text.slice(Math.max(0, at - 12), at))) continue;
    // "à France Bleu Bouches du Rhône": a name cut from a run that complements a preposition is
    // the rest of that complement, not a speaker.
    if (
      split.offset > 0 &&
      COMPLEMENT.test(text.slice(Math.max(0, match.index - 12), match.index))
    ) {
      continue;
    }
    // "raconte ce jeune directeur du restaurant Barna Beach": a name after a noun's complement
    // names what the noun is, unless it opens on a given name ("du gouvernement Gabriel Attal").
    const nounBefore = NOUN_COMPLEMENT_BEFORE.test(text.slice(Math.max(0, at - 40), at));
    if (nounBefore && !isLexiconGivenName(split.name.split(/\s+/)[0] ?? "")) continue;
    names.push(split.name);
  }
  return names;
}

/**
 * Whether the clause a subject is read from (`trailingSubject`, before an apposition between
 * commas) follows, after a comma, a clause with a finite verb of its own: "… dans les locaux de
 * la société voisine, Normandie Logistique, touchées par l'incendie, a indiqué une source" — the
 * name is in apposition to a noun of that clause, not the subject of the speech verb.
 */
function appositionOfClause(before: string, subject: string): boolean {
  const at = before.lastIndexOf(subject);
  if (at <= 0 || !/,\s*$/u.test(before.slice(0, at))) return false;
  const previous = /[^.;:«»"“”]*$/u.exec(before.slice(0, at).replace(/,\s*$/u, ""))?.[0] ?? "";
  // "Alors que les syndicats ont appelé à la grève, Jean Dupont, maire, a expliqué": a
  // subordinate clause before the main one, whose subject the name is.
  return runsIntoVerb(previous) && !SUBORDINATE_OPENING.test(previous);
}

/** What opens a subordinate or participial clause set before its main clause. */
const SUBORDINATE_OPENING =
  /^\s*(?:(?:alors|tandis|pendant|bien|après|avant|depuis|parce|puisque|lorsque|quand|si|comme|dès|même|sitôt|ainsi)(?![\p{L}])|[\p{Lu}]\p{Ll}+(?:é|ée|és|ées|ant)(?![\p{L}]))/iu;

/** "selon X", "according to X": X is the speaker of the sentence. */
const SELON = /(?:^|[\s,(])(?:selon|according to)\s+([^,.;:«»"“”]{3,60})/giu;

const COMPLEMENT =
  /(?:^|\s)(?:de|du|des|d['’]|of|à|au|aux|sur|dans|en|par|pour|avec|chez|contre|vers|on|to|by|with)\s*$/iu;

function firstFullName(text: string): string | undefined {
  return fullNames(text)[0];
}

function lastFullName(text: string): string | undefined {
  const names = fullNames(text);
  return names[names.length - 1];
}
