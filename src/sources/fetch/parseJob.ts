import { type PageArticle, SourceFetchError } from "../types.js";
import { extractPage } from "./extractPage.js";
import { feedLinks } from "./feedLinks.js";
import { assertNestingWithin } from "./nestingGuard.js";
import { type ParsedFeed, parseFeed } from "./parseFeed.js";

/**
 * One CPU-heavy reading of a decoded document: plain data, so that it can be posted to a worker
 * thread (`parseOffThread`) as well as run here.
 */
export type ParseJob =
  | {
      readonly kind: "feed";
      readonly text: string;
      readonly contentType: string | undefined;
      readonly url: string;
    }
  | { readonly kind: "page"; readonly text: string; readonly url: string }
  | { readonly kind: "links"; readonly text: string; readonly url: string };

/** What each kind of job gives. */
export interface ParseResults {
  readonly feed: ParsedFeed;
  readonly page: PageArticle;
  readonly links: string[];
}

export type ParseResult = ParseResults[ParseJob["kind"]];

/** A job's outcome as it crosses threads (a `SourceFetchError` loses its class on the way). */
export type ParseOutcome =
  | { readonly ok: true; readonly value: ParseResult }
  | {
      readonly ok: false;
      readonly kind: SourceFetchError["kind"];
      readonly message: string;
      readonly details: SourceFetchError["details"];
    };

/**
 * Runs a job on this thread: `parseFeed`, `extractPage` after the nesting guard
 * (`assertNestingWithin`), or `feedLinks`. Throws `SourceFetchError`.
 */
export function runParseJob(job: ParseJob): ParseResult {
  switch (job.kind) {
    case "feed":
      return parseFeed(job.text, job.contentType, job.url);
    case "page":
      assertNestingWithin(job.text, job.url);
      return extractPage(job.text, job.url);
    case "links":
      return feedLinks(job.text, job.url);
  }
}

/** `runParseJob` with its failure as data: anything but a `SourceFetchError` is `malformed`. */
export function parseOutcome(job: ParseJob): ParseOutcome {
  try {
    return { ok: true, value: runParseJob(job) };
  } catch (error) {
    if (error instanceof SourceFetchError) {
      return { ok: false, kind: error.kind, message: error.message, details: error.details };
    }
    const reason = error instanceof Error ? error.message : String(error);
    return {
      ok: false,
      kind: "malformed",
      message: `${job.url} could not be read: ${reason}`,
      details: {},
    };
  }
}
