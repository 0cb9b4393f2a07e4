import type { Sentence } from "./types.js";

/**
 * Sentence displays joined by spaces into their passage's display, and each display again as a
 * slice of it, which V8 keeps as an offset into the passage's string rather than a second copy
 * of the article's words.
 */
export function displaySlices(displays: readonly string[]): {
  readonly display: string;
  readonly slices: readonly string[];
} {
  const display = displays.join(" ");
  let at = 0;
  const slices = displays.map((d) => {
    const slice = display.slice(at, at + d.length);
    at += d.length + 1;
    return slice;
  });
  return { display, slices };
}

/**
 * A passage's display text, its sentences' joined, and the sentences pointing into it
 * (`displaySlices`): each sentence's `display`, and its `text` when it is the same, a slice.
 */
export function sharedDisplay(sentences: readonly Sentence[]): {
  readonly display: string;
  readonly sentences: Sentence[];
} {
  const { display, slices } = displaySlices(sentences.map((s) => s.display));
  const pointing = sentences.map((s, i): Sentence => {
    const slice = slices[i] ?? s.display;
    return { ...s, text: s.text === s.display ? slice : s.text, display: slice };
  });
  return { display, sentences: pointing };
}
