import { describe, expect, it } from "vitest";
import { mulberry32, pick, randomInt } from "../../bench/perf/prng.js";
import { loadCorpus } from "../../src/corpus/loadCorpus.js";
import {
  findSpeechVerbs,
  SPEECH_VERB_PATTERNS,
  SPEECH_VERB_WORDS,
  speechVerbWordsIn,
} from "../../src/nlp/speechVerbs.js";
import { foldWord } from "../../src/nlp/wordTrie.js";
import { allSentences, CORPUS_DIR } from "../helpers/engine.js";

/**
 * `findSpeechVerbs` skips a pattern when the text lacks the words it needs, and tries it only at
 * the words its matches start at. These tests check that this never drops a match: a pattern
 * that matches a text (or any part of it, as the attribution code passes clauses) always finds
 * its words there, and each of its matches (in a global search) starts at a start word.
 */
function expectWordsFor(text: string): void {
  const { bits, words } = speechVerbWordsIn(text);
  for (const { pattern, needs, starts } of SPEECH_VERB_PATTERNS) {
    if (!pattern.test(text)) continue;
    if ((bits & needs) !== needs) {
      expect({ text, pattern: pattern.source.slice(0, 40), bits }).toBeNull();
    }
    for (const m of text.matchAll(new RegExp(pattern.source, "giu"))) {
      if (!words.some((w) => w.at === m.index && (w.bits & starts) !== 0)) {
        expect({ text, match: m[0], at: m.index, words }).toBeNull();
      }
    }
  }
}

describe("speech verb words", () => {
  it("fold every character that matches a letter of the words under /iu to that letter", () => {
    const letters = [...new Set([...SPEECH_VERB_WORDS.keys()].join(""))];
    const anyLetter = new RegExp(`^[${letters.join("")}]$`, "iu");
    const mismatches: string[] = [];
    for (let code = 0; code <= 0x10ffff; code++) {
      if (code >= 0xd800 && code <= 0xdfff) continue;
      const char = String.fromCodePoint(code);
      if (!anyLetter.test(char)) continue;
      for (const letter of letters) {
        if (!new RegExp(`^${letter}$`, "iu").test(char)) continue;
        // One code unit, a letter (so inside a word), and folded to the letter it matches.
        if (char.length !== 1 || !/^\p{L}$/u.test(char) || foldWord(char) !== letter) {
          mismatches.push(`${code.toString(16)}→${letter}`);
        }
      }
    }
    expect(mismatches).toEqual([]);
  });

  it("are found in every prefix, suffix and some slices of the bundled corpus's sentences", async () => {
    const random = mulberry32(3);
    for (const sentence of allSentences(await loadCorpus(CORPUS_DIR))) {
      for (let i = 0; i < sentence.length; i++) {
        expectWordsFor(sentence.slice(0, i));
        expectWordsFor(sentence.slice(i));
        const from = randomInt(random, 0, i);
        expectWordsFor(sentence.slice(from, randomInt(random, i, sentence.length)));
      }
    }
  });

  it("are found in verbs written in capitals, glued to letters, with ſ or the Kelvin sign", () => {
    const random = mulberry32(5);
    const words = [
      ...SPEECH_VERB_WORDS.keys(),
      // FR_PERFECT's auxiliaries, written out here so that a word missing from the code shows.
      ...["a", "ont", "avait", "avaient", "aurait", "aura", "avoir", "having", "a-t-elle"],
      "s'est",
      "s’étaient",
      "d'avoir",
      "d’avoir",
      "fait valoir",
      "mis en garde",
      "pour sa part",
    ];
    const glue = ["", " ", "-", "-t-", " t-", "'", "é", "x", "«", ",", "\u00a0", "😀"];
    const spell = (word: string) =>
      [...word]
        .map((c) => {
          if (c === "s" && random() < 0.2) return "ſ";
          if (c === "k" && random() < 0.5) return "\u212a";
          return random() < 0.3 ? c.toUpperCase() : c;
        })
        .join("");
    for (let n = 0; n < 20_000; n++) {
      let text = "";
      for (let w = randomInt(random, 1, 6); w > 0; w--)
        text += pick(random, glue) + spell(pick(random, words));
      expectWordsFor(text + pick(random, glue));
    }
  });

  it("leave the matches of a sentence as they were", () => {
    expect(findSpeechVerbs("« Non », a-t-il déclaré, estimant que Blinken said no.")).toEqual([
      { index: 9, end: 23, pronoun: "il", nonFinite: false },
      { index: 25, end: 33, pronoun: null, nonFinite: true },
      { index: 46, end: 50, pronoun: null, nonFinite: false },
    ]);
  });
});
