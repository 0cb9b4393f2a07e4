/**
 * Worker thread body: extracts the text and metadata of one HTML page it is sent, so that a large
 * untrusted page is parsed off the main thread and can be stopped (`extractHtmlOffThread`).
 */
import { parentPort } from "node:worker_threads";
import { extractHtml } from "./extractHtml.js";

const port = parentPort;
if (port) {
  port.once("message", (html: string) => {
    port.postMessage(extractHtml(html));
  });
}
