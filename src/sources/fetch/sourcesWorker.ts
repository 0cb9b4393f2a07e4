/**
 * Worker thread body: runs each parse job it is sent (`parseOutcome`), one at a time, and posts
 * back its outcome, so that an untrusted feed or page is read off the thread serving chat
 * commands, under time and memory limits (`parseOffThread`).
 */
import { parentPort } from "node:worker_threads";
import { type ParseJob, parseOutcome } from "./parseJob.js";

const port = parentPort;
if (port) {
  port.on("message", (job: ParseJob) => {
    port.postMessage(parseOutcome(job));
  });
}
