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

/**
 * Items in order, in groups of at most `max.count` items (when given) whose sizes add up to at most
 * `max.size`; an item larger than that stands alone. Messages of embeds or blocks, descriptions
 * or sections of lines: every platform packs its parts this one way, never splitting an item.
 */
export function groupWithin<T>(
  items: readonly T[],
  sizeOf: (item: T) => number,
  max: { readonly count?: number; readonly size: number },
): T[][] {
  const groups: T[][] = [];
  let current: T[] = [];
  let total = 0;
  for (const item of items) {
    const size = sizeOf(item);
    const full = current.length >= (max.count ?? Number.POSITIVE_INFINITY);
    if (current.length > 0 && (full || total + size > max.size)) {
      groups.push(current);
      current = [];
      total = 0;
    }
    current.push(item);
    total += size;
  }
  if (current.length > 0) groups.push(current);
  return groups;
}

/** Items in groups of at most `count`, in order. */
export function chunk<T>(items: readonly T[], count: number): T[][] {
  return groupWithin(items, () => 0, { count, size: 0 });
}
