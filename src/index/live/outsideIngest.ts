import type { CorpusFs } from "../../corpus/read/corpusFs.js";
import { type CorpusListing, listCorpusFolder } from "../../corpus/read/readCorpusFolder.js";
import type { Manifest } from "../../corpus/read/readManifest.js";
import type { CorpusEntry } from "../../corpus/read/walkCorpus.js";
import { UserError } from "../../errors.js";
import { diffEntries, type FolderDiff } from "./folderDiff.js";
import type { KnownSources } from "./knownSources.js";

/**
 * What `briefbot ingest` of `path` (absolute, outside the corpus folder) has to analyse: the file,
 * or every article file of the folder (honouring that folder's own manifest), less those already
 * ingested and unchanged. Nothing is ever removed by an ingest.
 */
export async function scanOutsideTarget(
  path: string,
  fs: CorpusFs,
  known: KnownSources,
): Promise<FolderDiff & { readonly manifest: Manifest }> {
  const { entries, manifest } = await listTarget(path, fs);
  return { ...diffEntries(path, entries, known, false), manifest };
}

/** A folder's listing, or a single file as a listing of one. */
async function listTarget(path: string, fs: CorpusFs): Promise<CorpusListing> {
  let stats: Awaited<ReturnType<CorpusFs["stat"]>>;
  try {
    stats = await fs.stat(path);
  } catch {
    throw new UserError("BAD_ARGUMENT", `nothing to ingest at ${path}: no such file or folder`, 2);
  }
  if (stats.isDirectory()) return listCorpusFolder(path, fs);
  const name = path.split(/[\\/]/).pop() ?? path;
  const entry: CorpusEntry = {
    kind: "file",
    file: name,
    path,
    size: stats.size,
    mtimeMs: stats.mtimeMs ?? 0,
  };
  return { entries: [entry], manifest: new Map(), warnings: [] };
}
