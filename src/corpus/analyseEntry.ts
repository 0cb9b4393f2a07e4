import { analyseDocument, type FileAnalysis } from "./analyseDocuments.js";
import type { CorpusFs } from "./read/corpusFs.js";
import { readCorpusEntry } from "./read/readCorpusFolder.js";
import type { Manifest } from "./read/readManifest.js";
import type { CorpusEntry } from "./read/walkCorpus.js";

/** Reads and analyses one listed entry; never throws for a bad file (its problems are warnings). */
export async function analyseEntry(
  fs: CorpusFs,
  entry: CorpusEntry,
  manifest: Manifest,
  maxFileBytes: number,
): Promise<FileAnalysis> {
  const contents = await readCorpusEntry(fs, entry, manifest, maxFileBytes);
  return {
    file: entry.file,
    size: entry.kind === "file" ? entry.size : -1,
    mtimeMs: entry.kind === "file" ? entry.mtimeMs : -1,
    readWarnings: contents.warnings,
    documents: contents.documents.map(analyseDocument),
  };
}
