/**
 * One-character regular expression tests answered from a table filled on first use.
 *
 * Why: the sentence splitter, tokenizer and cleaners test nearly every character of the corpus
 * against a Unicode property (`/\p{Ll}/u.test(text.charAt(i))`), and each such test makes a
 * string and runs a regular expression. The table gives the same answer as the regular
 * expression (it is filled by running it once per code unit), so behaviour cannot drift.
 */
export interface CharClass {
  /** `pattern.test(String.fromCharCode(code))`, for one UTF-16 code unit (a lone surrogate is tested alone). */
  hasCodeUnit(code: number): boolean;
  /** `pattern.test(String.fromCodePoint(codePoint))`; code points past the BMP are not cached. */
  hasCodePoint(codePoint: number): boolean;
}

const YES = 1;
const NO = 2;

/** A cached test of `pattern` (not global nor sticky: its `lastIndex` must not matter). */
export function charClass(pattern: RegExp): CharClass {
  if (pattern.global || pattern.sticky) throw new Error("charClass needs a non-global pattern");
  /** 0 not yet tested, YES or NO. */
  const known = new Uint8Array(0x10000);
  const hasCodeUnit = (code: number): boolean => {
    const cached = known[code];
    if (cached === YES) return true;
    if (cached === NO) return false;
    const answer = pattern.test(String.fromCharCode(code));
    known[code] = answer ? YES : NO;
    return answer;
  };
  return {
    hasCodeUnit,
    hasCodePoint: (codePoint) =>
      codePoint < 0x10000 ? hasCodeUnit(codePoint) : pattern.test(String.fromCodePoint(codePoint)),
  };
}
