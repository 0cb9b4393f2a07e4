import { Parser } from "htmlparser2";
import { SourceFetchError } from "../types.js";

/**
 * Elements open at once past which a page is refused. Readability and linkedom walk a document
 * recursively, so a page nested tens of thousands deep (an "HTML bomb") costs them minutes and
 * then overflows the stack; no article is nested anywhere near this deep.
 */
export const MAX_PAGE_DEPTH = 1000;

/** Thrown from the handler to stop the parser at the first element past the limit. */
class TooDeep extends Error {}

/**
 * The most elements `html` has open at once, counted by htmlparser2's streaming parser (the same
 * open and close events its tree builder would get, with the implied closes HTML allows), up to
 * `stopAbove + 1`: the parser stops at the first element deeper than `stopAbove`, so the stack it
 * holds never passes that and the count costs a linear scan at most.
 */
function nestingDepth(html: string, stopAbove: number): number {
  let depth = 0;
  let deepest = 0;
  const parser = new Parser({
    onopentag() {
      depth++;
      if (depth > deepest) deepest = depth;
      if (depth > stopAbove) throw new TooDeep();
    },
    onclosetag() {
      depth--;
    },
  });
  try {
    parser.write(html);
    parser.end();
  } catch (error) {
    if (!(error instanceof TooDeep)) throw error;
  }
  return deepest;
}

/** Throws `malformed` when `html` ever has more than `maxDepth` elements open at once. */
export function assertNestingWithin(
  html: string,
  pageUrl: string,
  maxDepth = MAX_PAGE_DEPTH,
): void {
  if (nestingDepth(html, maxDepth) > maxDepth) {
    throw new SourceFetchError(
      "malformed",
      `${pageUrl} is nested deeper than ${maxDepth} elements, which no article is; not read`,
    );
  }
}
