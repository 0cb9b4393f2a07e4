import type { Sentence } from "./types.js";

/**
 * A passage's display text, its sentences' joined by spaces, and the sentences pointing into it:
 * each sentence's `display` (and its `text` when it is the same) becomes a slice of the passage's,
 * which V8 keeps as an offset into it rather than a second copy of the article's words.
 */
export function sharedDisplay(sentences: readonly Sentence[]): {
  readonly display: string;
  readonly sentences: Sentence[];
} {
  const display = sentences.map((s) => s.display).join(" ");
  let at = 0;
  const pointing = sentences.map((s): Sentence => {
    const slice = display.slice(at, at + s.display.length);
    at += s.display.length + 1;
    return { ...s, text: s.text === s.display ? slice : s.text, display: slice };
  });
  return { display, sentences: pointing };
}
