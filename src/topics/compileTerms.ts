import { terms } from "../nlp/index.js";
import type { Language } from "../nlp/language.js";
import { escapeRegExp } from "../util/escapeRegExp.js";
import { GENERIC_STEMS_FR } from "./genericStems.fr.js";
import type { TopicDefinition } from "./topicsConfig.js";

/**
 * Per language, the stems frequent in general news (bench/genericStems.ts), or null where the
 * project has no general news to learn them from: there no one-word seed is known to be specific.
 */
const GENERIC_STEMS: Readonly<Record<"fr" | "en", ReadonlySet<string> | null>> = {
  fr: GENERIC_STEMS_FR,
  en: null,
};

/** A seed term reduced to the engine's terms: one stem, or a phrase of consecutive stems. */
export interface CompiledTerm {
  readonly source: string;
  readonly stems: readonly string[];
  readonly strength: "strong" | "weak";
  /** Several words ("Alliance atlantique"), not one word or one hyphenated name. */
  readonly multiWord: boolean;
  /**
   * A one-word seed that cannot establish what an article is about: its stems are frequent in
   * general news ("unité", "entretien", "Royaume-Uni"), or the language has no such table.
   * Multi-word seeds never are.
   */
  readonly generic: boolean;
}

export interface CompiledTopic {
  readonly id: string;
  /** Seeds to match against sentences of each language ("any" seeds are compiled into both). */
  readonly byLanguage: Readonly<Record<"fr" | "en", readonly CompiledTerm[]>>;
  /** `seedsByFirstStem`, per sentence language: grouped once, when the topic is compiled. */
  readonly byFirstStem: Readonly<Record<Language, ReadonlyMap<string, readonly CompiledTerm[]>>>;
  /**
   * The topic's `requires` groups, each a list of stem phrases, per sentence language: a sentence
   * must meet every group. No groups = nothing required.
   */
  readonly requires: Readonly<Record<Language, readonly RequiredGroup[]>>;
  /** Where the topic's sentences may come from (`scope` in topics.json). */
  readonly scope: "articles" | "sentences";
  /**
   * `byFirstStem` without the seeds that are words of a `frame` group (the topic's country
   * named alone), or null when the topic has no frame group: a sentence with no hit here says
   * nothing of the topic beyond naming its frame.
   */
  readonly beyondFrame: Readonly<
    Record<Language, ReadonlyMap<string, readonly CompiledTerm[]>>
  > | null;
}

/**
 * One `requires` group, compiled: stem phrases matched against a sentence's terms, and the
 * phrases made only of common words ("a déclaré", "said", "selon") — which the terms leave out —
 * matched as words in the sentence's text.
 */
export interface RequiredGroup {
  readonly phrases: readonly (readonly string[])[];
  readonly words: readonly RegExp[];
  /** Names the topic's frame, not its subject (`frame` in topics.json). */
  readonly frame: boolean;
}

/** A phrase as whole words, any case, any run of spaces between them. */
function wordPattern(source: string): RegExp {
  const words = source
    .trim()
    .split(/\s+/)
    .map((w) => escapeRegExp(w).replace(/['’]/g, "['’]"));
  return new RegExp(`(?<![\\p{L}\\p{N}])${words.join("\\s+")}(?![\\p{L}\\p{N}])`, "iu");
}

/** Compiles a topic's seed terms with the same tokenizer, stopwords and stemmer used on sentences. */
export function compileTopic(topic: TopicDefinition): CompiledTopic {
  const compile = (language: "fr" | "en"): CompiledTerm[] => {
    const out: CompiledTerm[] = [];
    const seen = new Set<string>();
    for (const group of [topic.terms[language], topic.terms.any]) {
      for (const strength of ["strong", "weak"] as const) {
        for (const source of group[strength]) {
          const stems = terms(source, language);
          const key = stems.join(" ");
          if (stems.length === 0 || seen.has(key)) continue;
          seen.add(key);
          // A hyphenated name ("Royaume-Uni") is one word: as generic as its rarest stem.
          const oneWord = !/\s/.test(source.trim());
          const table = GENERIC_STEMS[language];
          const generic = oneWord && stems.every((stem) => table?.has(stem) ?? false);
          out.push({ source, stems, strength, multiWord: !oneWord, generic });
        }
      }
    }
    return out;
  };
  const byLanguage = { fr: compile("fr"), en: compile("en") };
  const compiled = { id: topic.id, byLanguage };
  const required = (languages: readonly ("fr" | "en")[]): RequiredGroup[] =>
    topic.requires.map((group) => {
      const phrases: string[][] = [];
      const words: RegExp[] = [];
      for (const language of languages) {
        for (const source of [...group[language], ...group.any]) {
          const stems = terms(source, language);
          if (stems.length > 0) phrases.push(stems);
          else words.push(wordPattern(source));
        }
      }
      return { phrases, words, frame: group.frame };
    });
  const requires = { fr: required(["fr"]), en: required(["en"]), und: required(["fr", "en"]) };
  const byFirstStem = (language: Language, keep: (seed: CompiledTerm) => boolean) =>
    groupByFirstStem(seedsFor(compiled, language).filter(keep));
  const frameWords = (language: Language): Set<string> =>
    new Set(requires[language].flatMap((g) => (g.frame ? g.phrases.map((p) => p.join(" ")) : [])));
  const beyond = (language: Language) => {
    const words = frameWords(language);
    return byFirstStem(language, (seed) => !words.has(seed.stems.join(" ")));
  };
  return {
    ...compiled,
    requires,
    scope: topic.scope,
    byFirstStem: {
      fr: byFirstStem("fr", () => true),
      en: byFirstStem("en", () => true),
      und: byFirstStem("und", () => true),
    },
    beyondFrame: topic.requires.some((g) => g.frame)
      ? { fr: beyond("fr"), en: beyond("en"), und: beyond("und") }
      : null,
  };
}

/** Seeds for a sentence's language; undetermined sentences are matched against both lists. */
export function seedsFor(
  topic: Pick<CompiledTopic, "byLanguage">,
  language: Language,
): readonly CompiledTerm[] {
  if (language === "und") return [...topic.byLanguage.fr, ...topic.byLanguage.en];
  return topic.byLanguage[language];
}

/**
 * The seeds for a sentence's language (`seedsFor`) grouped by their first stem, each group in
 * the seeds' order: a sentence looks up its own terms instead of trying every seed.
 */
export function seedsByFirstStem(
  topic: CompiledTopic,
  language: Language,
): ReadonlyMap<string, readonly CompiledTerm[]> {
  return topic.byFirstStem[language];
}

function groupByFirstStem(seeds: readonly CompiledTerm[]): Map<string, CompiledTerm[]> {
  const groups = new Map<string, CompiledTerm[]>();
  for (const seed of seeds) {
    const first = seed.stems[0];
    if (first === undefined) continue;
    const group = groups.get(first);
    if (group) group.push(seed);
    else groups.set(first, [seed]);
  }
  return groups;
}
