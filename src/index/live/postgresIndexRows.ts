import { deserialize, serialize } from "node:v8";
import type { Steps } from "../../util/steps.js";
import type { IndexSnapshot, SavedSource, SourceOrigin } from "../indexSnapshot.js";

/**
 * How the PostgreSQL saved index's rows hold a snapshot (`PostgresSavedIndex`): each source's
 * analysis as one `v8.serialize` value, and an outline of the rest.
 */

/** The outline of a snapshot: everything but its sources (rows of their own) and saved work. */
export interface Outline {
  readonly format: number;
  readonly fingerprint: string;
  readonly corpusDir: string;
  readonly manifestKey: string;
  readonly manifestWarnings: IndexSnapshot["manifestWarnings"];
  /** The sources' paths in corpus order. */
  readonly order: readonly string[];
}

/** A source row as read. */
export type SourceRow = { path: string; origin: SourceOrigin; analysis: Buffer };

/**
 * The same analysis, or one of the same version of the file (size and modification time, what a
 * live corpus tells versions apart by) under the same manifest: read back from another process's
 * write, not written again.
 */
export function sameVersion(held: unknown, mine: SavedSource["analysis"]): boolean {
  if (held === mine) return true;
  const h = held as Partial<SavedSource["analysis"]> | null;
  return h !== null && h.file === mine.file && h.size === mine.size && h.mtimeMs === mine.mtimeMs;
}

export interface EncodedSource {
  readonly path: string;
  readonly origin: SourceOrigin;
  readonly bytes: Buffer;
}

export function* encodeSources(sources: readonly SavedSource[]): Steps<EncodedSource[]> {
  const out: EncodedSource[] = [];
  for (const s of sources) {
    out.push({ path: s.path, origin: s.origin, bytes: serialize(s.analysis) });
    yield;
  }
  return out;
}

/** A row that cannot be decoded keeps its place with no analysis: `checkSnapshot` names it. */
export function* decodeSources(rows: readonly SourceRow[]): Steps<SavedSource[]> {
  const out: SavedSource[] = [];
  for (const row of rows) {
    let analysis: unknown = null;
    try {
      analysis = deserialize(row.analysis);
    } catch {
      // Damaged bytes: left as no analysis.
    }
    out.push({ path: row.path, origin: row.origin, analysis: analysis as never });
    yield;
  }
  return out;
}

/** The outline, or what is wrong with it. */
export function decodeOutline(bytes: Buffer): Outline | string {
  let value: unknown;
  try {
    value = deserialize(bytes);
  } catch (error) {
    return (error as Error).message;
  }
  return isOutline(value) ? value : "not a briefbot index snapshot";
}

function isOutline(value: unknown): value is Outline {
  if (typeof value !== "object" || value === null) return false;
  const o = value as Partial<Outline>;
  return (
    typeof o.format === "number" &&
    typeof o.fingerprint === "string" &&
    typeof o.corpusDir === "string" &&
    typeof o.manifestKey === "string" &&
    Array.isArray(o.manifestWarnings) &&
    Array.isArray(o.order) &&
    o.order.every((p) => typeof p === "string")
  );
}
