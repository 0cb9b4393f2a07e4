import { createReadStream } from "node:fs";
import { join } from "node:path";
import { createInterface } from "node:readline";
import { createGunzip } from "node:zlib";
import { packageRoot } from "../../src/config/paths.js";

/** One article of ../shared/corpora/orangesum-news.jsonl.gz (its README gives the fields). */
export interface SharedArticle {
  readonly id: string;
  readonly date: string | null;
  readonly title: string;
  readonly heading: string;
  readonly text: string;
}

/** Where the shared corpus lives beside a checkout; a user's clone has none (say so, then stop). */
export const SHARED_CORPUS = join(
  packageRoot(),
  "..",
  "shared",
  "corpora",
  "orangesum-news.jsonl.gz",
);

/** Streams the shared corpus in file order, one parsed article at a time. */
export async function* readSharedCorpus(
  file: string = SHARED_CORPUS,
): AsyncGenerator<SharedArticle> {
  const lines = createInterface({ input: createReadStream(file).pipe(createGunzip()) });
  let n = 0;
  for await (const line of lines) {
    n++;
    if (line.trim() === "") continue;
    const r = JSON.parse(line) as Record<string, unknown>;
    const { id, date, title, heading, text } = r;
    if (typeof id !== "string" || typeof title !== "string" || typeof text !== "string") {
      throw new Error(`${file}:${n}: expected string id, title and text`);
    }
    yield {
      id,
      date: typeof date === "string" ? date : null,
      title,
      heading: typeof heading === "string" ? heading : "",
      text,
    };
  }
}
