/** One capitalised name word: "Sergueï", "Jean-Yves", "O'Brien", "Stoltenberg". */
export const NAME_WORD = "\\p{Lu}[\\p{Ll}\\p{M}]+(?:[-'’]\\p{Lu}?[\\p{Ll}\\p{M}]+)?";
/** Lower-case particles inside names: "Ursula von der Leyen", "Charles de Gaulle". */
const PARTICLE = "(?:von|van|der|den|de|du|da|di|bin|ben|al|el|ter)";

/** A full name: two or three name words, particles allowed before the last. */
export const FULL_NAME = new RegExp(
  `(?<![\\p{L}\\p{M}])${NAME_WORD}(?:\\s+${NAME_WORD})?(?:\\s+${PARTICLE})*\\s+${NAME_WORD}(?![\\p{L}\\p{M}])`,
  "gu",
);

/** A run of capitalised words (with name particles), where person mentions are looked for. */
export const CAPITALISED_RUN = new RegExp(
  `(?<![\\p{L}\\p{M}])${NAME_WORD}(?:(?:\\s+${PARTICLE})*\\s+${NAME_WORD})*(?![\\p{L}\\p{M}])`,
  "gu",
);

/** "M. Haliva", "Mme Truss", "Mr Biden", "Dr. Fauci": an honorific and a surname. */
export const HONORIFIC_NAME = new RegExp(
  `(?<![\\p{L}])(?:M\\.|MM\\.|Mme|Mlle|Mr\\.?|Mrs\\.?|Ms\\.?|Dr\\.?)\\s+(${NAME_WORD}(?:\\s+${NAME_WORD})?)`,
  "gu",
);

/** Capitalised words that start sentences or are titles, never a person's first name. */
export const NOT_A_FIRST_NAME = new Set(
  (
    "le la les l un une des du de d mais et ou pour avec dans sur selon après avant pendant depuis " +
    "ce cette ces son sa ses leur leurs il elle ils elles nous vous on je tu en au aux à a par " +
    "the a an and but in on at of for with from by to as he she they it we this that these those " +
    "lundi mardi mercredi jeudi vendredi samedi dimanche monday tuesday wednesday thursday friday " +
    "saturday sunday janvier février mars avril mai juin juillet août septembre octobre novembre " +
    "décembre january february march april may june july august september october november december " +
    "secrétaire ministre président présidente général chef secretary minister president general " +
    "chief foreign deputy state us uk eu hier aujourd cependant however pourtant ainsi alors " +
    // Words that start place and organisation names, never a given name ("New York", "Saint-Denis").
    "new saint sainte san santa los las united north south east west nord sud grand grande mont " +
    "port fort royal national international union conseil cour tribunal assemblée ministère parti " +
    "front radio air france banque caisse agence institut université lycée collège hôpital"
  ).split(" "),
);

/**
 * Every match of a global regex in `text`, as `text.matchAll(pattern)` gives them, without the
 * copy of the regex `matchAll` makes on every call: compiling that copy again (V8 drops compiled
 * regexes at garbage collection) cost more than the matching. All matches are collected before
 * returning, so a caller may use the same regex again while reading them.
 */
export function allMatches(pattern: RegExp, text: string): RegExpExecArray[] {
  if (!pattern.global) throw new TypeError(`allMatches needs a global regex, got ${pattern}`);
  const matches: RegExpExecArray[] = [];
  pattern.lastIndex = 0;
  for (let m = pattern.exec(text); m !== null; m = pattern.exec(text)) {
    matches.push(m);
    // An empty match moves on by one character (a code point with the u flag), as matchAll does.
    if (m[0] === "") pattern.lastIndex = nextIndex(text, pattern.lastIndex, pattern.unicode);
  }
  pattern.lastIndex = 0;
  return matches;
}

function nextIndex(text: string, index: number, unicode: boolean): number {
  const code = text.charCodeAt(index);
  const pair = unicode && code >= 0xd800 && code <= 0xdbff && index + 1 < text.length;
  const next = text.charCodeAt(index + 1);
  return index + (pair && next >= 0xdc00 && next <= 0xdfff ? 2 : 1);
}
