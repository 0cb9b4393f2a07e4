/** Word-wraps `text` to `width` columns; continuation lines get `indent`. Never splits a word. */
export function wrap(text: string, width: number, firstPrefix: string, indent: string): string {
  const words = text.split(/\s+/).filter((w) => w !== "");
  const lines: string[] = [];
  let line = firstPrefix;
  let lineHasWord = false;
  for (const word of words) {
    if (lineHasWord && [...line].length + 1 + [...word].length > width) {
      lines.push(line);
      line = indent + word;
    } else {
      line = lineHasWord ? `${line} ${word}` : line + word;
    }
    lineHasWord = true;
  }
  lines.push(line);
  return lines.join("\n");
}
