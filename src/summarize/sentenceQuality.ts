/**
 * Whether a sentence can stand alone in a briefing: it starts like a sentence (capital letter,
 * digit or opening quote), ends like one, and is neither a fragment nor a wall of text. Fragments
 * left by broken page extraction ("parce que ses occupants…", ", plus de capacités. »") fail.
 */
export function isStandaloneSentence(display: string): boolean {
  const words = display.split(/\s+/).length;
  if (words < 6 || words > 80) return false;
  if (!/^[\p{Lu}\p{N}«"“'‘(]/u.test(display)) return false;
  return /[.!?…](?:\s*[»"”’')])*$/u.test(display);
}
