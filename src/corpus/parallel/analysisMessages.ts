import type { DocumentMetadata } from "../read/metadata.js";
import type { CorpusEntry } from "../read/walkCorpus.js";
import type { PackedFileAnalysis } from "./packAnalysis.js";

/** A batch of entries sent to an analysis worker, with their manifest metadata. */
export interface AnalysisTask {
  readonly id: number;
  readonly entries: readonly CorpusEntry[];
  readonly declared: readonly (readonly [string, DocumentMetadata])[];
  readonly maxFileBytes: number;
}

export type AnalysisResult =
  | { readonly id: number; readonly ok: true; readonly analyses: readonly PackedFileAnalysis[] }
  | { readonly id: number; readonly ok: false; readonly error: string };
