/**
 * The two phrases a renderer adds when a reply does not fit a platform's limits: a note on a
 * text it had to cut, and a mark on the title of each further part.
 */

/** Cuts at a word boundary to fit `max` characters, saying so; a text that fits is unchanged. */
export function shorten(text: string, max: number): string {
  if (text.length <= max) return text;
  const note = " … (shortened)";
  const cut = text.slice(0, max - note.length);
  const space = cut.lastIndexOf(" ");
  return `${cut.slice(0, space > max / 2 ? space : cut.length)}${note}`;
}

/** The title of a part after the first: "Sources (continued)". */
export function continued(title: string): string {
  return `${title} (continued)`;
}
