import { Worker } from "node:worker_threads";
import { compiledScript } from "../../config/paths.js";
import {
  type SentenceDiscovery,
  type TextSentence,
  unpackDiscovery,
} from "../../officials/sentenceDiscovery.js";
import type { DiscoveryResult, DiscoveryTask } from "./discoveryMessages.js";

/** Below this many sentences to read, starting a thread costs more than it saves. */
export const MIN_SENTENCES_FOR_WORKER = 5_000;

/** Sentences with the discovery a worker made of each. */
export type Discovered = readonly (readonly [TextSentence, SentenceDiscovery])[];

/**
 * Discovers people in these sentences (the ones not read yet) in a worker thread, and returns the
 * discoveries: the caller goes on with other work meanwhile, then remembers them where
 * `buildPeople` looks. With few sentences, or no built worker script, it returns none
 * (`buildPeople` reads them itself).
 */
export async function discoverInWorker(unread: readonly TextSentence[]): Promise<Discovered> {
  const script = workerScript();
  if (script === null || unread.length < MIN_SENTENCES_FOR_WORKER) return [];
  const worker = new Worker(script);
  try {
    return await discoverWith(worker, unread);
  } catch {
    // The thread could not do it (out of memory, killed): `buildPeople` reads these sentences
    // itself, with the same code, so a real bug in discovery still surfaces there.
    return [];
  } finally {
    void worker.terminate();
  }
}

async function discoverWith(worker: Worker, unread: readonly TextSentence[]): Promise<Discovered> {
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
  return unread.flatMap((sentence, i) => {
    const found = result.discoveries[i];
    return found === undefined ? [] : [[sentence, unpackDiscovery(found)] as const];
  });
}

/** The compiled worker script (under the test runner, the build's copy); null without a build. */
function workerScript(): string | null {
  return compiledScript(
    new URL("./discoveryWorker.js", import.meta.url),
    "src",
    "index",
    "parallel",
    "discoveryWorker.js",
  );
}
