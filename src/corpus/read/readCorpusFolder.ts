import { UserError } from "../../errors.js";
import { mapConcurrent } from "../../util/mapConcurrent.js";
import type { LoadWarning, RawDocument } from "../types.js";
import {
  type CorpusFs,
  type CorpusStats,
  describeFsError,
  fsErrorCode,
  nodeCorpusFs,
} from "./corpusFs.js";
import { fillMetadata, withoutForeignUrl } from "./metadata.js";
import { type FileContents, readCorpusFile } from "./readCorpusFile.js";
import { type Manifest, readManifest, unmatchedManifestEntries } from "./readManifest.js";
import { type CorpusEntry, MANIFEST_FILE, STAT_CONCURRENCY, walkCorpus } from "./walkCorpus.js";

/** Files larger than this are skipped with a warning: 5 MiB. */
export const DEFAULT_MAX_FILE_BYTES = 5 * 1024 * 1024;

export interface ReadCorpusOptions {
  /** Size limit per file, checked before reading; default {@link DEFAULT_MAX_FILE_BYTES}. */
  readonly maxFileBytes?: number;
  /** File-system access; default node:fs/promises. */
  readonly fs?: CorpusFs;
}

export interface CorpusFolderContents {
  /** In relative-path order, then record order within a file. */
  readonly documents: RawDocument[];
  /** Manifest problems first, then file problems in relative-path order. */
  readonly warnings: LoadWarning[];
}

const MAX_REASONS_SHOWN = 3;

function emptyCorpusMessage(dir: string, warnings: readonly LoadWarning[]): string {
  const base = `no articles found in ${dir} (looked for .txt, .md, .html, .json, .jsonl files)`;
  const firstReason = new Map<string, string>();
  for (const { file, reason } of warnings) {
    if (file !== MANIFEST_FILE && !firstReason.has(file)) firstReason.set(file, reason);
  }
  if (firstReason.size === 0) return base;
  const shown = [...firstReason]
    .slice(0, MAX_REASONS_SHOWN)
    .map(([file, reason]) => `${file}: ${reason.replace(/, skipped$/, "")}`);
  const more =
    firstReason.size > MAX_REASONS_SHOWN
      ? `; and ${firstReason.size - MAX_REASONS_SHOWN} more`
      : "";
  return `${base}; ${firstReason.size} file(s) skipped: ${shown.join("; ")}${more}`;
}

async function statCorpusFolder(fs: CorpusFs, dir: string): Promise<CorpusStats> {
  let stats: CorpusStats;
  try {
    stats = await fs.stat(dir);
  } catch (error) {
    const code = fsErrorCode(error);
    if (code === "ENOENT" || code === "ENOTDIR") {
      throw new UserError("CORPUS_NOT_FOUND", `corpus folder not found: ${dir}`);
    }
    throw new UserError(
      "CORPUS_NOT_FOUND",
      `cannot open corpus folder ${dir}: ${describeFsError(error)}`,
    );
  }
  if (!stats.isDirectory()) {
    throw new UserError("CORPUS_NOT_FOUND", `corpus path is not a folder: ${dir}`);
  }
  return stats;
}

/** The corpus folder's entries in path order, its manifest, and the manifest's problems. */
export interface CorpusListing {
  readonly entries: readonly CorpusEntry[];
  readonly manifest: Manifest;
  readonly warnings: LoadWarning[];
}

/**
 * Lists the article files under `dir` (recursively, in relative-path order) and reads the
 * optional manifest. A missing folder, or one that cannot be listed, is a {@link UserError}.
 */
export async function listCorpusFolder(
  dir: string,
  fs: CorpusFs = nodeCorpusFs,
): Promise<CorpusListing> {
  const rootStats = await statCorpusFolder(fs, dir);
  const walked = await walkCorpus(fs, dir, rootStats);
  if (!walked.ok) {
    throw new UserError(
      "CORPUS_NOT_FOUND",
      `cannot open corpus folder ${dir}: ${describeFsError(walked.error)}`,
    );
  }
  const { entries } = walked;
  const { manifest, warnings } = await readManifest(fs, dir);
  for (const warning of unmatchedManifestEntries(manifest, new Set(entries.map((e) => e.file)))) {
    warnings.push(warning);
  }
  return { entries, manifest, warnings };
}

/** The documents of one listed entry, metadata gaps filled from the manifest, and its problems. */
export async function readCorpusEntry(
  fs: CorpusFs,
  entry: CorpusEntry,
  manifest: Manifest,
  maxFileBytes: number,
): Promise<FileContents> {
  if (entry.kind === "problem") {
    return { documents: [], warnings: [{ file: entry.file, reason: entry.reason }] };
  }
  const contents = await readCorpusFile(fs, entry, maxFileBytes);
  const declared = manifest.get(entry.file) ?? {};
  const warnings = [...contents.warnings];
  const documents = contents.documents.map((document): RawDocument => {
    const { file, format, text, record, ...read } = document;
    // A url no link may carry is dropped here, before any renderer (the manifest's may fill in).
    const { metadata, problem } = withoutForeignUrl(read);
    if (problem !== null) {
      const where = format === "json" || format === "jsonl" ? `record ${record}: ` : "";
      warnings.push({ file, reason: `${where}${problem}` });
    }
    return { file, format, text, record, ...fillMetadata(metadata, declared) };
  });
  return { documents, warnings };
}

export function checkMaxFileBytes(maxFileBytes: number): void {
  if (!(maxFileBytes > 0)) {
    throw new RangeError(`maxFileBytes must be positive, got ${maxFileBytes}`);
  }
}

/** The {@link UserError} for a corpus that gave no document at all. */
export function emptyCorpusError(dir: string, warnings: readonly LoadWarning[]): UserError {
  return new UserError("CORPUS_EMPTY", emptyCorpusMessage(dir, warnings));
}

/**
 * Reads every article file under `dir` (recursively, in relative-path order) into raw
 * documents, filling gaps in their metadata from the optional manifest. Problems with single
 * files are warnings and the rest still loads; a missing folder, or one with nothing
 * loadable, is a {@link UserError}.
 */
export async function readCorpusFolder(
  dir: string,
  options: ReadCorpusOptions = {},
): Promise<CorpusFolderContents> {
  const fs = options.fs ?? nodeCorpusFs;
  const maxFileBytes = options.maxFileBytes ?? DEFAULT_MAX_FILE_BYTES;
  checkMaxFileBytes(maxFileBytes);
  const { entries, manifest, warnings } = await listCorpusFolder(dir, fs);
  const contents = await mapConcurrent(entries, STAT_CONCURRENCY, (entry) =>
    readCorpusEntry(fs, entry, manifest, maxFileBytes),
  );
  const documents: RawDocument[] = [];
  // Appended one by one: spreading a long list into push() overflows the stack.
  for (const { documents: found, warnings: problems } of contents) {
    for (const warning of problems) warnings.push(warning);
    for (const document of found) documents.push(document);
  }
  if (documents.length === 0) throw emptyCorpusError(dir, warnings);
  return { documents, warnings };
}
