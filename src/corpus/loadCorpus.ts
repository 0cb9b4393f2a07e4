import { ObjectMemo } from "../util/objectMemo.js";
import { analyseDocument, type FileAnalysis } from "./analyseDocuments.js";
import { CorpusAssembly } from "./corpusAssembly.js";
import { analyseEntries } from "./parallel/analyseEntries.js";
import { type CorpusFs, nodeCorpusFs } from "./read/corpusFs.js";
import {
  checkMaxFileBytes,
  DEFAULT_MAX_FILE_BYTES,
  emptyCorpusError,
  listCorpusFolder,
} from "./read/readCorpusFolder.js";
import type { SentenceTermsMemo } from "./sentenceTerms.js";
import type { Corpus, LoadWarning, RawDocument } from "./types.js";

export interface LoadCorpusOptions {
  readonly maxFileBytes?: number;
  /** Worker threads for reading and cleaning files (default 1: this thread). */
  readonly workers?: number;
  readonly fs?: CorpusFs;
  /** Called as files are analysed: files done so far, of `total`. */
  readonly onProgress?: (done: number, total: number) => void;
  /** Where the sentences' terms are remembered: the engine cache's, for the index to reuse. */
  readonly terms?: SentenceTermsMemo;
}

/** Reads a corpus folder and cleans it into articles. Throws `UserError` for a missing/empty folder. */
export async function loadCorpus(dir: string, options: LoadCorpusOptions = {}): Promise<Corpus> {
  const fs = options.fs ?? nodeCorpusFs;
  const maxFileBytes = options.maxFileBytes ?? DEFAULT_MAX_FILE_BYTES;
  checkMaxFileBytes(maxFileBytes);
  const listing = await listCorpusFolder(dir, fs);
  // Files are assembled as they come back from the workers, while later ones are analysed.
  const assembly = new CorpusAssembly(options.terms ?? new ObjectMemo(), listing.warnings);
  const analyses = await analyseEntries(listing.entries, listing.manifest, {
    fs,
    maxFileBytes,
    workers: options.workers ?? 1,
    onAnalysis: (analysis) => assembly.addFile(analysis),
    ...(options.onProgress ? { onProgress: options.onProgress } : {}),
  });
  return corpusOf(dir, listing.warnings, analyses, assembly);
}

function corpusOf(
  dir: string,
  leading: readonly LoadWarning[],
  analyses: readonly FileAnalysis[],
  assembly: CorpusAssembly,
): Corpus {
  if (!analyses.some((a) => a.documents.length > 0)) {
    throw emptyCorpusError(dir, [...leading, ...analyses.flatMap((a) => a.readWarnings)]);
  }
  return assembly.corpus();
}

/**
 * The corpus of analysed files, in the given order. Throws `UserError` when no file gave a
 * document at all (the message names the files skipped and why).
 */
export function assembleCorpus(
  dir: string,
  leading: readonly LoadWarning[],
  analyses: readonly FileAnalysis[],
  terms: SentenceTermsMemo = new ObjectMemo(),
): Corpus {
  const assembly = new CorpusAssembly(terms, leading);
  for (const analysis of analyses) assembly.addFile(analysis);
  return corpusOf(dir, leading, analyses, assembly);
}

/** Cleans raw documents into a corpus: articles split and cleaned, near-duplicate sentences removed. */
export function buildCorpus(
  documents: readonly RawDocument[],
  readWarnings: readonly LoadWarning[] = [],
  terms: SentenceTermsMemo = new ObjectMemo(),
): Corpus {
  const assembly = new CorpusAssembly(terms, readWarnings);
  for (const document of documents) assembly.addDocument(analyseDocument(document));
  return assembly.corpus();
}
