import { Worker } from "node:worker_threads";
import { compiledScript } from "../../config/paths.js";
import { type ExtractedHtml, extractHtml } from "./extractHtml.js";

export interface HtmlLimits {
  /** Pages from this many characters on are parsed on a worker thread. */
  readonly offThreadFrom: number;
  /** Longest a page may take to parse there before it is skipped. */
  readonly timeoutMs: number;
}

/** Most pages are a few tens of kilobytes: parsing them here costs less than a thread. */
export const HTML_LIMITS: HtmlLimits = { offThreadFrom: 256 * 1024, timeoutMs: 20_000 };

/**
 * `extractHtml`, with a large page parsed on a worker thread under a time limit: whatever an
 * untrusted page holds, the thread serving chat commands is not held up by it, and a page that
 * takes longer than `timeoutMs` is skipped with a warning (the worker is stopped). Without a
 * built worker script (the test runner on sources, before a build) the page is parsed here.
 */
export async function extractHtmlOffThread(
  html: string,
  limits: HtmlLimits = HTML_LIMITS,
): Promise<ExtractedHtml> {
  const script = workerScript();
  if (html.length < limits.offThreadFrom || script === null) return extractHtml(html);
  const worker = new Worker(script);
  try {
    return await new Promise<ExtractedHtml>((resolve) => {
      const timer = setTimeout(() => {
        resolve({
          text: "",
          metadata: {},
          warning: `the page took longer than ${duration(limits.timeoutMs)} to read, skipped`,
        });
      }, limits.timeoutMs);
      worker.once("message", (extracted: ExtractedHtml) => {
        clearTimeout(timer);
        resolve(extracted);
      });
      worker.once("error", (error) => {
        clearTimeout(timer);
        resolve({
          text: "",
          metadata: {},
          warning: `the page could not be read (${error.message}), skipped`,
        });
      });
      worker.postMessage(html);
    });
  } finally {
    await worker.terminate();
  }
}

function duration(ms: number): string {
  return ms >= 1000 ? `${Math.round(ms / 1000)} s` : `${ms} ms`;
}

/** The compiled worker script: beside this module once built, else in the build folder. */
function workerScript(): string | null {
  return compiledScript(
    new URL("./htmlWorker.js", import.meta.url),
    "src",
    "corpus",
    "read",
    "htmlWorker.js",
  );
}
