/** Rows a list reply shows in a chat channel: one message's worth, whatever the corpus holds. */
export const MAX_LISTED = 25;

/**
 * The first `max` rows of a list reply and, when some are left out, the line saying how many and
 * how to narrow the list: a channel gets one readable message, not fifty.
 */
export function capList<T>(
  rows: readonly T[],
  narrow: string,
  max = MAX_LISTED,
): { shown: readonly T[]; more: string | null } {
  if (rows.length <= max) return { shown: rows, more: null };
  return { shown: rows.slice(0, max), more: `…and ${rows.length - max} more — ${narrow}` };
}

/** How to narrow the people list. */
export const OFFICIALS_NARROW = "ask /officials with a topic, or /official <name> for one person";
