import { findSpeechVerbs } from "../nlp/speechVerbs.js";

/** Words a role phrase cannot end on: it would be cut mid-phrase ("directrice de cabinet de"). */
const DANGLING =
  /(?:^|\s)(?:de|du|des|d['’]|l['’]|la|le|les|à|au|aux|en|et|ou|pour|par|sur|avec|sous|chez|of|the|and|for|at)$/iu;

/**
 * Where a role phrase stops: a conjunction, a relative, "sous" (a time: "ministre sous Obama"),
 * a day ("vice-présidente de LR dimanche 11 mars"). "et" goes on inside a title when a
 * complement follows it ("ministre de l'Europe et des Affaires étrangères", "à l'Égalité entre
 * les femmes et les hommes").
 */
const STOP =
  /\s+(?:et(?!\s+(?:des|de|du|d['’]|les)(?![\p{L}]))|ou|mais|qui|que|qu['’]|dont|où|sous|lors|depuis|pendant|durant|après|avant|alors|(?:en|entre|de|jusqu['’]en)\s+(?:19|20)\d\d|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|hier|and|who|which|under)(?![\p{L}])/iu;

/** A capitalised name of two words: a role that reaches one has run into another person. */
const NAME = /\s\p{Lu}[\p{Ll}\p{M}]+(?:-\p{Lu}?[\p{Ll}\p{M}]+)?\s+\p{Lu}[\p{Ll}\p{M}]+/u;

/**
 * A role phrase as a reader would quote it: up to the first conjunction, relative or "sous", and
 * before another person's name, without dangling prepositions or articles at its end
 * ("directeur de campagne de" → "directeur de campagne", "ministre sous" → "ministre"). Returns
 * null when nothing clean is left.
 */
export function cleanRole(phrase: string): string | null {
  // "ministre de l'Environnement sur BFMTV": where the words were said, not the post.
  let text = phrase.trim().replace(/\s+sur\s+\p{Lu}.*$/su, "");
  const stop = STOP.exec(text);
  if (stop) text = text.slice(0, stop.index);
  // "conseiller d'opposition explique que …": the role ends before its holder's verb.
  const verb = findSpeechVerbs(text).find((v) => v.pronoun === null);
  if (verb && verb.index > 0) text = text.slice(0, verb.index);
  // English titles are capitalised ("German Foreign Minister"): only French roles meet names.
  const name = /^\p{Lu}/u.test(text) ? null : NAME.exec(text);
  if (name) text = text.slice(0, name.index);
  for (let i = 0; i < 4 && DANGLING.test(text); i++) text = text.replace(DANGLING, "").trim();
  text = text.replace(/[\s,;:–—-]+$/u, "").trim();
  return text === "" ? null : text;
}
