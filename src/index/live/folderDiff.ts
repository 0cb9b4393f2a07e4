import { isAbsolute, join, relative } from "node:path";
import type { FileAnalysis } from "../../corpus/analyseDocuments.js";
import type { CorpusFs } from "../../corpus/read/corpusFs.js";
import { listCorpusFolder } from "../../corpus/read/readCorpusFolder.js";
import type { Manifest } from "../../corpus/read/readManifest.js";
import { type CorpusEntry, MANIFEST_FILE } from "../../corpus/read/walkCorpus.js";
import type { LoadWarning } from "../../corpus/types.js";
import type { SavedSource, SourceOrigin } from "../indexSnapshot.js";
import type { KnownSources } from "./knownSources.js";

/** A listed entry whose analysis is missing or out of date, with the path it is known by. */
export interface StaleEntry {
  readonly path: string;
  readonly entry: CorpusEntry;
}

/** Which listed files need analysing, and which known ones are gone. */
export interface FolderDiff {
  readonly stale: readonly StaleEntry[];
  /** Known folder files no longer listed. */
  readonly removed: readonly string[];
  /** Listed files whose known analysis is of this very version. */
  readonly unchanged: number;
}

/** The corpus folder compared with what is known, and what its listing read. */
export interface FolderScan extends FolderDiff {
  readonly manifest: Manifest;
  /** `manifestKeyOf` the manifest now. */
  readonly manifestKey: string;
  readonly warnings: readonly LoadWarning[];
}

/**
 * Lists the corpus folder and compares it with what is known: a file is stale when it is new,
 * changed (size or modification time), or when the manifest changed, since the manifest's
 * metadata is part of every analysis.
 */
export async function scanCorpusFolder(
  corpusDir: string,
  fs: CorpusFs,
  known: KnownSources,
): Promise<FolderScan> {
  const listing = await listCorpusFolder(corpusDir, fs);
  const manifestKey = await manifestKeyOf(corpusDir, fs);
  const listed = new Set(listing.entries.map((e) => entryPath(corpusDir, e)));
  // A shared index may hold another instance's folder: only this folder's files can be gone.
  const removed = known
    .pathsFrom("folder")
    .filter((path) => isInsideFolder(corpusDir, path) && !listed.has(path));
  const diff = diffEntries(corpusDir, listing.entries, known, manifestKey !== known.manifestKey);
  return {
    ...diff,
    removed,
    manifest: listing.manifest,
    manifestKey,
    warnings: listing.warnings,
  };
}

/** Whether `path` (absolute) is `folder` or lies under it. */
export function isInsideFolder(folder: string, path: string): boolean {
  const inside = relative(folder, path);
  return !inside.startsWith("..") && !isAbsolute(inside);
}

/**
 * The entries listed under `root` that need analysing: all of them when `allStale`, otherwise
 * those whose known analysis is not current. Nothing is removed: the caller decides what a
 * missing file means.
 */
export function diffEntries(
  root: string,
  entries: readonly CorpusEntry[],
  known: KnownSources,
  allStale: boolean,
): FolderDiff {
  const stale = entries
    .map((entry) => ({ path: entryPath(root, entry), entry }))
    .filter(({ path, entry }) => allStale || !isCurrent(known.analysisOf(path), entry));
  return { stale, removed: [], unchanged: entries.length - stale.length };
}

/** The analyses of stale entries (in the same order) as sources to put in. */
export function analysedSources(
  stale: readonly StaleEntry[],
  analyses: readonly FileAnalysis[],
  origin: SourceOrigin,
): SavedSource[] {
  return analyses.map((analysis, i) => ({
    path: (stale[i] as StaleEntry).path,
    origin,
    analysis,
  }));
}

/** The absolute path of a listed entry (an entry that could not be examined has only a name). */
export function entryPath(root: string, entry: CorpusEntry): string {
  return entry.kind === "file" ? entry.path : join(root, entry.file);
}

/**
 * Whether `saved` is the analysis of this very version of the file. A modification time of 0
 * (the file system does not say) is never current. An entry that could not be examined is
 * current while it fails for the same reason (a `notAnalysed` one never is).
 */
export function isCurrent(saved: FileAnalysis | undefined, entry: CorpusEntry): boolean {
  if (!saved) return false;
  if (entry.kind === "problem") {
    return saved.size === -1 && saved.readWarnings[0]?.reason === entry.reason;
  }
  return saved.size === entry.size && saved.mtimeMs === entry.mtimeMs && entry.mtimeMs !== 0;
}

/** Whether two analyses are of the same version of a file. */
export function isSameAnalysis(mine: FileAnalysis | undefined, other: FileAnalysis): boolean {
  return mine !== undefined && mine.size === other.size && mine.mtimeMs === other.mtimeMs;
}

/** Size and modification time of the manifest, "none" without one (as saved in a snapshot). */
export async function manifestKeyOf(corpusDir: string, fs: CorpusFs): Promise<string> {
  try {
    const stats = await fs.stat(join(corpusDir, MANIFEST_FILE));
    return `${stats.size}:${stats.mtimeMs ?? 0}`;
  } catch {
    return "none";
  }
}
