/**
 * Worker thread body: analyses the batches of corpus entries it is sent (read, clean, split,
 * terms) and posts the analyses back. Pure per-file work, so files can be spread over cores.
 */
import { pathToFileURL } from "node:url";
import { parentPort } from "node:worker_threads";
import { mapConcurrent } from "../../util/mapConcurrent.js";
import type { FileAnalysis } from "../analyseDocuments.js";
import { analyseEntry } from "../analyseEntry.js";
import { nodeCorpusFs } from "../read/corpusFs.js";
import { STAT_CONCURRENCY } from "../read/walkCorpus.js";
import type { AnalysisResult, AnalysisTask } from "./analysisMessages.js";

type Annotate = (analysis: FileAnalysis, setup: unknown) => FileAnalysis;
const annotators = new Map<string, Promise<Annotate>>();

/** The `annotate` function of an annotator module, imported once per worker. */
function annotatorOf(module: string): Promise<Annotate> {
  let loaded = annotators.get(module);
  if (!loaded) {
    loaded = import(pathToFileURL(module).href).then((m: { annotate: Annotate }) => m.annotate);
    annotators.set(module, loaded);
  }
  return loaded;
}

const port = parentPort;
if (port) {
  port.on("message", async (task: AnalysisTask) => {
    let result: AnalysisResult;
    try {
      const manifest = new Map(task.declared);
      const annotator = task.annotator;
      const annotate = annotator ? await annotatorOf(annotator.module) : null;
      const analyses = await mapConcurrent(task.entries, STAT_CONCURRENCY, async (entry) => {
        const analysis = await analyseEntry(nodeCorpusFs, entry, manifest, task.maxFileBytes);
        return annotate && annotator ? annotate(analysis, annotator.setup) : analysis;
      });
      result = { id: task.id, ok: true, analyses };
    } catch (error) {
      result = {
        id: task.id,
        ok: false,
        error: error instanceof Error ? (error.stack ?? error.message) : String(error),
      };
    }
    port.postMessage(result);
  });
}
