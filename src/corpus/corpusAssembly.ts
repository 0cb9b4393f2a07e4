import { adoptTerms, type DocumentAnalysis, type FileAnalysis } from "./analyseDocuments.js";
import { NearDuplicateFinder, type NearDuplicateState } from "./clean/nearDuplicates.js";
import { sentenceId } from "./sentenceId.js";
import { paragraphSentences, type SentenceTermsMemo, sentenceTerms } from "./sentenceTerms.js";
import type { Article, Corpus, LoadWarning, Sentence } from "./types.js";

interface KeptArticle {
  readonly dropped: number;
  readonly article: Article | null;
}

/**
 * Puts analysed files together into a corpus, in the order they are added: article ids made
 * unique across files, near-duplicate sentences across the corpus dropped (the richer kept), one
 * warning per file. Files can keep being added after `corpus()` was taken, at the cost of the new
 * sentences only: adding files later gives the corpus that adding them all at once gives.
 */
export class CorpusAssembly {
  private readonly readWarnings: LoadWarning[];
  /** Documents left with no article, by file: their record numbers, or none for a whole file. */
  private readonly emptyDocuments: Map<string, number[]>;
  private readonly articles: Article[];
  private readonly sentences: Sentence[];
  private readonly ids: Set<string>;
  private readonly finder: NearDuplicateFinder;
  /**
   * What `corpus()` made of each article last time, with how many of its sentences were dropped
   * then: drops only ever grow, so the same count means the same article, and the same object
   * is handed out again (the index remembers per-article work by object).
   */
  private readonly kept: Map<Article, KeptArticle>;

  /**
   * `terms`: where the terms of the sentences added are remembered (the engine cache's, so the
   * index reads them again for free). `leading`: problems that come before any file's (the
   * manifest's). `finder`: the near-duplicate state to go on from (`resume`).
   */
  constructor(
    private readonly terms: SentenceTermsMemo,
    leading: readonly LoadWarning[] = [],
    finder?: NearDuplicateState,
  ) {
    this.readWarnings = [...leading];
    this.emptyDocuments = new Map();
    this.articles = [];
    this.sentences = [];
    this.ids = new Set();
    this.finder = new NearDuplicateFinder(finder);
    this.kept = new Map();
  }

  /**
   * The assembly of `files` (in corpus order) whose near-duplicate state was saved (`finder`,
   * from `nearDuplicateState` of an assembly of the same files): the same articles, ids and
   * drops, without comparing any sentence again. Throws when the state is not for these files.
   */
  static resume(
    terms: SentenceTermsMemo,
    leading: readonly LoadWarning[],
    files: readonly FileAnalysis[],
    finder: NearDuplicateState,
  ): CorpusAssembly {
    const assembly = new CorpusAssembly(terms, leading, finder);
    for (const file of files) assembly.addFile(file, false);
    if (assembly.sentences.length !== finder.sizes.length) {
      throw new Error(
        `its near-duplicate state is for ${finder.sizes.length} sentences, the files have ${assembly.sentences.length}`,
      );
    }
    return assembly;
  }

  /** The near-duplicate state, as plain data (a copy): what `resume` goes on from. */
  nearDuplicateState(): NearDuplicateState {
    return this.finder.state();
  }

  /** The articles `corpus()` last gave (those left with no paragraph excepted). */
  keptArticles(): Article[] {
    return [...this.kept.values()].flatMap((k) => (k.article ? [k.article] : []));
  }

  /** Every paragraph sentence added, dropped ones too, in corpus order. */
  allSentences(): readonly Sentence[] {
    return this.sentences;
  }

  get articleCount(): number {
    return this.articles.length;
  }

  /** `compare`: false when the near-duplicate state already holds the file's sentences. */
  addFile(analysis: FileAnalysis, compare = true): void {
    // One by one: spreading a long list into push() overflows the stack.
    for (const warning of analysis.readWarnings) this.readWarnings.push(warning);
    for (const document of analysis.documents) this.addDocument(document, compare);
  }

