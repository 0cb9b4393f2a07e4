import type { FileAnalysis } from "../../corpus/analyseDocuments.js";
import type { LoadWarning } from "../../corpus/types.js";
import type { SavedSource, SourceOrigin } from "../indexSnapshot.js";

/** An analysed file as a live corpus holds it (its path is the key). */
export interface KnownSource {
  readonly origin: SourceOrigin;
  readonly analysis: FileAnalysis;
}

/**
 * What a live corpus knows of its files: each analysed file by absolute path, in corpus order;
 * the folder's manifest as last read; and whether any of it differs from the saved snapshot.
 * These change together, from one update at a time, and a failed update puts the sources, the
 * manifest and the unsaved mark back (`checkpoint`) so the index in service keeps matching them.
 */
/** The folder's manifest as read: its size and time (`scanCorpusFolder`'s key), its problems. */
export interface ManifestState {
  readonly key: string;
  readonly warnings: readonly LoadWarning[];
}

export class KnownSources {
  private readonly byPath = new Map<string, KnownSource>();
  private manifest: ManifestState = {
    key: "none",
    warnings: [],
  };
  private unsavedChanges = false;

  get size(): number {
    return this.byPath.size;
  }

  has(path: string): boolean {
    return this.byPath.has(path);
  }

  analysisOf(path: string): FileAnalysis | undefined {
    return this.byPath.get(path)?.analysis;
  }

  /** Paths of the files known from the given origin, in corpus order. */
  pathsFrom(origin: SourceOrigin): string[] {
    return [...this.byPath].filter(([, s]) => s.origin === origin).map(([path]) => path);
  }

  /** Every analysis in corpus order: what the corpus is assembled from. */
  analyses(): FileAnalysis[] {
    return [...this.byPath.values()].map((s) => s.analysis);
  }

  /** The sources as a snapshot lists them. */
  saved(): SavedSource[] {
    return [...this.byPath].map(([path, s]) => ({ path, ...s }));
  }

  /** A new file goes to the end of the corpus; a known one keeps its place. */
  put(path: string, source: KnownSource): void {
    this.byPath.set(path, source);
  }

  /** Drops `removed`, then puts `updates` in. */
  update(updates: readonly SavedSource[], removed: readonly string[]): void {
    for (const path of removed) this.byPath.delete(path);
    for (const u of updates) this.put(u.path, { origin: u.origin, analysis: u.analysis });
  }

  get manifestKey(): string {
    return this.manifest.key;
  }

  /** The manifest's own problems, which come before any file's. */
  get manifestWarnings(): readonly LoadWarning[] {
    return this.manifest.warnings;
  }

  /** Takes the manifest as last read; says whether its problems differ from those known. */
  setManifest(key: string, warnings: readonly LoadWarning[]): boolean {
    const warningsChanged = JSON.stringify(warnings) !== JSON.stringify(this.manifest.warnings);
    this.manifest = { key, warnings };
    return warningsChanged;
  }

  /** Whether the next save has something to write. */
  get unsaved(): boolean {
    return this.unsavedChanges;
  }

  markUnsaved(): void {
    this.unsavedChanges = true;
  }

  markSaved(): void {
    this.unsavedChanges = false;
  }

  /**
   * Remembers the sources, the manifest and the unsaved mark as they are; calling what it
   * returns puts them back (an update sets the manifest it read with its sources, in its turn).
   */
  checkpoint(): () => void {
    const sources = new Map(this.byPath);
    const unsaved = this.unsavedChanges;
    const manifest = this.manifest;
    return () => {
      this.byPath.clear();
      for (const [path, source] of sources) this.byPath.set(path, source);
      this.unsavedChanges = unsaved;
      this.manifest = manifest;
    };
  }
}
