import { charClass } from "../../nlp/charClass.js";
import { SPACE } from "../../nlp/charCodes.js";
import { foldDiacritics } from "../../nlp/index.js";

/**
 * Key under which two blocks count as the same paragraph: case, accents, spacing and quotes ignored.
 * In one scan: each maximal run of punctuation, symbols and whitespace becomes one space (none at
 * either end), and most text between the runs is copied by slices. The same as its definition
 * with regular expressions (tests/helpers/blockKeyByRegex.ts), which the tests compare it with.
 */
export function blockKey(block: string): string {
  const folded = foldDiacritics(block.toLowerCase());
  const n = folded.length;
  let out = "";
  let from = 0;
  let i = 0;
  while (i < n) {
    const codePoint = folded.codePointAt(i) ?? 0;
    const width = codePoint > 0xffff ? 2 : 1;
    if (!SEPARATOR.hasCodePoint(codePoint)) {
      i += width;
      continue;
    }
    let end = i + width;
    while (end < n) {
      const next = folded.codePointAt(end) ?? 0;
      if (!SEPARATOR.hasCodePoint(next)) break;
      end += next > 0xffff ? 2 : 1;
    }
    const replacement = i === 0 || end === n ? "" : " ";
    if (replacement === " " && end === i + 1 && codePoint === SPACE) {
      i = end; // one plain space between words: kept as it is
      continue;
    }
    out += folded.slice(from, i) + replacement;
    from = end;
    i = end;
  }
  if (from === 0) return folded;
  return from < n ? out + folded.slice(from) : out;
}

/** Punctuation, symbols and whitespace: what `blockKey` turns into spaces and trims. */
const SEPARATOR = charClass(/[\p{P}\p{S}\s]/u);

/**
 * Drops every block already seen earlier in the same document (repeated paragraphs). Pass one
 * `seen` set for all the articles of a document so a paragraph repeated across them goes too.
 */
export function dropRepeatedBlocks(blocks: readonly string[], seen = new Set<string>()): string[] {
  return blocks.filter((block) => {
    const key = blockKey(block);
    if (key === "" || seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
