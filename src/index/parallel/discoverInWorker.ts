import { existsSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { Worker } from "node:worker_threads";
import { packageRoot } from "../../config/paths.js";
import {
  hasDiscovery,
  rememberDiscovery,
  type TextSentence,
  unpackDiscovery,
} from "../../officials/sentenceDiscovery.js";
import type { DiscoveryResult, DiscoveryTask } from "./discoveryMessages.js";

/** Below this many sentences to read, starting a thread costs more than it saves. */
export const MIN_SENTENCES_FOR_WORKER = 5_000;

/**
 * Starts people discovery of the sentences not read yet in a worker thread, and returns when their
 * results are remembered (`rememberDiscovery`): the caller goes on with other work meanwhile, and
 * `buildPeople` then finds every discovery done. With few new sentences, or no built worker
 * script, it does nothing (`buildPeople` reads them itself).
 */
export async function discoverInWorker(sentences: readonly TextSentence[]): Promise<void> {
  const script = workerScript();
  const unread = sentences.filter((s) => !hasDiscovery(s));
  if (script === null || unread.length < MIN_SENTENCES_FOR_WORKER) return;
  const worker = new Worker(script);
  try {
    await discoverWith(worker, unread);
  } catch {
    // The thread could not do it (out of memory, killed): `buildPeople` reads these sentences
    // itself, with the same code, so a real bug in discovery still surfaces there.
  } finally {
    void worker.terminate();
  }
}

async function discoverWith(worker: Worker, unread: readonly TextSentence[]): Promise<void> {
  const result = await new Promise<DiscoveryResult>((resolve, reject) => {
    worker.once("message", resolve);
    worker.once("error", reject);
    worker.once("exit", (code) =>
      reject(new Error(`people discovery worker exited with code ${code}`)),
    );
    const task: DiscoveryTask = { displays: unread.map((s) => s.display) };
    worker.postMessage(task);
  });
  if (!result.ok) throw new Error(`people discovery worker failed: ${result.error}`);
  unread.forEach((sentence, i) => {
    const found = result.discoveries[i];
    if (found !== undefined) rememberDiscovery(sentence, unpackDiscovery(found));
  });
}

/** The compiled worker script (under the test runner, the build's copy); null without a build. */
function workerScript(): string | null {
  const beside = fileURLToPath(new URL("./discoveryWorker.js", import.meta.url));
  if (existsSync(beside)) return beside;
  const built = join(packageRoot(), "dist", "src", "index", "parallel", "discoveryWorker.js");
  return existsSync(built) ? built : null;
}
