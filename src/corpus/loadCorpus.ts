import { buildArticles } from "./buildArticles.js";
import { findNearDuplicates } from "./clean/dedup.js";
import { readCorpusFolder } from "./read/index.js";
import { sentenceTerms } from "./sentenceTerms.js";
import type { Article, Corpus, LoadWarning, RawDocument } from "./types.js";

export interface LoadCorpusOptions {
  readonly maxFileBytes?: number;
}

/** Reads a corpus folder and cleans it into articles. Throws `UserError` for a missing/empty folder. */
export async function loadCorpus(dir: string, options: LoadCorpusOptions = {}): Promise<Corpus> {
  const { documents, warnings } = await readCorpusFolder(
    dir,
    options.maxFileBytes === undefined ? {} : { maxFileBytes: options.maxFileBytes },
  );
  return buildCorpus(documents, warnings);
}

/** Cleans raw documents into a corpus: articles split and cleaned, near-duplicate sentences removed. */
export function buildCorpus(
  documents: readonly RawDocument[],
  readWarnings: readonly LoadWarning[] = [],
): Corpus {
  const warnings = [...readWarnings];
  const articles: Article[] = [];
  const ids = new Set<string>();
  for (const document of documents) {
    const built = buildArticles(document);
    if (built.length === 0) {
      addWarning(warnings, document.file, "no article text left after cleaning, skipped");
    }
    for (const article of built) {
      let id = article.id;
      for (let n = 2; ids.has(id); n++) id = `${article.id}~${n}`;
      ids.add(id);
      articles.push(id === article.id ? article : { ...article, id });
    }
  }
  return { articles: removeNearDuplicateSentences(articles, warnings), warnings };
}

function removeNearDuplicateSentences(
  articles: readonly Article[],
  warnings: LoadWarning[],
): Article[] {
  const sentences = articles.flatMap((a) =>
    a.passages.filter((p) => p.kind === "paragraph").flatMap((p) => p.sentences),
  );
  const dropped = findNearDuplicates(sentences.map((s) => new Set(sentenceTerms(s))));
  const droppedIds = new Set([...dropped].map((i) => sentences[i]?.id));
  const kept: Article[] = [];
  for (const article of articles) {
    const passages = article.passages
      .map((p) => ({ ...p, sentences: p.sentences.filter((s) => !droppedIds.has(s.id)) }))
      .filter((p) => p.sentences.length > 0)
      .map((p) => ({ ...p, display: p.sentences.map((s) => s.display).join(" ") }));
    if (passages.some((p) => p.kind === "paragraph")) {
      kept.push({ ...article, passages });
    } else {
      addWarning(warnings, article.file, `article ${article.id} repeats earlier articles, skipped`);
    }
  }
  return kept;
}

/** One warning per file: a second problem with the same file is appended to the first. */
function addWarning(warnings: LoadWarning[], file: string, reason: string): void {
  const index = warnings.findIndex((w) => w.file === file);
  const existing = warnings[index];
  if (existing) warnings[index] = { file, reason: `${existing.reason}; ${reason}` };
  else warnings.push({ file, reason });
}
