import type { Language } from "../nlp/language.js";

/**
 * Background clauses: the part of a sentence that recalls a circumstance rather than says what the
 * sentence is about. "Les arrestations se sont multipliées depuis que Washington a dénoncé l'accord
 * sur le nucléaire iranien" is about arrests; the deal is the background. News sentences name a
 * running story this way all the time, and a topic must not claim them on that mention alone.
 *
 * Three kinds are recognised, all by grammar, not by subject:
 *  - a clause opened by a subordinating conjunction of time or contrast ("depuis que", "après
 *    que", "alors que", "tandis que", "au moment où", "whereas"; not "while", which as often
 *    joins two things the sentence is about);
 *  - a prepositional phrase of time, cause or place ("depuis le retrait …", "après le traité …",
 *    "à la suite de …", "en riposte à …", "près d'un site …", "following the …") that recalls a
 *    dated event: it holds a year. Without a year such a phrase is often the event itself ("après
 *    des entretiens avec Lavrov à Genève", "une explosion près du site nucléaire de Natanz"), and
 *    it is kept. The year may also stand before it in its clause ("engagée par l'Iran en 2018
 *    après le retrait des Etats-Unis de l'accord");
 *  - a phrase naming the thing as an example or as what describes someone ("tels que …",
 *    "signataires de …", "parties à l'accord …"; `DESCRIPTORS`).
 * A clause runs from its opening word to the next comma, semicolon, colon, dash, parenthesis or
 * the end of the sentence; a short parenthesis right after it (an acronym, "(AIEA)") is part of it.
 */
const CONJUNCTIONS: Readonly<Record<"fr" | "en", readonly string[]>> = {
  fr: [
    "depuis que",
    "depuis qu['’]",
    "après que",
    "après qu['’]",
    "alors que",
    "alors qu['’]",
    "tandis que",
    "tandis qu['’]",
    "au moment où",
    "à un moment où",
    "à l['’]heure où",
  ],
  en: ["whereas", "at a time when"],
};

/**
 * Phrases that name a thing only as an example among others or as what describes someone: "des
 * enjeux tels que l'accord sur le nucléaire iranien et le conflit commercial", "les pays
 * signataires de l'accord …", "(les trois pays parties à l'accord …)". The thing is not what the
 * sentence is about.
 */
const DESCRIPTORS: Readonly<Record<"fr" | "en", readonly string[]>> = {
  fr: [
    "tels? que",
    "telles? que",
    "signataires? (?:de|du|des|d['’])",
    "parties? (?:à|au|aux) (?:la|l['’]|le|les|cet|cette|ce)",
  ],
  en: ["such as", "signator(?:y|ies) (?:to|of)", "part(?:y|ies) to"],
};

const DATED_PHRASES: Readonly<Record<"fr" | "en", readonly string[]>> = {
  fr: [
    "depuis (?:le|la|l['’]|les)",
    "après (?:le|la|l['’]|les|son|sa|ses|leur|leurs)",
    "avant (?:le|la|l['’]|les)",
    "à la suite (?:de|du|des|d['’])",
    "suite (?:à|au|aux)",
    "en riposte (?:à|au|aux)",
    "en réaction (?:à|au|aux)",
    "en représailles (?:à|au|aux)",
    "près (?:de|du|des|d['’])",
    "non loin (?:de|du|des|d['’])",
    "à proximité (?:de|du|des|d['’])",
  ],
  en: ["since", "after", "following", "in response to", "in retaliation for", "near"],
};

const CLAUSE_END = /[,;:()\u2013\u2014]|\s-{1,2}\s|-{2}/u;
const YEAR = /(?:^|[^\p{L}\p{N}])(?:19|20)\d\d(?![\p{N}])/u;

/** The phrases as whole words: a phrase may end on an elided article ("près d'un site"). */
const openers = (words: readonly string[]): RegExp =>
  new RegExp(`(?:^|[\\s,;:(«"“])(?:${words.join("|")})(?:(?<=['’])|(?![\\p{L}]))`, "giu");

const CONJUNCTION_OPENERS: Readonly<Record<"fr" | "en", RegExp>> = {
  fr: openers(CONJUNCTIONS.fr),
  en: openers(CONJUNCTIONS.en),
};
const DATED_OPENERS: Readonly<Record<"fr" | "en", RegExp>> = {
  fr: openers(DATED_PHRASES.fr),
  en: openers(DATED_PHRASES.en),
};
const DESCRIPTOR_OPENERS: Readonly<Record<"fr" | "en", RegExp>> = {
  fr: openers(DESCRIPTORS.fr),
  en: openers(DESCRIPTORS.en),
};
/** A parenthesis of at most three words ("(AIEA)", "(Israël, NDLR)") where a clause stops. */
const SHORT_PARENTHESIS = /^\s*\(\s*[^\s()]+(?:\s+[^\s()]+){0,2}\s*\)/u;
/** The clause a text ends in: what follows its last clause mark. */
const CLAUSE_TAIL = /[^,;:()\u2013\u2014]*$/u;

/** [start, end) spans of `text` that are background clauses, in order, not overlapping. */
export function backgroundSpans(text: string, language: Language): readonly [number, number][] {
  if (language === "und") return [];
  const spans: [number, number][] = [];
  const collect = (pattern: RegExp, dated: boolean): void => {
    pattern.lastIndex = 0;
    for (let m = pattern.exec(text); m !== null; m = pattern.exec(text)) {
      const start = m.index + (m[0].length - m[0].trimStart().replace(/^[,;:(«"“]/u, "").length);
      const rest = text.slice(m.index + m[0].length);
      const end = CLAUSE_END.exec(rest);
      let stop = m.index + m[0].length + (end ? end.index : rest.length);
      const aside = SHORT_PARENTHESIS.exec(text.slice(stop));
      if (aside) stop += aside[0].length;
      // "engagée par l'Iran en 2018 après le retrait …": the year may stand before the phrase,
      // in the same clause.
      const head = text.slice(0, start);
      const clause = CLAUSE_TAIL.exec(head)?.[0] ?? head;
      if (dated && !YEAR.test(text.slice(start, stop)) && !YEAR.test(clause)) continue;
      spans.push([start, stop]);
    }
  };
  collect(CONJUNCTION_OPENERS[language], false);
  collect(DATED_OPENERS[language], true);
  collect(DESCRIPTOR_OPENERS[language], false);
  spans.sort((a, b) => a[0] - b[0]);
  const merged: [number, number][] = [];
  for (const span of spans) {
    const last = merged[merged.length - 1];
    if (last && span[0] <= last[1]) last[1] = Math.max(last[1], span[1]);
    else merged.push([span[0], span[1]]);
  }
  return merged;
}

/**
 * The sentence without its background clauses (`backgroundSpans`), or the sentence itself when it
 * has none. What is left is what the sentence is about, and what a topic is judged on.
 */
export function mainClauses(text: string, language: Language): string {
  const spans = backgroundSpans(text, language);
  if (spans.length === 0) return text;
  let kept = "";
  let from = 0;
  for (const [start, end] of spans) {
    kept += `${text.slice(from, start)} `;
    from = end;
  }
  return kept + text.slice(from);
}
