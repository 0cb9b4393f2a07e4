import type { FileAnalysis } from "../analyseDocuments.js";
import type { DocumentMetadata } from "../read/metadata.js";
import type { CorpusEntry } from "../read/walkCorpus.js";

/** A batch of entries sent to an analysis worker, with their manifest metadata. */
export interface AnalysisTask {
  readonly id: number;
  readonly entries: readonly CorpusEntry[];
  readonly declared: readonly (readonly [string, DocumentMetadata])[];
  readonly maxFileBytes: number;
}

export type AnalysisResult =
  | { readonly id: number; readonly ok: true; readonly analyses: readonly FileAnalysis[] }
  | { readonly id: number; readonly ok: false; readonly error: string };
