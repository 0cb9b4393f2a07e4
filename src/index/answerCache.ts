/** Entries kept per kind of answer: inputs come from users, so the cache is bounded. */
const MAX_ENTRIES = 256;

/** A kind of answer kept in an `AnswerCache` (briefings, digests…): it carries their type. */
export interface AnswerKind<T> {
  readonly name: string;
  /** Never set: it ties the kind to the type of its answers. */
  readonly answerType?: T;
}

export function answerKind<T>(name: string): AnswerKind<T> {
  return Object.freeze({ name });
}

/**
 * Answers built from one index, by kind and inputs. An answer depends only on the index and the
 * inputs (the clock only sets `generatedAt`, stamped on each reply), so it is never invalidated
 * by time: each index is built with an empty cache of its own (`CorpusIndex.answers`), and the
 * old index's answers go away with it. Oldest entries leave first once a kind holds `MAX_ENTRIES`.
 *
 * Values are shared between calls and must not be mutated (they are readonly by type).
 */
export class AnswerCache {
  private readonly byKind = new Map<AnswerKind<unknown>, Map<string, unknown>>();

  /** The cached answer for `inputs` (JSON-serialisable), built by `build` on a miss. */
  get<T>(kind: AnswerKind<T>, inputs: unknown, build: () => T): T {
    let entries = this.byKind.get(kind);
    if (!entries) {
      entries = new Map();
      this.byKind.set(kind, entries);
    }
    const key = JSON.stringify(inputs);
    // Only `build` of this kind puts values under it, so they are its T.
    const hit = entries.get(key) as T | undefined;
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
