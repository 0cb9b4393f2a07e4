/**
 * A raw token: a decimal number ("3.5", "1,5"), or letters/digits joined by internal
 * apostrophes or hyphens, with an optional trailing apostrophe (an elision before a space).
 */
const RAW_TOKEN = /\d+(?:[.,]\d+)+|[\p{L}\p{M}\p{N}]+(?:['-][\p{L}\p{M}\p{N}]+)*'?/gu;

/** The definition of `rawTokens`: RAW_TOKEN's matches. `rawTokens` finds them by a scan. */
export function rawTokensByRegex(normalized: string): string[] {
  return Array.from(normalized.matchAll(RAW_TOKEN), (match) => match[0]);
}
