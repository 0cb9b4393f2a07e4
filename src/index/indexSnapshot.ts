import { createHash, randomUUID } from "node:crypto";
import type { BigIntStats } from "node:fs";
import { rename, rm, stat, writeFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import type { FileAnalysis } from "../corpus/analyseDocuments.js";
import { shareDecodedText } from "../corpus/decodedText.js";
import { describeFsError, fsErrorCode } from "../corpus/read/corpusFs.js";
import type { LoadWarning } from "../corpus/types.js";
import { UserError } from "../errors.js";
import { makePrivateDir, PRIVATE_FILE_MODE } from "../util/privateFiles.js";
import { readWholeFile } from "../util/readWholeFile.js";
import { runInTurns, SERVING_TURNS, type Steps, type TurnOptions } from "../util/steps.js";
import { decodeInPieces, encodeInPieces } from "./snapshotPieces.js";
import { sourceDamage } from "./sourceDamage.js";

/** Where an analysed file came from: the corpus folder, or `briefbot ingest` from elsewhere. */
export type SourceOrigin = "folder" | "ingested";

export interface SavedSource {
  /** Absolute path of the file. */
  readonly path: string;
  readonly origin: SourceOrigin;
  readonly analysis: FileAnalysis;
}

/**
 * The persisted index: every analysed file in corpus order, with what is needed to tell whether
 * the folder changed since, and the work done on top of the analyses. The corpus-wide steps of
 * the index (document frequencies, vectors, people, briefing lists) are recomputed from it, which
 * costs a fraction of analysing the files again.
 */
export interface IndexSnapshot {
  readonly format: typeof SNAPSHOT_FORMAT | typeof WHOLE_FORMAT;
  /** `CodeFingerprints.analysis` of the code that wrote it. */
  readonly fingerprint: string;
  readonly corpusDir: string;
  /** Size and modification time of the folder's manifest ("none" without one). */
  readonly manifestKey: string;
  /** The manifest's own problems, which come before any file's. */
  readonly manifestWarnings: readonly LoadWarning[];
  readonly sources: readonly SavedSource[];
  /**
   * The work done on top of the analyses (`WarmState`), when the snapshot was written with the
   * corpus assembled from all its sources; checked when read back (`restoreWarmState`).
   */
  readonly warm?: unknown;
}

/** Written in pieces (`snapshotPieces`), the saved work keyed by ids. */
export const SNAPSHOT_FORMAT = 2;
/** Written whole by `v8.serialize` (before 2026-12-06): its sources are read, its work is not. */
const WHOLE_FORMAT = 1;

/** The snapshot as the bytes of its file, in steps (`snapshotPieces`). */
export function encodeSnapshot(snapshot: Omit<IndexSnapshot, "format">): Steps<Buffer[]> {
  // A saved source holds a whole file's articles: one to a piece; other lists, 512 entries.
  return encodeInPieces({ format: SNAPSHOT_FORMAT, ...snapshot }, (key) =>
    key === "sources" ? 1 : 512,
  );
}

/** What a snapshot file holds, unchecked (`readSnapshot` checks it); throws on damaged bytes. */
export const decodeSnapshot = decodeInPieces;

/** The snapshot file of a corpus folder inside the data folder: one per corpus folder. */
export function snapshotPath(dataDir: string, corpusDir: string): string {
  const key = createHash("sha256").update(corpusDir).digest("hex").slice(0, 16);
  return join(dataDir, "index", `corpus-${key}.v8`);
}

/** A saved file analysis that is not what the analyser writes: left out of the snapshot read. */
export interface DamagedSource {
  /** Its place in the saved list of sources, counting the damaged ones. */
  readonly index: number;
  readonly path: string;
  readonly origin: SourceOrigin;
  /** What is wrong (`sourceDamage`). */
  readonly damage: string;
}

export type SnapshotRead =
  | {
      readonly ok: true;
      /** Its sources without the damaged ones, which the caller must read again or name. */
      readonly snapshot: IndexSnapshot;
      readonly damaged: readonly DamagedSource[];
    }
  | {
      readonly ok: false;
      /**
       * "unavailable": there is a file but reading it failed (permissions, input/output, memory),
       * which may pass; "unreadable": it was read and is not a snapshot (damaged).
       */
      readonly reason: "missing" | "stale" | "unreadable" | "unavailable";
      readonly detail: string;
      /**
       * For a stale snapshot: the files `briefbot ingest` had added from outside the corpus
       * folder, which exist nowhere else in the index and must be analysed again.
       */
      readonly ingested?: readonly string[];
    };

/**
 * Reads a snapshot. A missing one, one written by other code or for another folder ("stale"),
 * one that cannot be decoded ("unreadable") and one that could not be read ("unavailable") come
 * back as values: the caller rebuilds, and keeps an unavailable one rather than overwrite it.
 * `read`: how the file is read (injectable, like the corpus loader's file system).
 */
export async function readSnapshot(
  file: string,
  expected: { readonly fingerprint: string; readonly corpusDir: string },
  read: (path: string) => Promise<Uint8Array> = readWholeFile,
  turns: TurnOptions = SERVING_TURNS,
): Promise<SnapshotRead> {
  let bytes: Uint8Array;
  try {
    bytes = await read(file);
  } catch (error) {
    if (fsErrorCode(error) === "ENOENT") {
      return { ok: false, reason: "missing", detail: "no saved index" };
    }
    return { ok: false, reason: "unavailable", detail: describeFsError(error) };
  }
  let value: unknown;
  try {
    value = await runInTurns(decodeSnapshot(bytes), turns);
  } catch (error) {
    return { ok: false, reason: "unreadable", detail: (error as Error).message };
  }
  return checkSnapshot(value, expected);
}

/**
 * Whether a decoded value is a snapshot this code can use for the folder: "unreadable" when it
 * is not a snapshot, "stale" when saved for another folder or by other code; its damaged sources
 * (`sourceDamage`) are set apart. The others' text is shared in place (`shareDecodedText`): the
 * same words, held once instead of thrice.
 */
export function checkSnapshot(
  value: unknown,
  expected: { readonly fingerprint: string; readonly corpusDir: string },
): SnapshotRead {
  if (!isSnapshot(value)) {
    return { ok: false, reason: "unreadable", detail: "not a briefbot index snapshot" };
  }
  if (value.corpusDir !== expected.corpusDir) {
    return { ok: false, reason: "stale", detail: "saved for another corpus folder" };
  }
  if (value.fingerprint !== expected.fingerprint) {
    const ingested = value.sources.filter((s) => s.origin === "ingested").map((s) => s.path);
    return { ok: false, reason: "stale", detail: "saved by another version of briefbot", ingested };
  }
  const damaged: DamagedSource[] = [];
  const sources = value.sources.filter((s, index) => {
    const damage = sourceDamage(s.analysis);
    if (damage !== null) damaged.push({ index, path: s.path, origin: s.origin, damage });
    else shareDecodedText(s.analysis);
    return damage === null;
  });
  return {
    ok: true,
    snapshot: damaged.length === 0 ? value : { ...value, sources },
    damaged,
  };
}

/**
 * Writes atomically (temporary file, then rename), so a reader never sees half a snapshot.
 * Returns the `snapshotVersion` of what it wrote (taken before the rename, which keeps it: a
 * snapshot another process writes right after is not mistaken for this one). A file-system
 * failure (permissions, a file in the way, a full or read-only disk) is the person's to fix: a
 * `UserError` naming the data folder and BRIEFBOT_DATA_DIR.
 */
export async function writeSnapshot(
  file: string,
  snapshot: Omit<IndexSnapshot, "format">,
  turns: TurnOptions = SERVING_TURNS,
  /**
   * The `snapshotVersion` the file must still have when the new one takes its place (null: no
   * file); when it has another, nothing is written and null is returned. Absent: no check.
   */
  unchangedSince?: string | null,
): Promise<string | null> {
  try {
    const bytes = await runInTurns(encodeSnapshot(snapshot), turns);
    return await writeAtomically(file, bytes, unchangedSince);
  } catch (error) {
    if (fsErrorCode(error) === undefined) throw error;
    // snapshotPath puts the file in the data folder's index/.
    const dataDir = dirname(dirname(file));
    throw new UserError(
      "CONFIG_INVALID",
      `cannot write to the data folder ${dataDir}: ${describeFsError(error)} — set BRIEFBOT_DATA_DIR to a folder briefbot can write`,
    );
  }
}

async function writeAtomically(
  file: string,
  bytes: readonly Uint8Array[],
  unchangedSince: string | null | undefined,
): Promise<string | null> {
  await makePrivateDir(dirname(file));
  // Random, not the pid: two containers sharing a data folder are both pid 1.
  const temporary = `${file}.${randomUUID()}.tmp`;
  try {
    // The articles' text and what was ingested from elsewhere: the owner's only (kept by rename).
    await writeFile(temporary, bytes, { mode: PRIVATE_FILE_MODE });
    const version = versionOf(await stat(temporary, { bigint: true }));
    if (unchangedSince !== undefined && (await snapshotVersion(file)) !== unchangedSince) {
      await rm(temporary, { force: true });
      return null;
    }
    await rename(temporary, file);
    return version;
  } catch (error) {
    await rm(temporary, { force: true });
    throw error;
  }
}

/**
 * Which write of the snapshot file is there now, null when there is none: a process that saw
 * this version already need not read the file again. Every write is a new file renamed into
 * place, so its inode and birth time tell writes apart; size and modification time, to the
 * nanosecond, too where a file system reuses inodes or gives no birth time.
 */
export async function snapshotVersion(file: string): Promise<string | null> {
  try {
    return versionOf(await stat(file, { bigint: true }));
  } catch {
    return null;
  }
}

function versionOf(stats: BigIntStats): string {
  return `${stats.ino}:${stats.birthtimeNs}:${stats.size}:${stats.mtimeNs}`;
}

function isSnapshot(value: unknown): value is IndexSnapshot {
  if (typeof value !== "object" || value === null) return false;
  const v = value as Partial<IndexSnapshot>;
  return (
    (v.format === SNAPSHOT_FORMAT || v.format === WHOLE_FORMAT) &&
    typeof v.fingerprint === "string" &&
    typeof v.corpusDir === "string" &&
    typeof v.manifestKey === "string" &&
    Array.isArray(v.manifestWarnings) &&
    Array.isArray(v.sources) &&
    v.sources.every(
      (s) =>
        typeof s === "object" &&
        s !== null &&
        typeof s.path === "string" &&
        (s.origin === "folder" || s.origin === "ingested"),
    )
  );
}
