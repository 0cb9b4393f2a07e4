import { createHash, randomBytes } from "node:crypto";
import { mkdir, rename, rm, writeFile } from "node:fs/promises";
import { join } from "node:path";

/** The folder of the corpus that followed sources write to: `<corpus>/sources/<slug>/`. */
export const SOURCES_FOLDER = "sources";

/** What one article file holds: a JSON record as the corpus reader takes it (parseJsonRecords). */
export interface ArticleRecord {
  readonly title: string | null;
  readonly text: string;
  /** ISO 8601 from the feed or the page; null: undated (never guessed). */
  readonly date: string | null;
  readonly url: string | null;
  readonly outlet: string;
  readonly author: string | null;
}

/**
 * Writes one article as `<corpus>/sources/<slug>/<yyyy-mm-dd>-<hash>.json` (the day of its date,
 * or of `seenAt` for an undated one: a name only, never its date) and returns that path
 * relative to the corpus folder. Atomic: written to a hidden temporary file (the corpus reader
 * skips dot files) and renamed, so a reader never sees half an article. `key` (the article's
 * first dedup key) makes the name, so writing the same article again overwrites it.
 */
export async function writeArticleFile(
  corpusDir: string,
  slug: string,
  key: string,
  article: ArticleRecord,
  seenAt: Date,
): Promise<string> {
  const folder = join(corpusDir, SOURCES_FOLDER, slug);
  await mkdir(folder, { recursive: true });
  const hash = createHash("sha256").update(key).digest("hex").slice(0, 12);
  const name = `${(article.date ?? seenAt.toISOString()).slice(0, 10)}-${hash}.json`;
  const temporary = join(folder, `.${name}.${randomBytes(4).toString("hex")}.tmp`);
  const record = {
    title: article.title ?? undefined,
    text: article.text,
    date: article.date ?? undefined,
    url: article.url ?? undefined,
    outlet: article.outlet,
    author: article.author ?? undefined,
  };
  try {
    await writeFile(temporary, `${JSON.stringify(record, null, 2)}\n`, "utf8");
    await rename(temporary, join(folder, name));
  } catch (error) {
    await rm(temporary, { force: true });
    throw error;
  }
  return [SOURCES_FOLDER, slug, name].join("/");
}
