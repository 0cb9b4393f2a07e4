import { describe, expect, it } from "vitest";
import { loadCorpus } from "../../src/corpus/loadCorpus.js";
import { addLowerCaseWords, LOWER_CASE_WORD } from "../../src/officials/lowerCaseWords.js";
import { CAPITALISED_RUNS, HONORIFIC_NAMES } from "../../src/officials/namePatterns.js";
import { allMatches, StartedPattern, unitsWhere } from "../../src/officials/patternScan.js";
import { allSentences, CORPUS_DIR } from "../helpers/engine.js";
import { statementsOf } from "../quotes/excerpts.js";

/** What `matchAll` gives, as plain data: each match's groups and index. */
const plain = (matches: Iterable<RegExpMatchArray>) =>
  [...matches].map((m) => ({ groups: [...m], index: m.index }));

const TEXTS = [
  "Selon M. Sergueï Lavrov, Ursula von der Leyen et Jean-Yves Le Drian ont parlé.",
  "",
  "a😀b 𝐚bc x𝐚y",
  "Mme Truss et Mr. Blinken, Dr Fauci, MM. Dupont",
  // Decomposed accents, an astral capital (𝐀 is Lu), a lone surrogate, an apostrophe.
  "E\u0301mile Zola, 𝐀lbert Camus et \ud835 O'Brien l'Élysée, aÉcole Jean\u0301ne Darc",
  "ÉLYSÉE Macron—Poutine «Lavrov» (Blinken) Le Pen-Dupont",
  "l'état, aujourd’hui peut-être e\u0301te\u0301 \u0301a x\u0301y bÉ a b 1ab _cd",
];

const LOWER_CASE = new StartedPattern(LOWER_CASE_WORD, unitsWhere(/^\p{Ll}$/u));

describe("allMatches", () => {
  it.each([/x*/gu, /x*/g, /(?:)/gu, /\p{L}+/gu, /(?<=M)\w/g])(
    "gives what matchAll gives for %s",
    (pattern) => {
      for (const text of TEXTS) {
        expect(plain(allMatches(pattern, text))).toEqual(plain(text.matchAll(pattern)));
        expect(pattern.lastIndex).toBe(0);
      }
    },
  );

  it("refuses a regex without the global flag, as matchAll does", () => {
    expect(() => allMatches(/a/, "a")).toThrow(TypeError);
  });
});

describe("StartedPattern", () => {
  const scanners = { CAPITALISED_RUNS, HONORIFIC_NAMES, LOWER_CASE };

  it.each(Object.entries(scanners))("%s gives what matchAll gives", async (_, scanner) => {
    for (const text of await manyTexts()) {
      expect(plain(scanner.matches(text))).toEqual(plain(text.matchAll(scanner.pattern)));
    }
  });
});

describe("addLowerCaseWords", () => {
  it("adds the matches of LOWER_CASE_WORD, in order", async () => {
    for (const text of await manyTexts()) {
      const words = new Set<string>();
      addLowerCaseWords(text, words);
      expect([...words]).toEqual([
        ...new Set([...text.matchAll(LOWER_CASE_WORD)].map((m) => m[0])),
      ]);
    }
  });
});

/** The texts above, the bundled corpus's sentences, and all of it in pieces cut anywhere. */
async function manyTexts(): Promise<string[]> {
  const texts = [...TEXTS, ...allSentences(await loadCorpus(CORPUS_DIR))];
  const all = texts.join("");
  for (let at = 0; at < all.length; at += 97) texts.push(all.slice(at, at + 300));
  return texts;
}

describe("CAPITALISED_RUNS past a hyphenated place", () => {
  it.each([
    ["La députée de Seine-Saint-Denis Danièle Obono a dit", ["La", "Seine-Saint", "Danièle Obono"]],
    ["le sénateur des Alpes-de-Haute-Provence Jean Dupont", ["Alpes-de", "Jean Dupont"]],
    ["le régime d'al-Assad a dit", ["Assad"]],
    ["Bachar al-Assad et Jean-Pierre Raffarin", ["Bachar al-Assad", "Jean-Pierre Raffarin"]],
    // A role after a name without a comma is no part of it.
    [
      "Jacques Chirac président et Lionel Jospin Premier ministre",
      ["Jacques Chirac", "Lionel Jospin", "Premier"],
    ],
    ["Brigitte Macron Première dame", ["Brigitte Macron", "Première"]],
  ])("%s", (text, runs) => {
    expect(CAPITALISED_RUNS.matches(text).map((m) => m[0])).toEqual(runs);
  });

  it("finds the deputy of Seine-Saint-Denis, not 'Denis Danièle Obono'", () => {
    const text =
      "La députée de Seine-Saint-Denis Danièle Obono a défendu le stage. " +
      `"Cette pratique existe dans beaucoup de mouvements", a-t-elle déclaré.`;
    expect(statementsOf(text)).toMatchObject({
      people: ["Danièle Obono"],
      direct: [
        { text: "Cette pratique existe dans beaucoup de mouvements", speaker: "Danièle Obono" },
      ],
    });
  });
});
