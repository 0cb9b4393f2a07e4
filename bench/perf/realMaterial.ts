import { readSharedCorpus } from "../gold/sharedCorpus.js";
import { clausePool, type SourceMaterial } from "./sourceMaterial.js";

/** Where one sentence of a shared-corpus article ends: after . ! ? (and a closing mark), before a capital or a quote. */
const SENTENCE_END = /(?<=[.!?][»"”)]?)\s+(?=(?:[«"“(]\s?)?\p{Lu})/u;

/** Sentences too short or too long to splice: headings, lists, glued paragraphs. */
const MIN_CHARS = 40;
const MAX_CHARS = 400;

/**
 * Material for generating articles that read like the shared corpus: every sentence of its
 * articles (French news, 2017–2020) cut into clauses, with the names, vocabulary and sentence
 * shapes they carry, so that a generated corpus's vocabulary and people grow as they do in real
 * news; the boilerplate and the English clauses stay the bundled corpus's (`bundled`). Streams
 * the corpus once.
 */
export async function loadRealMaterial(
  corpusFile: string,
  bundled: SourceMaterial,
): Promise<{
  readonly material: SourceMaterial;
  readonly articles: number;
  readonly sentences: number;
}> {
  const sentences: string[] = [];
  let articles = 0;
  for await (const article of readSharedCorpus(corpusFile)) {
    articles++;
    for (const sentence of article.text.split(SENTENCE_END)) {
      const trimmed = sentence.trim();
      if (trimmed.length >= MIN_CHARS && trimmed.length <= MAX_CHARS) sentences.push(trimmed);
    }
  }
  return {
    material: {
      clauses: { fr: clausePool(sentences), en: bundled.clauses.en },
      // The names are in the real clauses already: none swapped in.
      people: [],
      boilerplate: bundled.boilerplate,
    },
    articles,
    sentences: sentences.length,
  };
}
