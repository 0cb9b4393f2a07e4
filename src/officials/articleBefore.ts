/**
 * A determiner right before a capitalised word: "la Lotus Evora", "le Var", "l'Austin Seven",
 * "une Bugatti Chiron", "du Var", "the White House". French writes people's names without one
 * ("Marie Dupont a dit", never "la Marie Dupont"), so a name that takes one is a thing, a place
 * or an organisation; "le président Macron" has a noun between them, and is no such case.
 */
const DETERMINER_BEFORE =
  /(?:^|[\s(«"“])(?:(?:le|la|les|un|une|du|des|au|aux|ce|cet|cette|ces|son|sa|ses|the)\s+|l['’]|d['’]un\s+|d['’]une\s+)(?:(?:nouvel|nouveau|nouvelle|nouveaux|nouvelles)\s+)?$/iu;

/**
 * Whether `text` (what precedes a capitalised word) ends with a determiner, or a determiner and
 * "nouvel"/"nouvelle" ("du nouvel Atlas Cross Sport", "la nouvelle Clio").
 */
export function endsWithDeterminer(text: string): boolean {
  return DETERMINER_BEFORE.test(text.slice(-22));
}

/** Capitalised determiners that open a run of capitalised words: "La Lotus Elan", "Le Var". */
const CAPITALISED_DETERMINER = /^(?:Le|La|Les|Un|Une|Du|Des|Au|Aux|The|L['’])$/u;

/** Whether a word opening a run is a determiner ("La" of "La Maison Blanche"). */
export function isCapitalisedDeterminer(word: string): boolean {
  return CAPITALISED_DETERMINER.test(word);
}

/**
 * Whether the name found at `offset` inside a run of capitalised words (starting at `runIndex`
 * of `sentence`) takes a determiner: written right after one ("la Bugatti Chiron"), or after a
 * capitalised one opening both the run and the sentence ("La Maison Blanche a…"). Elsewhere a
 * capitalised "La" or "Le" is part of the name ("La Fontaine", "Le Monde", "La Kim Quyen").
 */
export function nameTakesArticle(
  sentence: string,
  runIndex: number,
  run: string,
  offset: number,
): boolean {
  if (offset === 0) return endsWithDeterminer(sentence.slice(Math.max(0, runIndex - 12), runIndex));
  const prefix = run.slice(0, offset).trim().split(/\s+/);
  return (
    prefix.length === 1 &&
    isCapitalisedDeterminer(prefix[0] ?? "") &&
    opensSentence(sentence, runIndex)
  );
}

/** Whether nothing but punctuation and spaces stands before `index` ("« La Lotus…"). */
export function opensSentence(sentence: string, index: number): boolean {
  return /^[\s\p{P}]*$/u.test(sentence.slice(0, index));
}
