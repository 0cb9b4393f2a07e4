import { join, sep } from "node:path";
import { mapConcurrent } from "../../util/mapConcurrent.js";
import { type CorpusFs, type CorpusStats, describeFsError } from "./corpusFs.js";

/** File-system calls in flight at once while listing and reading a corpus. */
export const STAT_CONCURRENCY = 32;

/** A file found in the corpus folder, or an entry that could not be examined. */
export type CorpusEntry =
  | {
      readonly kind: "file";
      /** Path relative to the corpus folder, "/"-separated. */
      readonly file: string;
      readonly path: string;
      readonly size: number;
      /** Modification time (ms) when listed; 0 when the file system does not say. */
      readonly mtimeMs: number;
    }
  | { readonly kind: "problem"; readonly file: string; readonly reason: string };

/** The entries, or why the root folder itself could not be listed. */
export type WalkResult =
  | { readonly ok: true; readonly entries: CorpusEntry[] }
  | { readonly ok: false; readonly error: unknown };

/** Name of the optional manifest, only meaningful at the root of the corpus folder. */
export const MANIFEST_FILE = "manifest.json";

const DOCUMENTATION_STEM = /^(readme|licen[cs]e|notice)$/i;
const DOCUMENTATION_PREFIX = /^(README|LICEN[CS]E|NOTICE)/;

/**
 * README*, LICENSE*, NOTICE*: documentation that travels with a corpus and is not an article.
 * Matches "README.md", "readme.txt", "LICENSE-CC-BY", but not "notice_of_strike.txt".
 */
export function isDocumentationFile(name: string): boolean {
  const stem = name.split(".")[0] ?? name;
  return DOCUMENTATION_STEM.test(stem) || DOCUMENTATION_PREFIX.test(name);
}

/** Code-unit order, so the result does not depend on the machine's locale. */
export function compareRelativePaths(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** The warning for a symbolic link leading out of the folder being read. */
export const OUTSIDE_LINK = "symbolic link to a place outside the corpus folder, skipped";

/** Whether `path` (real) is `root` (real) or under it. */
function isWithin(path: string, root: string): boolean {
  return path === root || path.startsWith(root.endsWith(sep) ? root : `${root}${sep}`);
}

/**
 * Lists every candidate article under `root` (already known to be a folder), recursively,
 * following symbolic links that stay inside it (by real path) but never entering the same folder
 * twice; a link leading out of it is a problem, not read: a link in a corpus must not put another
 * file of the machine into briefings. Hidden entries, corpus documentation and the root manifest
 * are left out without comment; entries that cannot be examined come back as problems. Sorted by
 * relative path.
 */
export async function walkCorpus(
  fs: CorpusFs,
  root: string,
  rootStats: CorpusStats,
): Promise<WalkResult> {
  const entries: CorpusEntry[] = [];
  const visited = new Set<string>();
  const markVisited = (stats: CorpusStats): boolean => {
    if (stats.dev === undefined || stats.ino === undefined) return true;
    const key = `${stats.dev}:${stats.ino}`;
    if (visited.has(key)) return false;
    visited.add(key);
    return true;
  };
  markVisited(rootStats);

  const visit = async (path: string, prefix: string, names: readonly string[]): Promise<void> => {
    const wanted = names.filter(
      (name) =>
        !(
          name.startsWith(".") ||
          isDocumentationFile(name) ||
          `${prefix}${name}` === MANIFEST_FILE
        ),
    );
    // Stats of one folder's entries run side by side; folders are still entered one at a time,
    // in name order, so the visited-folder check sees the same order as before.
    const stats = await mapConcurrent(wanted, STAT_CONCURRENCY, async (name) => {
      try {
        const found = await fs.lstat(join(path, name));
        if (found.isSymbolicLink?.() !== true) return { ok: true as const, stats: found };
        if (!isWithin(await fs.realpath(join(path, name)), realRoot)) {
          return { ok: true as const, outside: true as const };
        }
        return { ok: true as const, stats: await fs.stat(join(path, name)) };
      } catch (error) {
        return { ok: false as const, error };
      }
    });
    for (const [i, name] of wanted.entries()) {
      const file = `${prefix}${name}`;
      const childPath = join(path, name);
      const result = stats[i];
      if (!result?.ok) {
        entries.push({
          kind: "problem",
          file,
          reason: `cannot read file: ${describeFsError(result?.error)}, skipped`,
        });
        continue;
      }
      if (!("stats" in result)) {
        entries.push({ kind: "problem", file, reason: OUTSIDE_LINK });
        continue;
      }
      const found = result.stats;
      if (found.isDirectory()) {
        if (markVisited(found)) await visitFolder(childPath, file);
      } else if (found.isFile()) {
        entries.push({
          kind: "file",
          file,
          path: childPath,
          size: found.size,
          mtimeMs: found.mtimeMs ?? 0,
        });
      } else {
        entries.push({ kind: "problem", file, reason: "not a regular file, skipped" });
      }
    }
  };
  const visitFolder = async (path: string, file: string): Promise<void> => {
    let names: readonly string[];
    try {
      names = await fs.readdir(path);
    } catch (error) {
      entries.push({
        kind: "problem",
        file,
        reason: `cannot read folder: ${describeFsError(error)}, skipped`,
      });
      return;
    }
    await visit(path, `${file}/`, names);
  };

  let rootNames: readonly string[];
  let realRoot: string;
  try {
    realRoot = await fs.realpath(root);
    rootNames = await fs.readdir(root);
  } catch (error) {
    return { ok: false, error };
  }
  await visit(root, "", rootNames);
  return { ok: true, entries: entries.sort((a, b) => compareRelativePaths(a.file, b.file)) };
}
