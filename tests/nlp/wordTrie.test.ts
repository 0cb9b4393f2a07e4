import { describe, expect, it } from "vitest";
import { mulberry32, pick, randomInt } from "../../bench/perf/prng.js";
import { SPEECH_VERB_WORDS } from "../../src/nlp/speechVerbs.js";
import { foldWord, WordTrie } from "../../src/nlp/wordTrie.js";

describe("WordTrie", () => {
  const trie = new WordTrie(SPEECH_VERB_WORDS);
  const lookup = (word: string) => SPEECH_VERB_WORDS.get(foldWord(word)) ?? 0;

  it("answers as the map does for a word's spellings, at its offsets in a text", () => {
    for (const word of [
      "a",
      "déclaré",
      "DÉCLARÉ",
      "Déclaré",
      "ſ",
      "dit",
      "Dit",
      "diſait",
      "said",
    ]) {
      const text = `« ${word} »`;
      expect(trie.valueOf(text, 2, 2 + word.length), word).toBe(lookup(word));
    }
    expect(trie.valueOf("x déclaré", 2, 9)).not.toBe(0);
    expect(trie.valueOf("déclar", 0, 6)).toBe(lookup("déclar"));
    expect(trie.valueOf("", 0, 0)).toBe(0);
  });

  it("agrees with the map on words made of the verbs' letters and case traps (İ, Σ, ſ, K)", () => {
    const random = mulberry32(7);
    const verbs = [...SPEECH_VERB_WORDS.keys()];
    const traps = ["İ", "Σ", "ſ", "K", "ß", "Ü", "É", "ﬁ", "ǅ"];
    for (let n = 0; n < 5000; n++) {
      let word = pick(random, verbs);
      const at = randomInt(random, 0, word.length);
      const roll = randomInt(random, 0, 3);
      if (roll === 0) word = word.toUpperCase();
      else if (roll === 1) word = `${word.slice(0, at)}${pick(random, traps)}${word.slice(at + 1)}`;
      else if (roll === 2) word = word.slice(0, at);
      expect(trie.valueOf(`«${word}»`, 1, 1 + word.length), word).toBe(lookup(word));
    }
  });
});
