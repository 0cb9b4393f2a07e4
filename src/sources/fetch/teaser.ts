/** Below this many characters, an item's summary is taken for a teaser of a longer article. */
export const TEASER_MAX_CHARS = 600;

/** Endings by which feeds say "the rest is on the page". */
const CUT_MARKS = ["…", "...", "[…]", "[...]", "(…)", "(...)"];

/**
 * Whether an item's text is only a teaser: it has no full content and its summary is short,
 * or its text ends with a cut mark ("Read more…", "[...]") whatever its length.
 */
export function isTeaser(text: string, hasFullContent: boolean): boolean {
  const trimmed = text.trimEnd();
  if (CUT_MARKS.some((mark) => trimmed.endsWith(mark))) return true;
  return !hasFullContent && trimmed.length < TEASER_MAX_CHARS;
}
