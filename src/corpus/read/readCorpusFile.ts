import { oversizeReason } from "../../util/formatBytes.js";
import type { DocumentFormat, LoadWarning, RawDocument } from "../types.js";
import { type CorpusFs, describeFsError } from "./corpusFs.js";
import { decodeBytes } from "./decodeBytes.js";
import { documentFormatOf } from "./documentFormat.js";
import { extractHtmlOffThread } from "./extractHtmlOffThread.js";
import { extractMarkdown } from "./extractMarkdown.js";
import type { DocumentMetadata } from "./metadata.js";
import { type JsonRecords, parseJsonDocument, parseJsonLines } from "./parseJsonRecords.js";

/** A file to read: its path relative to the corpus folder, its real path, and its stat size. */
export interface CorpusFile {
  readonly file: string;
  readonly path: string;
  readonly size: number;
}

export interface FileContents {
  readonly documents: RawDocument[];
  readonly warnings: LoadWarning[];
}

const NO_TEXT = "no text content, skipped";

function single(text: string, metadata: DocumentMetadata): JsonRecords {
  return text.trim() === ""
    ? { records: [], problems: [NO_TEXT] }
    : { records: [{ record: 0, text, metadata }], problems: [] };
}

async function extract(format: DocumentFormat, text: string): Promise<JsonRecords> {
  switch (format) {
    case "txt":
      return single(text, {});
    case "md": {
      const markdown = extractMarkdown(text);
      return single(markdown.text, markdown.metadata);
    }
    case "html": {
      const html = await extractHtmlOffThread(text);
      const read = single(html.text, html.metadata);
      return html.warning === undefined
        ? read
        : { records: read.records, problems: [html.warning, ...read.problems] };
    }
    case "json":
      return parseJsonDocument(text);
    case "jsonl":
      return parseJsonLines(text);
  }
}

/**
 * Reads one corpus file into zero or more documents. Every problem becomes a warning naming
 * the file; nothing here throws. The size limit is checked on the stat size before reading.
 */
export async function readCorpusFile(
  fs: CorpusFs,
  entry: CorpusFile,
  maxFileBytes: number,
): Promise<FileContents> {
  const { file } = entry;
  const skipped = (reason: string): FileContents => ({
    documents: [],
    warnings: [{ file, reason }],
  });

  const format = documentFormatOf(file);
  if (!format.ok) return skipped(format.reason);
  if (entry.size > maxFileBytes) return skipped(oversizeReason(entry.size, maxFileBytes));

  let bytes: Uint8Array;
  try {
    bytes = await fs.readFile(entry.path);
  } catch (error) {
    return skipped(`cannot read file: ${describeFsError(error)}, skipped`);
  }
  // The file may have grown since it was listed.
  if (bytes.length > maxFileBytes) return skipped(oversizeReason(bytes.length, maxFileBytes));

  const decoded = decodeBytes(bytes);
  if (!decoded.ok) return skipped(decoded.reason);
  if (decoded.text.trim() === "") return skipped("empty file, skipped");

  const { records, problems } = await extract(format.format, decoded.text);
  const warnings = problems.map((reason) => ({ file, reason }));
  // The encoding is worth a warning only for a file that still gives documents.
  if (decoded.warning !== undefined && records.length > 0) {
    warnings.unshift({ file, reason: decoded.warning });
  }
  const documents = records.map(
    ({ record, text, metadata }): RawDocument => ({
      file,
      format: format.format,
      text,
      record,
      ...metadata,
    }),
  );
  return { documents, warnings };
}
