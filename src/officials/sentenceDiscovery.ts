import { findSpeechVerbs, type VerbMatch } from "../nlp/speechVerbs.js";
import type { ObjectMemo } from "../util/objectMemo.js";
import { type DiscoveredPerson, discoverPeople } from "./discoverPeople.js";
import { discoverSpeakers } from "./discoverSpeakers.js";
import { genderedNounsOf } from "./genderedNouns.js";
import { addLowerCaseWords } from "./lowerCaseWords.js";
import { capitalisedWords } from "./plainNames.js";
import { discoverSingleNames, type SingleName } from "./singleNames.js";

export interface TextSentence {
  readonly display: string;
  readonly language: "fr" | "en" | "und";
}

/**
 * What one sentence's text says about people, whatever the rest of the corpus says: plain data,
 * so it can be found in an analysis worker and travel (or be saved) with the sentence.
 */
export interface SentenceDiscovery {
  readonly people: readonly DiscoveredPerson[];
  /** Names that speak, before the common-word filter (which needs the whole corpus). */
  readonly speakers: readonly string[];
  /** People named by one word, with an age, a relation or a speech verb (`discoverSingleNames`). */
  readonly singles: readonly SingleName[];
  /** Every full name written in the sentence, introduced or not (`capitalisedWords`). */
  readonly names: readonly string[];
  /** Capitalised words standing alone past the first word, joined by spaces. */
  readonly loneCapitalised: string;
  /** Capitalised words written after a determiner ("le Var", "la Lotus Elan"), joined by spaces. */
  readonly articledCapitalised: string;
  /** Capitalised words alone after a preposition of place ("à Paris", "en Bretagne"), joined. */
  readonly locatedCapitalised: string;
  /** Full names after "chez", "sur" or "dans" (`capitalisedWords`). */
  readonly placedNames: readonly string[];
  /** Full names right after a determiner ("l'Aston Martin DBX"; `capitalisedWords`). */
  readonly articledNames: readonly string[];
  /** Full names right after "à", "au", "aux" or "en" ("à Hong Kong"; `capitalisedWords`). */
  readonly locatedNames: readonly string[];
  /** The words written in lower case, joined by spaces (one string crosses threads cheaply). */
  readonly lowerCaseWords: string;
  /** The speech verbs of the sentence's display text (statement extraction reads them again). */
  readonly verbs: readonly VerbMatch[];
  /** Nouns after a gendered determiner, "m:député f:actrice" (`genderedNounsOf`). */
  readonly genderedNouns: string;
}

/**
 * Discovery results per sentence object, kept by the caller (the engine cache's `discoveries`):
 * they depend on its text alone, and a live corpus keeps the sentence objects of unchanged
 * articles, so an index update reads new sentences only.
 */
export type SentenceDiscoveries = ObjectMemo<TextSentence, SentenceDiscovery>;

/** Reads one sentence for people (no cache: what a worker runs). */
export function discoverInSentence(display: string): SentenceDiscovery {
  const words = new Set<string>();
  addLowerCaseWords(display, words);
  const verbs = findSpeechVerbs(display);
  const capitalised = capitalisedWords(display);
  // Most sentences have none of each list: one shared empty list instead of one per sentence kept.
  return {
    people: orNone(discoverPeople(display)),
    speakers: orNone(discoverSpeakers(display, verbs)),
    singles: orNone(discoverSingleNames(display, verbs)),
    names: orNone(capitalised.names),
    loneCapitalised: capitalised.lone.join(" "),
    articledCapitalised: capitalised.articled.join(" "),
    locatedCapitalised: capitalised.located.join(" "),
    placedNames: orNone(capitalised.placed),
    articledNames: orNone(capitalised.articledNames),
    locatedNames: orNone(capitalised.locatedNames),
    lowerCaseWords: [...words].join(" "),
    verbs: orNone(verbs),
    genderedNouns: genderedNounsOf(display),
  };
}

/** The sentence's discovery, computed once per sentence object (`known` remembers it). */
export function discoveryOf(sentence: TextSentence, known: SentenceDiscoveries): SentenceDiscovery {
  let discovery = known.get(sentence);
  if (!discovery) {
    discovery = discoverInSentence(sentence.display);
    known.set(sentence, discovery);
  }
  return discovery;
}

const NONE: readonly never[] = Object.freeze([]);

function orNone<T>(list: readonly T[]): readonly T[] {
  return list.length === 0 ? NONE : list;
}

/**
 * A discovery packed to cross threads: V8 copies one string far faster than a few small objects,
 * and most sentences name nobody, so those travel as their lower-case words and gendered nouns
 * alone, joined by a tab.
 */
export type PackedDiscovery = string | SentenceDiscovery;

export function packDiscovery(d: SentenceDiscovery): PackedDiscovery {
  return d.people.length === 0 &&
    d.speakers.length === 0 &&
    d.singles.length === 0 &&
    d.verbs.length === 0 &&
    d.names.length === 0 &&
    d.loneCapitalised === "" &&
    d.articledCapitalised === "" &&
    d.locatedCapitalised === ""
    ? `${d.lowerCaseWords}\t${d.genderedNouns}`
    : d;
}

export function unpackDiscovery(d: PackedDiscovery): SentenceDiscovery {
  if (typeof d !== "string") return d;
  const tab = d.indexOf("\t");
  return {
    people: NONE,
    speakers: NONE,
    singles: NONE,
    verbs: NONE,
    names: NONE,
    loneCapitalised: "",
    articledCapitalised: "",
    locatedCapitalised: "",
    placedNames: NONE,
    articledNames: NONE,
    locatedNames: NONE,
    lowerCaseWords: tab < 0 ? d : d.slice(0, tab),
    genderedNouns: tab < 0 ? "" : d.slice(tab + 1),
  };
}
