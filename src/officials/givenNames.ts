import { getGender } from "gender-detection-from-name";

/**
 * Whether a word is a given name in the lexicon of `gender-detection-from-name` (first names
 * of English, French, German, Italian, Spanish and Turkish speakers, and many of other origins
 * met in their news: "Rachida", "Lassana", "Zhao"). A compound ("Jean-Pierre", "Marie-Laure")
 * is one when its first part is. The lexicon is data in the package: no lookup leaves the process.
 */
export function isLexiconGivenName(word: string): boolean {
  if (word.length < 2) return false;
  if (getGender(word) !== "unknown") return true;
  const dash = word.indexOf("-");
  return dash > 1 && getGender(word.slice(0, dash)) !== "unknown";
}