  addDocument(analysis: DocumentAnalysis, compare = true): void {
    adoptTerms(analysis, this.terms);
    if (analysis.articles.length === 0) {
      const records = this.emptyDocuments.get(analysis.file) ?? [];
      if (analysis.record !== undefined) records.push(analysis.record);
      this.emptyDocuments.set(analysis.file, records);
    }
    for (const article of analysis.articles) {
      let id = article.id;
      for (let n = 2; this.ids.has(id); n++) id = `${article.id}~${n}`;
      this.ids.add(id);
      const unique = id === article.id ? article : renamed(article, id, this.terms);
      this.articles.push(unique);
      for (const sentence of paragraphSentences(unique)) {
        this.sentences.push(sentence);
        if (compare) this.finder.add(new Set(sentenceTerms(sentence, this.terms)));
      }
    }
  }

  /** The corpus so far: kept sentences only, articles left with no paragraph skipped. */
  corpus(): Corpus {
    const warnings = [...this.readWarnings];
    for (const [file, records] of this.emptyDocuments) {
      // "part-000.jsonl: records 4, 17: …": which records of a dump, not the whole file.
      const where =
        records.length === 0
          ? ""
          : `record${records.length > 1 ? "s" : ""} ${records.join(", ")}: `;
      addWarning(warnings, file, `${where}no article text left after cleaning, skipped`);
    }
    const droppedIds = new Set<string>();
    this.sentences.forEach((sentence, i) => {
      if (this.finder.isDropped(i)) droppedIds.add(sentence.id);
    });
    const kept: Article[] = [];
    const repeats: Article[] = [];
    for (const article of this.articles) {
      const dropped = article.passages.reduce(
        (n, p) => n + p.sentences.filter((s) => droppedIds.has(s.id)).length,
        0,
      );
      let entry = this.kept.get(article);
      if (entry?.dropped !== dropped) {
        // Nothing dropped: the article as analysed (no copy of its passages).
        entry = { dropped, article: dropped === 0 ? article : withoutDropped(article, droppedIds) };
        this.kept.set(article, entry);
      }
      if (entry.article) {
        kept.push(entry.article);
      } else {
        repeats.push(article);
        addWarning(
          warnings,
          article.file,
          `article ${article.id} repeats earlier articles, skipped`,
        );
      }
    }
    return { articles: kept, warnings, repeats };
  }
}

/**
 * An article under a new id (a second file with the same name), its sentences' ids following:
 * sentence ids must stay unique, or dropping a duplicate in one article would drop another's.
 */
function renamed(article: Article, id: string, terms: SentenceTermsMemo): Article {
  const passages = article.passages.map((p) => ({
    ...p,
    sentences: p.sentences.map((s) => {
      const copy: Sentence = { ...s, id: sentenceId(id, s.passageIndex, s.index), articleId: id };
      terms.set(copy, sentenceTerms(s, terms));
      return copy;
    }),
  }));
  return { ...article, id, passages };
}

/** The article without the dropped sentences, or null when no paragraph is left. */
function withoutDropped(article: Article, droppedIds: ReadonlySet<string>): Article | null {
  const passages = article.passages
    .map((p) => ({ ...p, sentences: p.sentences.filter((s) => !droppedIds.has(s.id)) }))
    .filter((p) => p.sentences.length > 0)
    .map((p) => ({ ...p, display: p.sentences.map((s) => s.display).join(" ") }));
  return passages.some((p) => p.kind === "paragraph") ? { ...article, passages } : null;
}

/** One warning per file: a second problem with the same file is appended to the first. */
function addWarning(warnings: LoadWarning[], file: string, reason: string): void {
  const index = warnings.findIndex((w) => w.file === file);
  const existing = warnings[index];
  if (existing) warnings[index] = { file, reason: `${existing.reason}; ${reason}` };
  else warnings.push({ file, reason });
}
