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

/**
 * Sentences opening on a pronoun or demonstrative that points back ("Il a ajouté…", "Cela s'est
 * produit…", "He also noted…") read badly out of context; rankers give them a lower prior.
 */
export function startsWithAnaphora(display: string): boolean {
  return /^(?:il|elle|ils|elles|cela|ceci|ça|celui-ci|celle-ci|ces|he|she|it|they|this|these|those|that)(?![\p{L}\p{N}'’-])/iu.test(
    display.replace(/^[«"“\s]+/u, ""),
  );
}
