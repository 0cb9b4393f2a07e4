import { extname } from "node:path";
import type { DocumentFormat } from "../types.js";

const FORMAT_BY_EXTENSION: Readonly<Record<string, DocumentFormat>> = {
  ".txt": "txt",
  ".md": "md",
  ".markdown": "md",
  ".html": "html",
  ".htm": "html",
  ".json": "json",
  ".jsonl": "jsonl",
  ".ndjson": "jsonl",
};

export const SUPPORTED_EXTENSIONS = ".txt, .md, .html, .json or .jsonl";

export type FormatResult =
  | { readonly ok: true; readonly format: DocumentFormat }
  | { readonly ok: false; readonly reason: string };

/** The format of a corpus file, from its extension (case-insensitive). */
export function documentFormatOf(file: string): FormatResult {
  const extension = extname(file).toLowerCase();
  const format = FORMAT_BY_EXTENSION[extension];
  if (format !== undefined) return { ok: true, format };
  const shown = extension === "" ? "(no extension)" : extension;
  return {
    ok: false,
    reason: `unsupported file type ${shown} (expected ${SUPPORTED_EXTENSIONS})`,
  };
}
