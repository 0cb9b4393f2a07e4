import { terms } from "../nlp/index.js";
import type { Language } from "../nlp/language.js";
import type { TopicDefinition } from "./topicsConfig.js";

/** A seed term reduced to the engine's terms: one stem, or a phrase of consecutive stems. */
export interface CompiledTerm {
  readonly source: string;
  readonly stems: readonly string[];
  readonly strength: "strong" | "weak";
}

export interface CompiledTopic {
  readonly id: string;
  /** Seeds to match against sentences of each language ("any" seeds are compiled into both). */
  readonly byLanguage: Readonly<Record<"fr" | "en", readonly CompiledTerm[]>>;
  /** `seedsByFirstStem`, per sentence language: grouped once, when the topic is compiled. */
  readonly byFirstStem: Readonly<Record<Language, ReadonlyMap<string, readonly CompiledTerm[]>>>;
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
          out.push({ source, stems, strength });
        }
      }
    }
    return out;
  };
  const byLanguage = { fr: compile("fr"), en: compile("en") };
  const compiled = { id: topic.id, byLanguage };
  return {
    ...compiled,
    byFirstStem: {
      fr: groupByFirstStem(seedsFor(compiled, "fr")),
      en: groupByFirstStem(seedsFor(compiled, "en")),
      und: groupByFirstStem(seedsFor(compiled, "und")),
    },
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
