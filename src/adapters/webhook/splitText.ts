/**
 * Splits text into pieces of at most `limit` characters at line boundaries, in order, so each
 * post ends where a line ends; a single line longer than the limit is cut at its last space
 * before the limit (or at the limit when it has none). Blank lines at a cut are dropped.
 */
export function splitAtLines(text: string, limit: number): string[] {
  const pieces: string[] = [];
  let current = "";
  const flush = () => {
    const piece = current.replace(/^\n+|\n+$/g, "");
    if (piece !== "") pieces.push(piece);
    current = "";
  };
  for (const line of text.split("\n")) {
    for (const part of cutLine(line, limit)) {
      const joined = current === "" ? part : `${current}\n${part}`;
      if (joined.length <= limit) {
        current = joined;
        continue;
      }
      flush();
      current = part;
    }
  }
  flush();
  return pieces;
}

function cutLine(line: string, limit: number): string[] {
  const parts: string[] = [];
  let rest = line;
  while (rest.length > limit) {
    const space = rest.lastIndexOf(" ", limit);
    const at = space > 0 ? space : limit;
    parts.push(rest.slice(0, at));
    rest = rest.slice(at).replace(/^ /, "");
  }
  parts.push(rest);
  return parts;
}
