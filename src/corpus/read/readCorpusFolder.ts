import { UserError } from "../../errors.js";
import type { LoadWarning, RawDocument } from "../types.js";
import {
  type CorpusFs,
  type CorpusStats,
  describeFsError,
  fsErrorCode,
  nodeCorpusFs,
} from "./corpusFs.js";
import { fillMetadata } from "./metadata.js";
import { readCorpusFile } from "./readCorpusFile.js";
import { readManifest, unmatchedManifestEntries } from "./readManifest.js";
import { MANIFEST_FILE, walkCorpus } from "./walkCorpus.js";

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
  if (!(maxFileBytes > 0)) {
    throw new RangeError(`maxFileBytes must be positive, got ${maxFileBytes}`);
  }

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
  warnings.push(...unmatchedManifestEntries(manifest, new Set(entries.map((e) => e.file))));

  const documents: RawDocument[] = [];
  for (const entry of entries) {
    if (entry.kind === "problem") {
      warnings.push({ file: entry.file, reason: entry.reason });
      continue;
    }
    const contents = await readCorpusFile(fs, entry, maxFileBytes);
    warnings.push(...contents.warnings);
    const declared = manifest.get(entry.file) ?? {};
    for (const document of contents.documents) {
      const { file, format, text, record, ...metadata } = document;
      documents.push({ file, format, text, record, ...fillMetadata(metadata, declared) });
    }
  }

  if (documents.length === 0) {
    throw new UserError("CORPUS_EMPTY", emptyCorpusMessage(dir, warnings));
  }
  return { documents, warnings };
}
