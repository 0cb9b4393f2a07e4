import { charClass } from "../nlp/charClass.js";

// Fast ways to find every match of a global regex, giving exactly what `text.matchAll(pattern)`
// gives: V8 runs the name patterns slowly (a lookbehind and a \p{…} class tried at every
// character), and recompiles the copy of the regex that `matchAll` makes.

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

/**
 * A global pattern none of whose matches can start anywhere but at a code unit `canStart`
 * accepts (a capital letter for a name): the pattern, made sticky, is tried there only. The global
 * search returns the first position where the pattern matches, which is then the first such code
 * unit where it matches; the search goes on from the match's end, as here. The pattern must not
 * match the empty string, and `canStart` must accept the high surrogate of any astral start.
 */
export class StartedPattern {
  private readonly sticky: RegExp;

  constructor(
    readonly pattern: RegExp,
    private readonly canStart: (unit: number) => boolean,
  ) {
    if (!pattern.global) throw new TypeError(`StartedPattern needs a global regex, got ${pattern}`);
    this.sticky = new RegExp(pattern.source, pattern.flags.replace("g", "y"));
  }

  matches(text: string): RegExpExecArray[] {
    const matches: RegExpExecArray[] = [];
    for (let at = 0; at < text.length; at++) {
      if (!this.canStart(text.charCodeAt(at))) continue;
      this.sticky.lastIndex = at;
      const m = this.sticky.exec(text);
      if (m === null) continue;
      matches.push(m);
      at = this.sticky.lastIndex - 1;
    }
    this.sticky.lastIndex = 0;
    return matches;
  }
}

/**
 * Whether a code unit is a character of a one-character `property` regex (/^\p{Lu}$/u), learnt on
 * first sight per code unit. High surrogates all count, as the astral characters they start may.
 */
export function unitsWhere(property: RegExp): (unit: number) => boolean {
  const units = charClass(property);
  return (unit) => (unit >= 0xd800 && unit <= 0xdbff) || units.hasCodeUnit(unit);
}
