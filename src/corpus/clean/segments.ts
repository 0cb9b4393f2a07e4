import { isHeadingLike } from "./blocks.js";
import { datelineDate, isDatelineBlock } from "./dateline.js";

/** One article's share of a document: its headline (if the page gave one), date and body blocks. */
export interface Segment {
  readonly headline: string | null;
  readonly date: string | null;
  readonly blocks: readonly string[];
}

/**
 * Splits a document into articles. A listing page repeats the pattern "headline, then a
 * publication marker (Publié le / Published …)"; each occurrence starts a new article. Blocks
 * before the first headline are page furniture (the page's own title, navigation) and are dropped
 * unless they hold prose. A document without such markers is one article.
 */
export function segmentDocument(blocks: readonly string[]): Segment[] {
  const starts: number[] = [];
  for (let i = 1; i < blocks.length; i++) {
    if (isDatelineBlock(blocks[i] ?? "") && isHeadingLike(blocks[i - 1] ?? "")) starts.push(i - 1);
  }
  if (starts.length === 0) return [{ headline: null, date: null, blocks }];

  const segments: Segment[] = [];
  const firstStart = starts[0] ?? 0;
  const preamble = blocks.slice(0, firstStart);
  if (preamble.some((b) => !isHeadingLike(b))) {
    segments.push({ headline: null, date: null, blocks: preamble });
  }
  starts.forEach((start, n) => {
    const end = starts[n + 1] ?? blocks.length;
    const dateline = blocks[start + 1] ?? "";
    segments.push({
      headline: blocks[start] ?? null,
      date: datelineDate(dateline),
      blocks: blocks.slice(start + 2, end).filter((b) => !isDatelineBlock(b)),
    });
  });
  return segments;
}
