import type { DamagedSource, SnapshotRead } from "../indexSnapshot.js";

/** The wording of what went wrong with a saved index, as an update report names it. */

/** Why a saved index was not used; null when there was none or it was merely out of date. */
export function snapshotProblem(read: Exclude<SnapshotRead, { ok: true }>): string | null {
  if (read.reason === "unavailable") {
    return `saved index could not be read (${read.detail}), rebuilt from the files; it is kept, and read again before it is saved over`;
  }
  return read.reason === "unreadable" ? `saved index unreadable (${read.detail}), rebuilt` : null;
}

/** The work saved beside the index could not be used (`WarmState`). */
export function warmStateProblem(detail: string): string {
  return `saved work beside the index unusable (${detail}), done again`;
}

/**
 * Names the files a snapshot saved by other code had ingested from outside the corpus folder:
 * they are not read again on the saved index's word (a damaged or planted index could name any
 * file of the machine), but named, for `briefbot ingest` to add again on purpose.
 */
export function staleIngestedProblem(paths: readonly string[]): string | null {
  if (paths.length === 0) return null;
  return `${paths.length} file(s) ingested from outside the corpus folder were saved by another version and left the index; run briefbot ingest again for: ${paths.slice(0, 3).join(", ")}${paths.length > 3 ? ", …" : ""}`;
}

/** Names the damaged entries of a saved index: folder files are read again, ingested ones not. */
export function damagedProblem(damaged: readonly DamagedSource[]): string {
  const folder = damaged.filter((d) => d.origin === "folder");
  const ingested = damaged.filter((d) => d.origin === "ingested");
  const parts: string[] = [];
  if (folder.length > 0) {
    parts.push(`saved index damaged for ${folder.length} file(s), read again: ${named(folder)}`);
  }
  if (ingested.length > 0) {
    // Not read again on a damaged index's word (it could name any file of the machine).
    parts.push(
      `saved index damaged for ${ingested.length} file(s) ingested from outside the corpus folder, which left the index; run briefbot ingest again for: ${named(ingested)}`,
    );
  }
  return parts.join("; ");
}

/** Damaged rows of a shared index, as a follower (which reads no folder) sees them. */
export function damagedFollowedProblem(damaged: readonly DamagedSource[]): string {
  return `saved index damaged for ${damaged.length} file(s), left out until the instance that leads saves them again: ${named(damaged)}`;
}

/** The first three damaged entries, each with what is wrong, and "…" for more. */
function named(list: readonly DamagedSource[]): string {
  return `${list
    .slice(0, 3)
    .map((d) => `${d.path} (${d.damage})`)
    .join(", ")}${list.length > 3 ? ", …" : ""}`;
}

/** The problems there are, most important first, as one line; null when there is none. */
export function joinProblems(...problems: readonly (string | null)[]): string | null {
  const present = problems.filter((p): p is string => p !== null);
  return present.length === 0 ? null : present.join("; ");
}
