import type { VerbMatch } from "../nlp/speechVerbs.js";

/** The narrative infinitive: "Et d'ajouter : «…»", "Et de conclure que …". */
const NARRATIVE_INFINITIVE = /^\s*(?:et|puis)\s+(?:de\s+|d['’]\s*)\p{Ll}+(?:er|ir|re)(?![\p{L}])/iu;

/**
 * Whether a sentence goes on with the speech of the last speaker without naming anyone: it opens
 * on a speech verb with no subject of its own, a present participle ("Ajoutant que «…»") or a
 * narrative infinitive ("Et d'ajouter : «…»").
 */
export function continuesSpeech(sentence: string, verbs: readonly VerbMatch[]): boolean {
  if (NARRATIVE_INFINITIVE.test(sentence)) return true;
  const first = verbs[0];
  if (first === undefined) return false;
  return (
    first.nonFinite &&
    /^\s*(?:et\s+|puis\s+|en\s+)?$/iu.test(sentence.slice(0, first.index)) &&
    /^\p{Lu}/u.test(sentence.trimStart())
  );
}
