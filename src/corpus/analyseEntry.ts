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
  const size = entry.kind === "file" ? entry.size : -1;
  const mtimeMs = entry.kind === "file" ? entry.mtimeMs : -1;
  const contents = await readCorpusEntry(fs, entry, manifest, maxFileBytes);
  try {
    return {
      file: entry.file,
      size,
      mtimeMs,
      readWarnings: contents.warnings,
      documents: contents.documents.map(analyseDocument),
    };
  } catch (error) {
    // A bug met on one file must not keep every other file out of the corpus: the file is
    // reported and skipped (and analysed again only once it changes).
    const reason = `could not be analysed (${error instanceof Error ? error.message : String(error)}), skipped — please report this file`;
    return {
      file: entry.file,
      size,
      mtimeMs,
      readWarnings: [{ file: entry.file, reason }],
      documents: [],
    };
  }
}
