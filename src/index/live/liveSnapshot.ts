import type { FileAnalysis } from "../../corpus/analyseDocuments.js";
import type { Steps } from "../../util/steps.js";
import type { DamagedSource, IndexSnapshot, SavedSource, SnapshotRead } from "../indexSnapshot.js";
import type { CorpusBuild } from "./corpusBuild.js";
import { isSameAnalysis } from "./folderDiff.js";
import type { KnownSources } from "./knownSources.js";
import type { UsableRead } from "./savedIndexFile.js";
import {
  damagedFollowedProblem,
  damagedProblem,
  joinProblems,
  snapshotProblem,
  staleIngestedProblem,
  warmStateProblem,
} from "./savedIndexProblems.js";

/** Of the code that writes a snapshot, and the folder it is for. */
export interface SnapshotStamp {
  /** `CodeFingerprints.analysis`. */
  readonly fingerprint: string;
  readonly corpusDir: string;
}

/** What opening took from the saved index. */
export interface AdoptedSnapshot {
  /**
   * The signature of the statements put back with the saved work (`WarmState`), null when the
   * saved work was not put back.
   */
  readonly warmSignature: string | null;
  /** What was wrong with the saved index, for the first update's report. */
  readonly problem: string | null;
}

/**
 * The snapshot of what is known, with the saved work when the assembly holds all of it; in steps
 * (`Steps`), a serving process answering meanwhile.
 */
export function* snapshotOf(
  known: KnownSources,
  build: CorpusBuild,
  stamp: SnapshotStamp,
): Steps<Omit<IndexSnapshot, "format">> {
  const capture = build.warmStateFor(known.size);
  const warm = capture === null ? null : yield* capture;
  const sources = known.saved();
  yield;
  return {
    fingerprint: stamp.fingerprint,
    corpusDir: stamp.corpusDir,
    manifestKey: known.manifestKey,
    manifestWarnings: known.manifestWarnings,
    sources,
    ...(warm === null ? {} : { warm }),
  };
}

/**
 * Takes in a saved index read at open: its sources, and its saved work when `useWarm`, no entry
 * is damaged (the saved work is for every source as saved) and it can be restored.
 * Whatever could not be taken back marks the known state unsaved: the next save writes the work
 * this run does.
 */
export function adoptSaved(
  read: SnapshotRead,
  known: KnownSources,
  build: CorpusBuild,
  useWarm: boolean,
  /** A follower of a shared index keeps no placeholder for a damaged row: the leader rewrites it. */
  follows = false,
): AdoptedSnapshot {
  if (!read.ok) {
    known.markUnsaved();
    return {
      warmSignature: null,
      problem: joinProblems(staleIngestedProblem(read.ingested ?? []), snapshotProblem(read)),
    };
  }
  adoptSources(known, read.snapshot, follows ? [] : read.damaged);
  const restored =
    useWarm && read.damaged.length === 0
      ? build.restoreWarm(read.snapshot.warm, known.analyses(), known.manifestWarnings)
      : { ok: false as const, problem: null };
  if (!restored.ok || read.damaged.length > 0) known.markUnsaved();
  return {
    warmSignature: restored.ok ? restored.statementsSignature : null,
    problem: joinProblems(
      read.damaged.length === 0
        ? null
        : follows
          ? damagedFollowedProblem(read.damaged)
          : damagedProblem(read.damaged),
      restored.ok || restored.problem === null ? null : warmStateProblem(restored.problem),
    ),
  };
}

/**
 * What another process ingested into a saved index that this corpus has not: sources to take in
 * (new, or of another version of the file), and damaged entries it cannot take in, to name.
 */
export function ingestedElsewhere(
  read: UsableRead,
  known: KnownSources,
): { readonly fresh: readonly SavedSource[]; readonly lost: readonly DamagedSource[] } {
  return {
    fresh: read.snapshot.sources.filter(
      (s) => s.origin === "ingested" && !isSameAnalysis(known.analysisOf(s.path), s.analysis),
    ),
    lost: read.damaged.filter((d) => d.origin === "ingested" && !known.has(d.path)),
  };
}

/**
 * What a process that follows a shared index (`SavedIndex.lead`) takes from a newer save: every
 * source it does not hold in that version, and the paths the save before had (`before`) and this
 * one has not. What the follower added itself and has not saved yet stays.
 */
export function savedChanges(
  read: UsableRead,
  known: KnownSources,
  before: ReadonlySet<string>,
): { readonly fresh: readonly SavedSource[]; readonly removed: readonly string[] } {
  const saved = new Set(read.snapshot.sources.map((s) => s.path));
  // A new manifest is part of every analysis, whatever the files' sizes and times.
  const manifestChanged = read.snapshot.manifestKey !== known.manifestKey;
  return {
    fresh: read.snapshot.sources.filter(
      (s) => manifestChanged || !isSameAnalysis(known.analysisOf(s.path), s.analysis),
    ),
    removed: [...before].filter((path) => !saved.has(path) && known.has(path)),
  };
}

/**
 * Puts a snapshot's sources and manifest in. A damaged folder file keeps its place with an
 * analysis that is never current, so the next sync reads it again where it was; a damaged
 * ingested file leaves (it is named, not read again).
 */
function adoptSources(
  known: KnownSources,
  snapshot: IndexSnapshot,
  damaged: readonly DamagedSource[],
): void {
  const damagedAt = new Map(damaged.map((d) => [d.index, d]));
  const saved = snapshot.sources.values();
  for (let i = 0; i < snapshot.sources.length + damaged.length; i++) {
    const d = damagedAt.get(i);
    if (d === undefined) {
      const s = saved.next().value as SavedSource;
      known.put(s.path, { origin: s.origin, analysis: s.analysis });
    } else if (d.origin === "folder") {
      known.put(d.path, { origin: "folder", analysis: notAnalysed(d.path) });
    }
  }
  known.setManifest(snapshot.manifestKey, snapshot.manifestWarnings);
}

/** An analysis that no file in the folder is current with (`isCurrent`): read again by sync. */
function notAnalysed(path: string): FileAnalysis {
  return { file: path, size: -1, mtimeMs: -1, readWarnings: [], documents: [] };
}
