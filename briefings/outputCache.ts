import type { CorpusIndex } from "../src/index/corpusIndex.js";

/** Entries kept per index and kind of output: inputs come from users, so the cache is bounded. */
const MAX_ENTRIES = 256;

/**
 * Built briefings, digests or profiles of one index, by command inputs. An answer depends only on
 * the index and the inputs (the clock only sets `generatedAt`, stamped on each reply), so it is
 * never invalidated by time: a new corpus version is a new index, whose entries start empty,
 * and the old index's go away with it (WeakMap). Keys also carry the index `version`. Keyed by the
 * index object rather than by version alone because the version hashes the text, not the
 * sources' titles and dates, which answers also show.
 *
 * Values are shared between calls and must not be mutated (they are readonly by type).
 */
export class OutputCache<T> {
  private readonly byIndex = new WeakMap<CorpusIndex, Map<string, T>>();

  /** The cached answer for `inputs` (JSON-serialisable), built by `build` on a miss. */
  get(index: CorpusIndex, inputs: unknown, build: () => T): T {
    const entries = this.byIndex.get(index) ?? new Map<string, T>();
    this.byIndex.set(index, entries);
    const key = `${index.version}:${JSON.stringify(inputs)}`;
    const hit = entries.get(key);
    if (hit !== undefined) return hit;
    const value = build();
    if (entries.size >= MAX_ENTRIES) {
      const oldest = entries.keys().next();
      if (!oldest.done) entries.delete(oldest.value);
    }
    entries.set(key, value);
    return value;
  }
}
