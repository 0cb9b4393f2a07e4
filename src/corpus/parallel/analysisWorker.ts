/**
 * Worker thread body: analyses the batches of corpus entries it is sent (read, clean, split,
 * terms) and posts the analyses back. Pure per-file work, so files can be spread over cores.
 */
import { parentPort } from "node:worker_threads";
import { mapConcurrent } from "../../util/mapConcurrent.js";
import { analyseEntry } from "../analyseEntry.js";
import { blockingCorpusFs } from "../read/corpusFs.js";
import { STAT_CONCURRENCY } from "../read/walkCorpus.js";
import type { AnalysisResult, AnalysisTask } from "./analysisMessages.js";
import { packFileAnalysis } from "./packAnalysis.js";

const port = parentPort;
if (port) {
  port.on("message", async (task: AnalysisTask) => {
    let result: AnalysisResult;
    try {
      const manifest = new Map(task.declared);
      const analyses = await mapConcurrent(task.entries, STAT_CONCURRENCY, async (entry) =>
        packFileAnalysis(await analyseEntry(blockingCorpusFs, entry, manifest, task.maxFileBytes)),
      );
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
