/**
 * Splits a document's text into blocks (paragraphs). Blank lines always separate blocks; a single
 * newline also does, except where it only wraps a sentence (the line does not end a sentence and the
 * next one starts in lower case), which is how hard-wrapped plain text looks.
 */
export function splitBlocks(text: string): string[] {
  const blocks: string[] = [];
  let current = "";
  for (const rawLine of text.replace(/\r\n?/g, "\n").split("\n")) {
    const line = rawLine.trim();
    if (line === "") {
      if (current !== "") blocks.push(current);
      current = "";
      continue;
    }
    if (current !== "" && isWrappedContinuation(current, line)) {
      current = `${current} ${line}`;
    } else {
      if (current !== "") blocks.push(current);
      current = line;
    }
  }
  if (current !== "") blocks.push(current);
  return blocks;
}

const SENTENCE_END = /[.!?…:;»"”)\]]$/u;

function isWrappedContinuation(previous: string, next: string): boolean {
  return !SENTENCE_END.test(previous) && /^\p{Ll}/u.test(next) && /\p{Ll}$/u.test(previous);
}

/** A short line without final punctuation that starts like a title: a headline or sub-heading. */
export function isHeadingLike(block: string): boolean {
  if (block.length > 140 || SENTENCE_END.test(block)) return false;
  const words = block.split(/\s+/).length;
  return words >= 1 && words <= 20 && /^[\p{Lu}\p{N}«"“]/u.test(block);
}
