/**
 * The UTF-16 code units the hand-written scanners compare `charCodeAt` with, by name: `CLOSE_PAREN`
 * reads where `41` did not.
 */

export const LF = 0x0a;
export const CR = 0x0d;
export const SPACE = 0x20;
export const EXCLAMATION_MARK = 0x21;
/** `"` */
export const QUOTATION_MARK = 0x22;
/** `'` */
export const APOSTROPHE = 0x27;
export const CLOSE_PAREN = 0x29;
export const COMMA = 0x2c;
export const HYPHEN = 0x2d;
export const PERIOD = 0x2e;
export const SLASH = 0x2f;
export const COLON = 0x3a;
export const QUESTION_MARK = 0x3f;
export const AT_SIGN = 0x40;
export const SMALL_W = 0x77;
/** `«` */
export const LEFT_GUILLEMET = 0xab;
/** `»` */
export const RIGHT_GUILLEMET = 0xbb;
/** `“` */
export const LEFT_DOUBLE_QUOTE = 0x201c;
/** `”` */
export const RIGHT_DOUBLE_QUOTE = 0x201d;
/** `„` */
export const LOW_DOUBLE_QUOTE = 0x201e;
/** `‟` */
export const REVERSED_DOUBLE_QUOTE = 0x201f;
/** `…` */
export const ELLIPSIS = 0x2026;
export const LINE_SEPARATOR = 0x2028;
export const PARAGRAPH_SEPARATOR = 0x2029;

const DIGIT_ZERO = 0x30;
const DIGIT_NINE = 0x39;
const CAPITAL_A = 0x41;
const CAPITAL_Z = 0x5a;
const SMALL_A = 0x61;
const SMALL_Z = 0x7a;

/** `0`–`9` */
export function isAsciiDigit(code: number): boolean {
  return code >= DIGIT_ZERO && code <= DIGIT_NINE;
}

/** `A`–`Z` */
export function isAsciiUpper(code: number): boolean {
  return code >= CAPITAL_A && code <= CAPITAL_Z;
}

/** `a`–`z` */
export function isAsciiLower(code: number): boolean {
  return code >= SMALL_A && code <= SMALL_Z;
}
