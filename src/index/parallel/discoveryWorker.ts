/**
 * Worker thread body: people discovery for the sentences it is sent (their display texts), while
 * the index build goes on with the rest in the main thread. Discovery depends on a sentence's
 * text alone, so the results are the ones the main thread would find.
 */
import { parentPort } from "node:worker_threads";
import { discoverInSentence, packDiscovery } from "../../officials/sentenceDiscovery.js";
import type { DiscoveryResult, DiscoveryTask } from "./discoveryMessages.js";

const port = parentPort;
if (port) {
  port.on("message", (task: DiscoveryTask) => {
    let result: DiscoveryResult;
    try {
      result = {
        ok: true,
        discoveries: task.displays.map((d) => packDiscovery(discoverInSentence(d))),
      };
    } catch (error) {
      result = {
        ok: false,
        error: error instanceof Error ? (error.stack ?? error.message) : String(error),
      };
    }
    port.postMessage(result);
  });
}
