/** A node of `WordTrie`: the words' next code units, and the value of the word ending here. */
interface TrieNode {
  readonly next: Map<number, TrieNode>;
  value: number;
}

/** Code unit → its lower case (`NOT_FOLDED` while unknown, `MULTIPLE` when it lowers to several). */
const NOT_FOLDED = 0;
const MULTIPLE = -1;

/**
 * Words (in lower case) with a number each, looked up in a text by their offsets without slicing
 * the word out: the walk lowers one code unit at a time and stops at the first unit no word
 * continues with, which for most words of a text is the first or second. Same answers as
 * looking up `fold(word)` in the map it was built from, where `fold` lowers the word and reads
 * "ſ" as "s" (a unit that lowers to several units is looked up that way).
 */
export class WordTrie {
  private readonly root: TrieNode = { next: new Map(), value: 0 };
  /** Lower case of each code unit plus one, `MULTIPLE`, or `NOT_FOLDED`. */
  private readonly folded = new Int32Array(0x10000);

  constructor(private readonly words: ReadonlyMap<string, number>) {
    for (const [word, value] of words) {
      let node = this.root;
      for (let i = 0; i < word.length; i++) {
        const unit = word.charCodeAt(i);
        let child = node.next.get(unit);
        if (child === undefined) {
          child = { next: new Map(), value: 0 };
          node.next.set(unit, child);
        }
        node = child;
      }
      node.value = value;
    }
  }

  /** The value of `text.slice(start, end)` as `fold` would look it up, 0 for none. */
  valueOf(text: string, start: number, end: number): number {
    let node: TrieNode | undefined = this.root;
    for (let i = start; i < end && node !== undefined; i++) {
      const lower = this.fold(text.charCodeAt(i));
      if (lower === MULTIPLE) return this.words.get(foldWord(text.slice(start, end))) ?? 0;
      node = node.next.get(lower);
    }
    return node?.value ?? 0;
  }

  private fold(unit: number): number {
    if (unit >= 65 && unit <= 90) return unit + 32;
    if (unit < 128) return unit;
    const known = this.folded[unit] ?? NOT_FOLDED;
    if (known !== NOT_FOLDED) return known === MULTIPLE ? MULTIPLE : known - 1;
    const lower = foldWord(String.fromCharCode(unit));
    const answer = lower.length === 1 ? lower.charCodeAt(0) : MULTIPLE;
    this.folded[unit] = answer === MULTIPLE ? MULTIPLE : answer + 1;
    return answer;
  }
}

/**
 * A word as the speech-verb patterns' case-insensitive (Unicode) matching sees it: lower case,
 * and "ſ" as "s" — the one character that matches a letter of the verbs under /iu without
 * lowering to it (checked for every code point in tests/quotes/speechVerbTriggers.test.ts).
 */
export function foldWord(word: string): string {
  const lower = word.toLowerCase();
  return lower.includes("ſ") ? lower.replaceAll("ſ", "s") : lower;
}
